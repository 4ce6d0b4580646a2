package lab.minimax.lesson;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.gan.StepStats;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import lab.minimax.nn.Network;

import static org.junit.jupiter.api.Assertions.assertNull;

/** Test helpers: train a preset, read a network on points, Gaussian densities. */
final class LessonRuns {
    private LessonRuns() {
    }

    static ExperimentConfig preset(String id) {
        return Presets.get(id).config();
    }

    /** Trains {@code cfg} for {@code steps} steps, failing on divergence. */
    static Trainer train(ExperimentConfig cfg, int steps) {
        Trainer t = TrainerFactory.create(cfg);
        for (int i = 0; i < steps; i++) {
            StepStats s = t.step();
            assertNull(s.divergence(true, true), "diverged at step " + i);
        }
        return t;
    }

    /** The net's outputs at the rows of x (row-major n × inputDim). */
    static double[] outputs(Network net, double[] x) {
        int n = x.length / net.inputDim();
        return lab.minimax.gan.Generated.map(net, x, n);
    }

    static double normal(double x, double mu, double sd) {
        double u = (x - mu) / sd;
        return Math.exp(-0.5 * u * u) / (sd * Math.sqrt(2 * Math.PI));
    }

    static double sigmoid(double v) {
        return v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));
    }

    /** Standard normal CDF by the complementary error function (Numerical Recipes erfc, |error| < 1.2e-7). */
    static double phi(double x) {
        return 0.5 * erfc(-x / Math.sqrt(2));
    }

    /** Φ⁻¹(u) by bisection on {@link #phi} (to ~1e-7, phi's own accuracy). */
    static double inversePhi(double u) {
        double lo = -10;
        double hi = 10;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (phi(mid) < u) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
