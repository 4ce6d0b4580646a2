package lab.minimax.metrics;

import java.util.Arrays;

import lab.minimax.distribution.Univariate;

/**
 * Exact 1D Wasserstein-1 distance W1 = ∫ |F(x) − G(x)| dx = ∫_0^1 |F⁻¹(u) − G⁻¹(u)| du, between
 * two samples (any sizes) or between a sample and a target's exact distribution function.
 * NaN when a sample holds a non-finite value.
 */
public final class Wasserstein1D {
    private Wasserstein1D() {
    }

    /** W1 between the empirical distributions of a[0..n) and b[0..m) (copies and sorts; inputs untouched). */
    public static Estimate twoSample(double[] a, int n, double[] b, int m) {
        double[] sa = Arrays.copyOf(a, n);
        double[] sb = Arrays.copyOf(b, m);
        Arrays.sort(sa);
        Arrays.sort(sb);
        return new Estimate(sorted(sa, n, sb, m), n, m);
    }

    /**
     * W1 between two sorted samples. Equal sizes: (1/n) Σ |a_(i) − b_(i)|. Otherwise a sweep over
     * the merged points: Σ |F_a − F_b|·(gap to the next point), which is exact for step functions.
     */
    public static double sorted(double[] a, int n, double[] b, int m) {
        if (n == 0 || m == 0 || !FiniteSamples.all(a, n) || !FiniteSamples.all(b, m)) {
            return Double.NaN;
        }
        if (n == m) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += Math.abs(a[i] - b[i]);
            }
            return s / n;
        }
        int i = 0;
        int j = 0;
        double prev = Math.min(a[0], b[0]);
        double area = 0;
        while (i < n || j < m) {
            double next = Math.min(i < n ? a[i] : Double.POSITIVE_INFINITY, j < m ? b[j] : Double.POSITIVE_INFINITY);
            area += Math.abs((double) i / n - (double) j / m) * (next - prev);
            while (i < n && a[i] == next) {
                i++;
            }
            while (j < m && b[j] == next) {
                j++;
            }
            prev = next;
        }
        return area;
    }

    /** W1 between the sample x[0..n) and the exact target (copies and sorts). */
    public static Estimate toTarget(double[] x, int n, Univariate target) {
        double[] s = Arrays.copyOf(x, n);
        Arrays.sort(s);
        return Estimate.exact(sortedToTarget(s, n, target), n);
    }

    /**
     * W1 = ∫ |F_n − F| dx for a sorted sample y_1 ≤ … ≤ y_n, exactly, with H(x) = ∫_{−∞}^x F =
     * x·F(x) − M(x), M(x) = E[X·1{X ≤ x}]:
     * <ul>
     * <li>(−∞, y_1): ∫F = H(y_1);</li>
     * <li>[y_i, y_{i+1}], level c = i/n: ±(H(y_{i+1}) − H(y_i) − cΔ), split at x* = F⁻¹(c) when F
     * crosses c inside (the quantile is needed only there);</li>
     * <li>(y_n, ∞): ∫(1 − F) = E[X] − M(y_n) − y_n(1 − F(y_n)).</li>
     * </ul>
     */
    public static double sortedToTarget(double[] y, int n, Univariate t) {
        if (n == 0 || !FiniteSamples.all(y, n)) {
            return Double.NaN;
        }
        double fPrev = t.cdf(y[0]);
        double hPrev = y[0] * fPrev - t.partialMean(y[0]);
        double w = hPrev;
        for (int i = 1; i < n; i++) {
            double c = (double) i / n;
            double x0 = y[i - 1];
            double x1 = y[i];
            double f1 = t.cdf(x1);
            double h1 = x1 * f1 - t.partialMean(x1);
            double dx = x1 - x0;
            if (dx > 0) {
                if (fPrev >= c) {
                    w += (h1 - hPrev) - c * dx;
                } else if (f1 <= c) {
                    w += c * dx - (h1 - hPrev);
                } else {
                    double xs = Math.min(Math.max(t.quantile(c), x0), x1);
                    double hs = xs * c - t.partialMean(xs);
                    w += c * (xs - x0) - (hs - hPrev) + (h1 - hs) - c * (x1 - xs);
                }
            }
            fPrev = f1;
            hPrev = h1;
        }
        double yn = y[n - 1];
        w += t.mean() - t.partialMean(yn) - yn * (1 - fPrev);
        return w;
    }
}
