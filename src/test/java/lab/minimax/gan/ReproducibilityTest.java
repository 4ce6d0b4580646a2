package lab.minimax.gan;

import lab.minimax.experiment.ActivationName;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.Scheme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Same config + same seed = bit-identical weights after 200 steps; another seed = other weights. */
class ReproducibilityTest {

    private static float[][] weightsAfter200(ExperimentConfig cfg) {
        Trainer t = TrainerFactory.create(cfg);
        for (int i = 0; i < 200; i++) {
            t.step();
        }
        float[][] g = t.generator().parameters();
        float[][] d = t.discriminator().parameters();
        float[][] all = new float[g.length + d.length][];
        for (int i = 0; i < g.length; i++) {
            all[i] = g[i].clone();
        }
        for (int i = 0; i < d.length; i++) {
            all[g.length + i] = d[i].clone();
        }
        return all;
    }

    @ParameterizedTest
    @EnumSource(value = Divergence.class, names = {"GAN", "WGAN_GP", "WGAN_CLIP", "KL"})
    void sameSeedSameBitsOtherSeedOtherBits(Divergence div) {
        ExperimentConfig cfg = TestConfigs.of(TestConfigs.target("ring8", Map.of()), 2, List.of(32, 32),
                ActivationName.RELU, div, 1e-3, 0.999, Schedule.CONSTANT, 1000, 64, 2, Scheme.ALTERNATING, 42);
        float[][] a = weightsAfter200(cfg);
        float[][] b = weightsAfter200(cfg);
        for (int i = 0; i < a.length; i++) {
            assertTrue(java.util.Arrays.equals(a[i], b[i]), "parameter array " + i + " differs bitwise");
        }
        float[][] c = weightsAfter200(cfg.withSeed(43));
        boolean differs = false;
        for (int i = 0; i < a.length; i++) {
            differs |= !java.util.Arrays.equals(a[i], c[i]);
        }
        assertTrue(differs, "another seed gave identical weights");
    }
}
