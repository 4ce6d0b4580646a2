package lab.minimax.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import lab.minimax.bench.LabProbe;
import lab.minimax.experiment.Defaults;
import lab.minimax.gan.Frame;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import org.junit.jupiter.api.Test;

/** The bench's lab-default workload takes the frame the lab's page takes (same sizes, same probe stream). */
class LabProbeMatchesFrameBuilderTest {
    @Test
    void sizesAreTheLabs() {
        assertEquals(FrameBuilder.HEAT_N, LabProbe.GRID_2D);
        assertEquals(FrameBuilder.LINE_N, LabProbe.GRID_1D);
        assertEquals(FrameBuilder.SAMPLES, LabProbe.SAMPLES);
    }

    @Test
    void framesAreTheLabsBitForBit() {
        Trainer t = TrainerFactory.create(Defaults.CONFIG);
        for (int i = 0; i < 20; i++) {
            t.step();
        }
        long seed = Defaults.CONFIG.seed();
        Frame lab = new FrameBuilder(t, seed).capture();
        Frame bench = LabProbe.of(t, seed).capture(t);
        assertEquals(lab.gridSize(), bench.gridSize());
        assertArrayEquals(lab.real(), bench.real());
        assertArrayEquals(lab.fake(), bench.fake());
        assertArrayEquals(lab.arrows(), bench.arrows());
        assertArrayEquals(lab.dGrid(), bench.dGrid());
        assertArrayEquals(lab.manifold(), bench.manifold());
    }
}
