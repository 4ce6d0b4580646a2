package lab.minimax.metrics;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import lab.minimax.distribution.GaussianTarget;
import lab.minimax.distribution.TwoGaussiansTarget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MmdTest {
    /**
     * Closed form for P = N(μ1, s²I), Q = N(μ2, s²I) in d dimensions and k = exp(−‖x−y‖²/2h²):
     * E k(X, Y) with X − Y ~ N(m, vI), v = 2s², is (h²/(h²+v))^(d/2) exp(−‖m‖²/(2(h²+v))), so
     * MMD² = 2 (h²/(h²+2s²))^(d/2) (1 − exp(−‖μ1−μ2‖²/(2(h²+2s²)))).
     */
    static double closedForm(double delta, double s, double h, int d) {
        double v = h * h + 2 * s * s;
        return 2 * Math.pow(h * h / v, d / 2.0) * (1 - Math.exp(-delta * delta / (2 * v)));
    }

    /** {mean, standard error} of MMD²_u over `reps` independent sample pairs. */
    static double[] repeat(double mu, double s, double h, int n, int reps) {
        double[] v = new double[reps];
        double[] a = new double[n];
        double[] b = new double[n];
        for (int r = 0; r < reps; r++) {
            new GaussianTarget(0, s).sample(new SplittableRandom(10 + r), a, n);
            new GaussianTarget(mu, s).sample(new SplittableRandom(100 + r), b, n);
            Estimate e = Mmd.unbiased(a, n, b, n, 1, h);
            assertEquals(n, e.n());
            v[r] = e.value();
        }
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= reps;
        double var = 0;
        for (double x : v) {
            var += (x - mean) * (x - mean);
        }
        return new double[]{mean, Math.sqrt(var / (reps - 1) / reps)};
    }

    @Test
    void matchesTheClosedFormForShiftedGaussians() {
        double s = 1;
        double h = 0.5;
        double[] diff = repeat(1, s, h, 1500, 8);
        double expected = closedForm(1, s, h, 1);
        assertEquals(expected, diff[0], 4 * diff[1] + 1e-3, "MMD² " + diff[0] + " ± " + diff[1]);
        assertTrue(diff[0] > 10 * diff[1] && expected > 0.05);
    }

    @Test
    void isZeroWithinNoiseForTheSameDistribution() {
        double[] same = repeat(0, 1, 0.5, 1500, 8);
        assertEquals(0, same[0], 4 * same[1] + 1e-4, "MMD² " + same[0] + " ± " + same[1]);
        assertTrue(same[1] < 2e-3);
    }

    @Test
    void twoDimensionalClosedFormAndPairs() {
        // two-gaussians with separation 0 collapses to one N(0, s² I): shift one copy by (0.3, 0.4)
        int n = 1500;
        double s = 0.5;
        double h = 0.5;
        TwoGaussiansTarget t = new TwoGaussiansTarget(0, s);
        double sum = 0;
        int reps = 6;
        for (int r = 0; r < reps; r++) {
            double[] a = new double[2 * n];
            double[] b = new double[2 * n];
            t.sample(new SplittableRandom(r), a, n);
            t.sample(new SplittableRandom(50 + r), b, n);
            for (int i = 0; i < n; i++) {
                b[2 * i] += 0.3;
                b[2 * i + 1] += 0.4;
            }
            sum += Mmd.unbiased(a, n, b, n, 2, h).value();
        }
        assertEquals(closedForm(0.5, s, h, 2), sum / reps, 0.1 * closedForm(0.5, s, h, 2));
    }
}
