package lab.minimax.metrics;

import java.util.Arrays;

import lab.minimax.distribution.Target;
import lab.minimax.distribution.Target.LocalScale;
import lab.minimax.distribution.Univariate;

/**
 * Kernel bandwidths at the mode scale (not Scott's rule on the global covariance, which blurs a
 * ring of sharp modes into a doughnut).
 * <p>
 * KDE rule ({@link #forKde}): for a target that is a union of K blobs of standard deviation σ
 * ({@link LocalScale}: mixture modes, stretches of a blurred curve, user points), the
 * normal-reference (Silverman) rule for one blob holding its share n/K of the samples, with the
 * target's known σ in place of a sample estimate:
 * h = σ·(4/((d+2)·max(1, n/K)))^(1/(d+4)) (1D: 1.06σ(n/K)^(−1/5); 2D: σ(n/K)^(−1/6)).
 * For the other targets (uniform, exponential, Laplace) Silverman's rule on the sample,
 * 1D h = 0.9·min(s, IQR/1.34)·n^(−1/5), 2D h = √((s_x² + s_y²)/2)·n^(−1/6); if the sample has
 * no spread (a collapsed generator) the target's scale ({@link #modeScale}) stands in for s.
 */
public final class Bandwidth {
    private Bandwidth() {
    }

    /** The KDE bandwidth for n generated samples x (row-major, t.dim() values each) compared with target t. */
    public static double forKde(Target t, double[] x, int n) {
        int d = t.dim();
        if (t instanceof LocalScale ls) {
            double perBlob = Math.max(1, n / ls.localCount());
            return ls.localSd() * normalReference(d, perBlob);
        }
        double h = silverman(x, n, d);
        if (!(h > 1e-9 * modeScale(t))) {
            h = modeScale(t) * normalReference(d, Math.max(1, n));
        }
        return h;
    }

    /** (4/((d+2)n))^(1/(d+4)): the normal-reference factor. */
    static double normalReference(int d, double n) {
        return StrictMath.pow(4 / ((d + 2) * n), 1.0 / (d + 4));
    }

    /**
     * The target's mode scale (for MMD's kernel): the blob σ of a {@link LocalScale} target, the
     * IQR/1.349 of a {@link Univariate} one (σ for a Gaussian), else a tenth of the box's smaller side.
     */
    public static double modeScale(Target t) {
        if (t instanceof LocalScale ls) {
            return ls.localSd();
        }
        if (t instanceof Univariate u) {
            return (u.quantile(0.75) - u.quantile(0.25)) / 1.349;
        }
        var box = t.box();
        double side = Double.POSITIVE_INFINITY;
        for (int d = 0; d < box.dim(); d++) {
            side = Math.min(side, box.hi()[d] - box.lo()[d]);
        }
        return side / 10;
    }

    /** Silverman's rule of thumb on the sample (see class comment); 0 for a sample without spread. */
    public static double silverman(double[] x, int n, int dim) {
        if (n < 2) {
            return 0;
        }
        if (dim == 1) {
            double s = Math.sqrt(variance(x, n, 1, 0));
            double[] c = Arrays.copyOf(x, n);
            Arrays.sort(c);
            double iqr = quantileSorted(c, 0.75) - quantileSorted(c, 0.25);
            double spread = Math.min(s, iqr / 1.34);
            if (!(spread > 0)) {
                spread = Math.max(s, iqr / 1.34);
            }
            return 0.9 * spread * StrictMath.pow(n, -0.2);
        }
        double v = 0;
        for (int d = 0; d < dim; d++) {
            v += variance(x, n, dim, d);
        }
        return Math.sqrt(v / dim) * normalReference(dim, n);
    }

    private static double variance(double[] x, int n, int dim, int d) {
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += x[i * dim + d];
        }
        mean /= n;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double t = x[i * dim + d] - mean;
            s += t * t;
        }
        return s / (n - 1);
    }

    /** Linear interpolation between order statistics (type 7). */
    private static double quantileSorted(double[] s, double p) {
        double h = (s.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (h - lo) * (s[hi] - s[lo]);
    }
}
