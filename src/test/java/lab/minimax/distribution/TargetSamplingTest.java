package lab.minimax.distribution;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Samples follow the exact density: a chi-square test of a histogram with bins at the target's
 * small scale against expected counts from quadrature of the density (and a KS test against the
 * distribution function for 1D targets); fixed seeds, generous thresholds, and a negative control
 * showing that a slightly wrong density fails the same test.
 */
class TargetSamplingTest {
    static final int N = 200_000;

    static Stream<Target> targets() {
        return Fixtures.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void histogramMatchesDensity(Target t) {
        double[] x = new double[N * t.dim()];
        t.sample(new SplittableRandom(11), x, N);
        double[] chi = chiSquare(t, t, x);
        double df = chi[1];
        assertTrue(chi[0] < df + 5 * Math.sqrt(2 * df) + 10,
                t.name() + ": chi2 = " + chi[0] + " on " + df + " degrees of freedom");
    }

    @Test
    void slightlyWrongDensityFailsTheSameTest() {
        Target truth = new Ring8Target(2, 0.02);
        double[] x = new double[2 * N];
        truth.sample(new SplittableRandom(11), x, N);
        double[] wrongSd = chiSquare(new Ring8Target(2, 0.022), truth, x);
        assertTrue(wrongSd[0] > wrongSd[1] + 5 * Math.sqrt(2 * wrongSd[1]) + 10, "σ 10 % off: chi2 " + wrongSd[0]);
        Target gauss = new GaussianTarget(0, 1);
        double[] y = new double[N];
        gauss.sample(new SplittableRandom(11), y, N);
        double[] shifted = chiSquare(new GaussianTarget(0.02, 1), gauss, y);
        assertTrue(shifted[0] > shifted[1] + 5 * Math.sqrt(2 * shifted[1]) + 10, "μ 0.02σ off: chi2 " + shifted[0]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void oneDimensionalSamplesPassKolmogorovSmirnov(Target t) {
        if (!(t instanceof Univariate u)) {
            return;
        }
        double[] x = new double[N];
        t.sample(new SplittableRandom(5), x, N);
        Arrays.sort(x);
        double d = 0;
        for (int i = 0; i < N; i++) {
            double f = u.cdf(x[i]);
            d = Math.max(d, Math.max(Math.abs(f - (double) i / N), Math.abs(f - (double) (i + 1) / N)));
        }
        // P(√N·D > 1.95) ≈ 0.001
        assertTrue(d * Math.sqrt(N) < 1.95, t.name() + ": KS √N·D = " + d * Math.sqrt(N));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void samplesAreReproducibleForASeed(Target t) {
        int n = 1000;
        double[] a = new double[n * t.dim()];
        double[] b = new double[n * t.dim()];
        double[] c = new double[n * t.dim()];
        t.sample(new SplittableRandom(42), a, n);
        t.sample(new SplittableRandom(42), b, n);
        t.sample(new SplittableRandom(43), c, n);
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c));
    }

    /**
     * Chi-square of the samples x (drawn from `drawn`) against `model`'s density: bins of width
     * about the model's small scale over the box of `drawn`, expected counts by Gauss–Legendre
     * quadrature of the density in each bin, bins expecting fewer than 5 pooled (with the mass
     * outside the box). Returns {chi2, degrees of freedom}.
     */
    static double[] chiSquare(Target model, Target drawn, double[] x) {
        Box b = drawn.box();
        int dim = model.dim();
        double scale = Fixtures.scale(drawn);
        int bins = (int) Math.min(dim == 1 ? 400 : 220, Math.ceil(maxSide(b) / (dim == 1 ? scale / 4 : scale)));
        int cells = dim == 1 ? bins : bins * bins;
        double[] expected = new double[cells];
        long[] observed = new long[cells];
        double[] w = new double[dim];
        double[] pt = new double[dim];
        for (int d = 0; d < dim; d++) {
            w[d] = (b.hi()[d] - b.lo()[d]) / bins;
        }
        int panels = (int) Math.max(1, Math.ceil(maxW(w) / (1.5 * Fixtures.scale(model))));
        double inside = 0;
        for (int c = 0; c < cells; c++) {
            double ax = b.lo()[0] + (c % bins) * w[0];
            double e;
            if (dim == 1) {
                e = Quadrature.integrate(v -> {
                    pt[0] = v;
                    return model.density(pt, 0);
                }, ax, ax + w[0], panels, Fixtures.breaks(model));
            } else {
                double ay = b.lo()[1] + (c / bins) * w[1];
                e = Quadrature.integrate2((u, v) -> {
                    pt[0] = u;
                    pt[1] = v;
                    return model.density(pt, 0);
                }, ax, ax + w[0], ay, ay + w[1], panels);
            }
            expected[c] = e * N;
            inside += e;
        }
        long outside = 0;
        for (int i = 0; i < N; i++) {
            int c = 0;
            boolean in = true;
            for (int d = dim - 1; d >= 0; d--) {
                int k = (int) Math.floor((x[i * dim + d] - b.lo()[d]) / w[d]);
                if (k < 0 || k >= bins) {
                    in = false;
                    break;
                }
                c = c * bins + k;
            }
            if (in) {
                observed[c]++;
            } else {
                outside++;
            }
        }
        double chi = 0;
        int used = 0;
        double poolE = Math.max(0, 1 - inside) * N;
        double poolO = outside;
        for (int c = 0; c < cells; c++) {
            if (expected[c] >= 5) {
                double diff = observed[c] - expected[c];
                chi += diff * diff / expected[c];
                used++;
            } else {
                poolE += expected[c];
                poolO += observed[c];
            }
        }
        if (poolE >= 5) {
            chi += (poolO - poolE) * (poolO - poolE) / poolE;
            used++;
        } else {
            // nothing expected in the pool: more than a handful observed there is a failure
            chi += Math.max(0, poolO - 10) * 100;
        }
        return new double[]{chi, used - 1};
    }

    private static double maxSide(Box b) {
        double m = 0;
        for (int d = 0; d < b.dim(); d++) {
            m = Math.max(m, b.hi()[d] - b.lo()[d]);
        }
        return m;
    }

    private static double maxW(double[] w) {
        double m = 0;
        for (double v : w) {
            m = Math.max(m, v);
        }
        return m;
    }
}
