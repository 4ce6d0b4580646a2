package lab.minimax.random;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/** Sample statistics for the sampler tests: moments, the Kolmogorov–Smirnov distance, χ². */
final class Stats {
    private Stats() {
    }

    /** {mean, variance, skewness, excess kurtosis} of xs (population moments about the sample mean). */
    static double[] moments(double[] xs) {
        double mean = 0;
        for (double x : xs) {
            mean += x;
        }
        mean /= xs.length;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double x : xs) {
            double d = x - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        m2 /= xs.length;
        m3 /= xs.length;
        m4 /= xs.length;
        return new double[] {mean, m2, m3 / Math.pow(m2, 1.5), m4 / (m2 * m2) - 3};
    }

    /** √n · sup |F_n − F|: the scaled KS distance of xs from the CDF F (xs is sorted in a copy). */
    static double ksScaled(double[] xs, DoubleUnaryOperator cdf) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int n = s.length;
        double d = 0;
        for (int i = 0; i < n; i++) {
            double f = cdf.applyAsDouble(s[i]);
            d = Math.max(d, Math.max(f - (double) i / n, (double) (i + 1) / n - f));
        }
        return d * Math.sqrt(n);
    }

    /** Pearson's χ² = Σ (O − E)²/E. */
    static double chiSquare(long[] observed, double[] expected) {
        double chi = 0;
        for (int i = 0; i < observed.length; i++) {
            double d = observed[i] - expected[i];
            chi += d * d / expected[i];
        }
        return chi;
    }

    /**
     * A bound χ² with df degrees of freedom exceeds with probability about 1e-4 (Wilson–Hilferty:
     * χ²/df ≈ (1 − 2/(9df) + z √(2/(9df)))³ with z = 3.72).
     */
    static double chiSquareBound(int df) {
        double a = 2.0 / (9 * df);
        double c = 1 - a + 3.72 * Math.sqrt(a);
        return df * c * c * c;
    }

    /** The KS bound √n·D exceeds with probability about 0.001 under the null (Kolmogorov's distribution). */
    static final double KS_BOUND = 1.95;
}
