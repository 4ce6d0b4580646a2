package lab.minimax.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import lab.minimax.distribution.ExponentialTarget;
import lab.minimax.distribution.GaussianTarget;
import lab.minimax.distribution.LaplaceTarget;
import lab.minimax.distribution.MixtureTarget;
import lab.minimax.distribution.Quadrature;
import lab.minimax.distribution.Target;
import lab.minimax.distribution.UniformTarget;
import lab.minimax.distribution.Univariate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Wasserstein1DTest {
    static Stream<Target> targets() {
        return Stream.of(new GaussianTarget(0.3, 1.5), new MixtureTarget(3, 4, 0.5), new UniformTarget(-1, 2),
                new ExponentialTarget(2), new LaplaceTarget(1, 0.5));
    }

    /** ∫|F_n − F| by Gauss–Legendre panels split at every sample (independent of the H/M algebra). */
    static double byQuadrature(double[] sorted, Univariate u, double lo, double hi) {
        int n = sorted.length;
        return Quadrature.integrate(x -> {
            int k = upper(sorted, x);
            return Math.abs((double) k / n - u.cdf(x));
        }, lo, hi, 400_000, sorted.clone());
    }

    private static int upper(double[] s, double x) {
        int lo = 0;
        int hi = s.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void againstTargetMatchesDirectQuadrature(Target t) {
        Univariate u = (Univariate) t;
        int n = 300;
        double[] x = new double[n];
        t.sample(new SplittableRandom(9), x, n);
        Arrays.sort(x);
        double w = Wasserstein1D.sortedToTarget(x, n, u);
        double lo = u.quantile(1e-12);
        double hi = u.quantile(1 - 1e-12);
        double q = byQuadrature(x, u, Math.min(lo, x[0]) - 1, Math.max(hi, x[n - 1]) + 1);
        assertEquals(q, w, 1e-7, t.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void exactQuantileSamplesScoreAlmostZero(Target t) {
        Univariate u = (Univariate) t;
        int n = 10_000;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = u.quantile((i + 0.5) / n);
        }
        Estimate e = Wasserstein1D.toTarget(x, n, u);
        assertEquals(n, e.n());
        assertEquals(0, e.m());
        assertTrue(e.value() >= 0 && e.value() < 5e-4, t.name() + ": W1 = " + e.value());
    }

    @Test
    void shiftedGaussiansAreAbsMuApart() {
        for (double mu : new double[]{0.5, -2}) {
            int n = 100_000;
            double[] a = new double[n];
            double[] b = new double[n];
            new GaussianTarget(0, 1).sample(new SplittableRandom(1), a, n);
            new GaussianTarget(mu, 1).sample(new SplittableRandom(2), b, n);
            assertEquals(Math.abs(mu), Wasserstein1D.twoSample(a, n, b, n).value(), 0.02);
            // unequal sizes, through the merge sweep
            Estimate e = Wasserstein1D.twoSample(a, 30_000, b, 70_000);
            assertEquals(Math.abs(mu), e.value(), 0.03);
            assertEquals(30_000, e.n());
            assertEquals(70_000, e.m());
        }
    }

    @Test
    void mergeSweepAgreesWithTheEqualSizeFormula() {
        int n = 2000;
        double[] a = new double[n];
        double[] b = new double[n];
        new MixtureTarget(2, 3, 0.5).sample(new SplittableRandom(3), a, n);
        new LaplaceTarget(0.2, 1).sample(new SplittableRandom(4), b, n);
        double equal = Wasserstein1D.twoSample(a, n, b, n).value();
        double[] bb = new double[2 * n]; // same empirical distribution, twice the size
        for (int i = 0; i < n; i++) {
            bb[2 * i] = b[i];
            bb[2 * i + 1] = b[i];
        }
        assertEquals(equal, Wasserstein1D.twoSample(a, n, bb, 2 * n).value(), 1e-12);
        assertEquals(0, Wasserstein1D.twoSample(a, n, a, n).value());
    }

    /** E W1 ≈ ∫ E|F_n − F| dx ≈ ∫ √(2F(1−F)/(πn)) dx (normal approximation of the binomial). */
    static double expectedPerfectW1(Univariate u, int n) {
        return Quadrature.integrate(x -> {
            double f = u.cdf(x);
            return Math.sqrt(2 * f * (1 - f) / (Math.PI * n));
        }, -12, 12, 20_000);
    }

    @Test
    void perfectGeneratorScoresTheSamplingFloor() {
        GaussianTarget t = new GaussianTarget(0, 1);
        int n = 100_000;
        double[] x = new double[n];
        t.sample(new SplittableRandom(12), x, n);
        double w = Wasserstein1D.toTarget(x, n, t).value();
        double expected = expectedPerfectW1(t, n); // ≈ 0.0033
        assertTrue(w > 0.4 * expected && w < 2 * expected, "W1 " + w + " vs expected " + expected);
        assertTrue(w < 0.008);
        // mean over 20 seeds at n = 10,000 within 10 % of the expectation
        int m = 10_000;
        double sum = 0;
        double[] y = new double[m];
        for (int s = 0; s < 20; s++) {
            t.sample(new SplittableRandom(100 + s), y, m);
            sum += Wasserstein1D.toTarget(y, m, t).value();
        }
        assertEquals(expectedPerfectW1(t, m), sum / 20, 0.1 * expectedPerfectW1(t, m));
    }
}
