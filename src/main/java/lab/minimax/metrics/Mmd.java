package lab.minimax.metrics;

/**
 * Unbiased squared maximum mean discrepancy with a Gaussian kernel
 * k(x, y) = exp(−‖x − y‖²/(2h²)) (Gretton et al. 2012, eq. 3):
 * MMD²_u = 1/(n(n−1)) Σ_{i≠j} k(a_i, a_j) + 1/(m(m−1)) Σ_{i≠j} k(b_i, b_j) − 2/(nm) Σ_{i,j} k(a_i, b_j).
 * Unbiased, so it fluctuates around 0 (and can be negative) when both samples come from the
 * same distribution. Pairs farther apart than √80·h (kernel below e^−40 ≈ 4e-18) are skipped.
 * Cost O((n + m)²) distance evaluations: use a few thousand samples. NaN when a sample has a
 * non-finite coordinate (a NaN distance would otherwise read as a skipped, far pair).
 */
public final class Mmd {
    private Mmd() {
    }

    /**
     * @param a         n points, row-major with dim values each
     * @param b         m points (n, m ≥ 2)
     * @param bandwidth kernel width h &gt; 0 (the mode scale; see {@link Bandwidth#modeScale})
     */
    public static Estimate unbiased(double[] a, int n, double[] b, int m, int dim, double bandwidth) {
        if (!(bandwidth > 0)) {
            throw new IllegalArgumentException("bandwidth must be > 0, was " + bandwidth);
        }
        if (n < 2 || m < 2 || !FiniteSamples.all(a, n * dim) || !FiniteSamples.all(b, m * dim)) {
            return new Estimate(Double.NaN, n, m);
        }
        double g = 0.5 / (bandwidth * bandwidth);
        double kaa = 2 * within(a, n, dim, g) / ((double) n * (n - 1));
        double kbb = 2 * within(b, m, dim, g) / ((double) m * (m - 1));
        double kab = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                kab += kernel(a, i, b, j, dim, g);
            }
        }
        return new Estimate(kaa + kbb - 2 * kab / ((double) n * m), n, m);
    }

    /** Σ_{i<j} k(x_i, x_j). */
    private static double within(double[] x, int n, int dim, double g) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                s += kernel(x, i, x, j, dim, g);
            }
        }
        return s;
    }

    private static double kernel(double[] x, int i, double[] y, int j, int dim, double g) {
        double d2 = 0;
        for (int d = 0; d < dim; d++) {
            double t = x[i * dim + d] - y[j * dim + d];
            d2 += t * t;
        }
        double e = d2 * g;
        return e < 40 ? StrictMath.exp(-e) : 0;
    }
}
