package lab.minimax.gan.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import lab.minimax.bench.HashWorkloads;
import lab.minimax.experiment.Defaults;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.gan.LiveChange;
import lab.minimax.gan.StepStats;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import lab.minimax.nn.Network;
import org.junit.jupiter.api.Test;

/** S steps, checkpoint, a fresh trainer restores it, k steps: the same bits as S + k uninterrupted steps. */
public class TrainerCheckpointTest {

    static final ExperimentConfig RING8 = Defaults.CONFIG.withSteps(64, 1, Defaults.CONFIG.scheme());

    /** Asserts the continuation, returns the checkpoint. */
    static byte[] continuesBitIdentically(ExperimentConfig c, int s, int k, Consumer<Trainer> beforeCheckpoint) {
        Trainer ref = TrainerFactory.create(c);
        Trainer a = TrainerFactory.create(c);
        for (int i = 0; i < s; i++) {
            ref.step();
            a.step();
        }
        if (beforeCheckpoint != null) {
            beforeCheckpoint.accept(ref);
            beforeCheckpoint.accept(a);
        }
        byte[] b = TrainerCheckpoint.write(a, c);
        Trainer fresh = TrainerFactory.create(c.withSeed(c.seed() + 1000)); // the seed is not needed
        try {
            TrainerCheckpoint.restore(fresh, c, b);
        } catch (CheckpointRefusedException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        assertArrayEquals(b, TrainerCheckpoint.write(fresh, c), "checkpoint(restore(checkpoint(t))) differs");
        assertEquals(ref.generatorSteps(), fresh.generatorSteps());
        for (int i = 0; i < k; i++) {
            StepStats x = ref.step();
            StepStats y = fresh.step();
            assertStatsEqual(x, y, i);
        }
        assertSameParameters(ref, fresh);
        assertEquals(ref.discriminatorSteps(), fresh.discriminatorSteps());
        return b;
    }

    static void assertStatsEqual(StepStats x, StepStats y, int step) {
        double[] a = {x.lossD, x.lossG, x.bound, x.penalty, x.gradNormD, x.gradNormG, x.entropy};
        double[] b = {y.lossD, y.lossG, y.bound, y.penalty, y.gradNormD, y.gradNormG, y.entropy};
        for (int i = 0; i < a.length; i++) {
            assertEquals(Double.doubleToRawLongBits(a[i]), Double.doubleToRawLongBits(b[i]),
                    "stat " + i + " of continued step " + step);
        }
    }

    /** Every parameter of G and D of {@code x} and {@code y} has the same bits (other tests use it too). */
    public static void assertSameParameters(Trainer x, Trainer y) {
        Network[][] nets = {{x.generator(), y.generator()}, {x.discriminator(), y.discriminator()}};
        for (Network[] pair : nets) {
            float[][] p = pair[0].parameters();
            float[][] q = pair[1].parameters();
            assertEquals(p.length, q.length);
            for (int i = 0; i < p.length; i++) {
                assertEquals(p[i].length, q[i].length);
                for (int j = 0; j < p[i].length; j++) {
                    assertEquals(Float.floatToRawIntBits(p[i][j]), Float.floatToRawIntBits(q[i][j]),
                            "parameter " + i + "[" + j + "]");
                }
            }
        }
    }

    @Test
    void defaultLabGan() {
        continuesBitIdentically(RING8, 30, 20, null);
    }

    @Test
    void wganGp() {
        continuesBitIdentically(HashWorkloads.BITS.get("wgan-gp-grid25"), 10, 10, null);
    }

    @Test
    void oneDimensionalTarget() {
        continuesBitIdentically(HashWorkloads.BITS.get("kl-mixture-1d"), 30, 20, null);
    }

    @Test
    void hingeSimultaneous() {
        continuesBitIdentically(HashWorkloads.BITS.get("hinge-moons"), 30, 20, null);
    }

    @Test
    void liveChangesBeforeTheCheckpoint() {
        ExperimentConfig c = RING8;
        LiveChange change = new LiveChange(3e-4, 2e-3, 3, GeneratorLoss.SATURATING);
        continuesBitIdentically(c, 20, 20, t -> change.applyTo(t, c));
    }

    @Test
    void stepDiscriminatorAloneThenCheckpoint() {
        continuesBitIdentically(RING8, 10, 10, t -> t.stepDiscriminator());
    }

    @Test
    void mnistDcgan() {
        continuesBitIdentically(Presets.get("mnist-dcgan").config(), 2, 2, null);
    }

    @Test
    void mnistConditional() {
        continuesBitIdentically(Presets.get("mnist-cgan").config(), 2, 2, t -> t.stepDiscriminator());
    }

    @Test
    void refusesAnotherConfig() {
        Trainer t = TrainerFactory.create(RING8);
        t.step();
        byte[] b = TrainerCheckpoint.write(t, RING8);
        ExperimentConfig wider = RING8.withSteps(32, 1, RING8.scheme());
        Trainer other = TrainerFactory.create(wider);
        byte[] before = TrainerCheckpoint.write(other, wider);
        CheckpointRefusedException e = assertThrows(CheckpointRefusedException.class,
                () -> TrainerCheckpoint.restore(other, wider, b));
        assertTrue(e.getMessage().contains("another experiment config"), e.getMessage());
        assertArrayEquals(before, TrainerCheckpoint.write(other, wider));
    }

    @Test
    void refusesHostileHeadersAndLengths() {
        Trainer t = TrainerFactory.create(RING8);
        t.step();
        byte[] b = TrainerCheckpoint.write(t, RING8);
        refused(b, x -> x[0] = 'X', "not a trainer checkpoint");
        refused(b, x -> ByteBuffer.wrap(x).putInt(8, 99), "format version 99");
        refused(b, x -> ByteBuffer.wrap(x).putInt(12, 1), "engine 1");
        // the GNET section's length field: after header, STEP, LIVE, STAT, LABL
        int gnet = CheckpointFormat.HEADER_BYTES + 4 * CheckpointFormat.SECTION_HEAD + CheckpointFormat.STEP_BYTES
                + CheckpointFormat.LIVE_BYTES + CheckpointFormat.STAT_BYTES + (int) CheckpointFormat.labelBytes(0);
        refused(b, x -> ByteBuffer.wrap(x).putInt(gnet + 4, Integer.MAX_VALUE), "generator's parameters");
        refused(b, x -> ByteBuffer.wrap(x).putInt(gnet + 8, Integer.MAX_VALUE), "arrays");
        refused(b, x -> ByteBuffer.wrap(x).putInt(gnet + 12, Integer.MAX_VALUE), "floats");
        byte[] longer = Arrays.copyOf(b, b.length + 3);
        assertRefused(longer, "after its end");
        refused(b, x -> x[x.length / 2] ^= 0x40, "checksum");
        assertRefused(new byte[0], "truncated");
    }

    @Test
    void refusesEveryTruncation() {
        ExperimentConfig c = HashWorkloads.BITS.get("kl-mixture-1d").withSteps(16, 1, HashWorkloads.BITS.get("kl-mixture-1d").scheme());
        Trainer t = TrainerFactory.create(c);
        t.step();
        byte[] b = TrainerCheckpoint.write(t, c);
        Trainer fresh = TrainerFactory.create(c);
        byte[] before = TrainerCheckpoint.write(fresh, c);
        for (int n = 0; n < b.length; n += 1 + n / 64) {
            byte[] cut = Arrays.copyOf(b, n);
            CheckpointRefusedException e = assertThrows(CheckpointRefusedException.class,
                    () -> TrainerCheckpoint.restore(fresh, c, cut), "cut at " + n);
            assertFalse(e.getMessage().isBlank());
        }
        assertArrayEquals(before, TrainerCheckpoint.write(fresh, c), "a refusal changed the trainer");
    }

    private static void refused(byte[] good, Consumer<byte[]> damage, String words) {
        byte[] b = good.clone();
        damage.accept(b);
        assertRefused(b, words);
    }

    private static void assertRefused(byte[] b, String words) {
        Trainer fresh = TrainerFactory.create(RING8);
        byte[] before = TrainerCheckpoint.write(fresh, RING8);
        CheckpointRefusedException e = assertThrows(CheckpointRefusedException.class,
                () -> TrainerCheckpoint.restore(fresh, RING8, b, Limits.DEFAULTS));
        assertTrue(e.getMessage().contains(words), e.getMessage());
        assertArrayEquals(before, TrainerCheckpoint.write(fresh, RING8), "a refusal changed the trainer");
    }

    /** Prints the sizes for the README (raw and deflated), after one step. */
    @Test
    void sizes() throws Exception {
        ExperimentConfig grid = ConfigJson.parse(Files.readString(Path.of("examples/grid25-wgan-gp.json")), Limits.DEFAULTS)
                .config();
        Object[][] configs = {{"ring8 default", Defaults.CONFIG}, {"grid25-wgan-gp", grid},
                {"mnist-gan", Presets.get("mnist-gan").config()}, {"mnist-dcgan", Presets.get("mnist-dcgan").config()}};
        for (Object[] row : configs) {
            ExperimentConfig c = (ExperimentConfig) row[1];
            Trainer t = TrainerFactory.create(c);
            t.step();
            byte[] b = TrainerCheckpoint.write(t, c);
            Deflater d = new Deflater(6);
            d.setInput(b);
            d.finish();
            byte[] buf = new byte[b.length + 1024];
            int z = 0;
            while (!d.finished()) {
                z += d.deflate(buf, z, buf.length - z);
            }
            System.out.printf("checkpoint %s: %,d bytes, deflated %,d%n", row[0], b.length, z);
            assertTrue(b.length > 0 && z > 0);
        }
    }
}
