package lab.minimax.gan;

import lab.minimax.experiment.ActivationName;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.Scheme;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The metrics schema: light and heavy rows, the rows' layout, and that computing metrics leaves training alone. */
class MetricTest {

    private static ExperimentConfig ring8(Divergence div) {
        return TestConfigs.of(TestConfigs.target("ring8", Map.of()), 2, List.of(16, 16), ActivationName.RELU,
                div, 1e-3, 0.999, Schedule.CONSTANT, 100, 64, 1, Scheme.ALTERNATING, 11);
    }

    private static Trainer trained(ExperimentConfig cfg, int steps) {
        Trainer t = TrainerFactory.create(cfg);
        for (int i = 0; i < steps; i++) {
            t.step();
        }
        return t;
    }

    @Test
    void columnNamesAreUniqueAndRowsHaveTheStepThenOneValuePerMetric() {
        Set<String> names = new HashSet<>();
        for (Metric m : Metric.values()) {
            assertTrue(names.add(m.csvName()), "two metrics named " + m.csvName());
            assertFalse(m.label().isBlank(), m + " has a label");
        }
        assertEquals(Metric.values().length + 1, Metric.COLUMNS);
        assertEquals(Metric.COLUMNS, Metric.csvHeader().split(",", -1).length);
        Trainer t = trained(ring8(Divergence.GAN), 3);
        float[] row = Metric.row(t.generatorSteps(), MetricInputs.light(t));
        assertEquals(Metric.COLUMNS, row.length);
        assertEquals(3, row[0]);
        assertEquals((float) t.stats().lossD, row[Metric.LOSS_D.column()]);
        assertEquals((float) t.stats().gradNormG, row[Metric.GRAD_G.column()]);
    }

    @Test
    void aLightRowHasEveryLightMetricAndNoHeavyOne() {
        Trainer t = trained(ring8(Divergence.GAN), 20);
        MetricInputs in = MetricInputs.light(t);
        for (Metric m : Metric.values()) {
            double v = m.value(in);
            if (m.light()) {
                assertTrue(Double.isFinite(v), m + " on a light row: " + v);
            } else {
                assertTrue(Double.isNaN(v), m + " is heavy, yet a light row has " + v);
            }
        }
        // the bound's chart has a point on light rows: the last D batch's bound
        assertEquals(t.stats().bound, Metric.F_BOUND.value(in));
    }

    @Test
    void aHeavyRowHasTheEvaluationsAndTheLessonsNumbersToo() {
        Trainer t = trained(ring8(Divergence.WGAN_GP), 30);
        MetricInputs in = MetricInputs.evaluate(t, new Evaluator(t, 600, 4));
        double[] v = Metric.values(in);
        for (Metric m : Metric.values()) {
            if (m == Metric.W1 || m == Metric.F_PLUGIN || m == Metric.CLASS_KL || m == Metric.FRECHET
                    || m == Metric.NEAREST_DISTANCE || m == Metric.LABEL_ACCURACY) {
                // W1 is 1D only; the plug-in f-divergence is an f-GAN's only; the image metrics are images' only
                assertTrue(Double.isNaN(v[m.ordinal()]), m + " on a 2D critic run: " + v[m.ordinal()]);
            } else if (m == Metric.MODE_REVERSE_KL && v[Metric.MODES_COVERED.ordinal()] == 0) {
                assertTrue(Double.isNaN(v[m.ordinal()]), "no mode covered: no histogram over modes");
            } else if (m == Metric.KL) {
                // +∞ exactly when a mode's 3σ ball holds no generated sample (MissedModes)
                boolean missed = lab.minimax.metrics.MissedModes.firstMissed(t.target().modes().get(), in.fake(),
                        in.evaluation().samples()) >= 0;
                assertEquals(missed, v[m.ordinal()] == Double.POSITIVE_INFINITY, "KL(p‖q) " + v[m.ordinal()]);
                assertTrue(missed || Double.isFinite(v[m.ordinal()]), "KL(p‖q) " + v[m.ordinal()]);
            } else {
                assertTrue(Double.isFinite(v[m.ordinal()]), m + " on a heavy row: " + v[m.ordinal()]);
            }
        }
        // the light values are those of the same step's light row
        double[] light = Metric.values(MetricInputs.light(t));
        for (Metric m : Metric.values()) {
            if (m.light() && m != Metric.F_BOUND) {
                assertEquals(light[m.ordinal()], v[m.ordinal()], m.toString());
            }
        }
        assertEquals(600, v[Metric.SAMPLES.ordinal()]);
        assertEquals(v[Metric.SLICED_W.ordinal()], v[Metric.WASSERSTEIN.ordinal()], "2D: W1 / sliced W is sliced W");
        assertEquals(v[Metric.MODES_COVERED.ordinal()] / 8, v[Metric.MODES.ordinal()], 1e-15, "ring8 has 8 modes");
        assertEquals(-Math.log(4) + 2 * v[Metric.JS.ordinal()], v[Metric.GAME_REFERENCE.ordinal()], 1e-12);
        assertTrue(v[Metric.LIPSCHITZ.ordinal()] > 0, "a trained critic is not flat");
        assertTrue(v[Metric.PENALTY.ordinal()] > 0, "WGAN-GP's penalty of a young critic");
    }

    @Test
    void computingMetricsBetweenStepsLeavesTheTrainingAsItIs() {
        ExperimentConfig cfg = ring8(Divergence.GAN);
        Trainer quiet = trained(cfg, 40);
        Trainer measured = TrainerFactory.create(cfg);
        Evaluator ev = new Evaluator(measured, 300, 5);
        for (int i = 0; i < 40; i++) {
            measured.step();
            Metric.values(MetricInputs.light(measured));
            if (i % 10 == 9) {
                Metric.values(MetricInputs.evaluate(measured, ev));
            }
        }
        assertArrayEquals(quiet.generator().parameters(), measured.generator().parameters());
        assertArrayEquals(quiet.discriminator().parameters(), measured.discriminator().parameters());
        assertEquals(quiet.stats().lossD, measured.stats().lossD);
    }
}
