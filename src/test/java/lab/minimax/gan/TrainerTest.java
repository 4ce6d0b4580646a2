package lab.minimax.gan;

import lab.minimax.experiment.ActivationName;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.ObjectiveSpec;
import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.Scheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The update schemes and counters of the {@link Trainer}. */
class TrainerTest {

    private static ExperimentConfig config(Divergence div, int k, Scheme scheme) {
        return TestConfigs.of(TestConfigs.target("ring8", Map.of()), 2, List.of(16, 16), ActivationName.RELU,
                div, 1e-2, 0.999, Schedule.CONSTANT, 100, 32, k, scheme, 9);
    }

    @Test
    void stepCountsGeneratorUpdatesAndKDiscriminatorUpdates() {
        Trainer t = TrainerFactory.create(config(Divergence.GAN, 3, Scheme.ALTERNATING));
        t.step();
        assertEquals(1, t.generatorSteps());
        assertEquals(3, t.discriminatorSteps());
        t.stepDiscriminator();
        assertEquals(1, t.generatorSteps());
        assertEquals(4, t.discriminatorSteps());
        t.stepGenerator();
        assertEquals(2, t.generatorSteps());
        assertEquals(4, t.discriminatorSteps());
    }

    @Test
    void simultaneousSchemeCountsKDiscriminatorUpdatesToo() {
        Trainer t = TrainerFactory.create(config(Divergence.GAN, 2, Scheme.SIMULTANEOUS));
        t.step();
        assertEquals(1, t.generatorSteps());
        assertEquals(2, t.discriminatorSteps());
    }

    /**
     * Simultaneous: G's gradient is taken at the same θ_D as D's, so G's new weights do not depend
     * on how far D moves in that step. Alternating: G's gradient goes through the updated D, so
     * they do.
     */
    @ParameterizedTest
    @EnumSource(value = Scheme.class)
    void generatorGradientIsTakenBeforeOrAfterTheDiscriminatorUpdate(Scheme scheme) {
        float[][] slowD = generatorAfterOneStep(scheme, 1e-6);
        float[][] fastD = generatorAfterOneStep(scheme, 1e-1);
        boolean same = true;
        for (int i = 0; i < slowD.length; i++) {
            same &= Arrays.equals(slowD[i], fastD[i]);
        }
        assertEquals(scheme == Scheme.SIMULTANEOUS, same, scheme.id());
    }

    private static float[][] generatorAfterOneStep(Scheme scheme, double lrD) {
        Trainer t = TrainerFactory.create(config(Divergence.GAN, 1, scheme));
        t.settings().setLearningRates(1e-2, lrD);
        t.settingsChanged();
        t.step();
        float[][] p = t.generator().parameters();
        float[][] copy = new float[p.length][];
        for (int i = 0; i < p.length; i++) {
            copy[i] = p[i].clone();
        }
        return copy;
    }

    @Test
    void wganClipKeepsEveryCriticParameterInsideC() {
        ExperimentConfig cfg = config(Divergence.WGAN_CLIP, 5, Scheme.ALTERNATING);
        ObjectiveSpec o = cfg.objective();
        cfg = cfg.withObjective(new ObjectiveSpec(o.divergence(), o.generatorLoss(), 0.05, o.lambda(), o.a(), o.b(), o.c()));
        Trainer t = TrainerFactory.create(cfg);
        for (int i = 0; i < 20; i++) {
            t.step();
        }
        double max = 0;
        for (float[] a : t.discriminator().parameters()) {
            for (float v : a) {
                max = Math.max(max, Math.abs(v));
            }
        }
        assertTrue(max <= 0.05, "max |θ_D| = " + max);
        // the float32 clip is the largest float ≤ 0.05 (0.05 − 3e-9)
        assertEquals(0.05, max, 1e-8, "clipping binds at lr 1e-2");
    }

    @Test
    void wganGpReportsAPositivePenalty() {
        Trainer t = TrainerFactory.create(config(Divergence.WGAN_GP, 1, Scheme.ALTERNATING));
        StepStats s = t.step();
        assertTrue(s.penalty > 0, "penalty " + s.penalty);
        assertFalse(Double.isNaN(s.bound));
    }

    @Test
    void cosineScheduleDecaysFromLrToZero() {
        assertEquals(1e-3, LearningRateSchedule.at(Schedule.COSINE, 1e-3, 0, 100), 0);
        assertEquals(0.5e-3, LearningRateSchedule.at(Schedule.COSINE, 1e-3, 50, 100), 1e-15);
        assertEquals(0, LearningRateSchedule.at(Schedule.COSINE, 1e-3, 100, 100), 1e-18);
        assertEquals(0, LearningRateSchedule.at(Schedule.COSINE, 1e-3, 500, 100), 1e-18);
        assertEquals(1e-3, LearningRateSchedule.at(Schedule.CONSTANT, 1e-3, 500, 100), 0);
    }
}
