package lab.minimax.live;

import lab.minimax.experiment.preset.Presets;
import lab.minimax.gan.Frame;
import lab.minimax.gan.Metric;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import lab.minimax.live.frame.Line1dFrame;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Lesson 5 (issue 13): D* = p/(p + q) is the optimal f-GAN discriminator on the probability axis;
 * the Wasserstein critic of lesson 5 is drawn on its own unbounded axis, where D* means nothing,
 * so its 1D frames carry no D* line. Lesson 1's f-GAN run (control) still carries one.
 */
class CriticDrawsNoOptimalDTest {

    private static Line1dFrame heavyFrame(String preset) {
        Trainer t = TrainerFactory.create(Presets.get(preset).config());
        for (int i = 0; i < 20; i++) {
            t.step();
        }
        FrameBuilder b = new FrameBuilder(t, 3);
        Frame f = b.capture();
        b.heavy(f, new float[Metric.COLUMNS]);
        return b.line(f);
    }

    @Test
    void wassersteinCriticFrameHasNoDStar() {
        assertNull(heavyFrame("lesson-lipschitz-gp").dStar(), "GP critic");
        assertNull(heavyFrame("lesson-lipschitz-clip").dStar(), "clipped critic");
    }

    @Test
    void fGanFrameStillHasDStar() {
        Line1dFrame l = heavyFrame("lesson-optimal-d-1d");
        assertNotNull(l.dStar());
        assertNotNull(l.kde(), "the heavy pass ran");
    }
}
