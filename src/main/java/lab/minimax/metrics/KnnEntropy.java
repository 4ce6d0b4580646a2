package lab.minimax.metrics;

/**
 * The Kozachenko–Leonenko k-nearest-neighbour estimate of the differential entropy H(q) from n
 * samples in d dimensions (Kozachenko &amp; Leonenko 1987; Kraskov et al. 2004, eq. 20):
 *
 * <pre>
 * Ĥ = ψ(n) − ψ(k) + log V_d + (d/n) Σᵢ log εᵢ,   V_d = π^(d/2) / Γ(d/2 + 1)
 * </pre>
 *
 * with εᵢ the Euclidean distance from xᵢ to its k-th nearest neighbour among the other samples,
 * ψ the digamma function and V_d the volume of the unit ball. It needs no density, so it applies
 * to an MLP generator's samples. Its gradient with respect to the samples (neighbours held fixed,
 * the estimate is piecewise smooth) is
 *
 * <pre>
 * ∂Ĥ/∂xᵢ += (d/n) (xᵢ − x_m(i)) / εᵢ²,   ∂Ĥ/∂x_m(i) −= (d/n) (xᵢ − x_m(i)) / εᵢ²
 * </pre>
 *
 * for each i with m(i) its k-th neighbour. O(n²·d) per call. An instance keeps its scratch
 * arrays, so repeated calls with at most the capacity's rows allocate nothing; not thread-safe.
 * Coincident samples would give log 0: distances are floored at {@link #MIN_DISTANCE}. A sample
 * with a non-finite coordinate makes the estimate (and its gradient) NaN.
 */
public final class KnnEntropy {
    /** Smallest distance used in log εᵢ (coincident samples). */
    public static final double MIN_DISTANCE = 1e-12;

    private final int k;
    private final int d;
    private double[] eps;    // εᵢ
    private int[] nn;        // m(i), the k-th neighbour
    private final double[] best;   // the k smallest squared distances so far, ascending
    private final int[] bestIdx;

    /**
     * @param k        the neighbour rank, ≥ 1
     * @param capacity rows the scratch arrays hold at first (they grow when needed)
     * @param d        the dimension of a sample
     */
    public KnnEntropy(int k, int capacity, int d) {
        if (k < 1 || d < 1) {
            throw new IllegalArgumentException("k and d must be at least 1 (got k " + k + ", d " + d + ")");
        }
        this.k = k;
        this.d = d;
        this.eps = new double[Math.max(capacity, 1)];
        this.nn = new int[Math.max(capacity, 1)];
        this.best = new double[k];
        this.bestIdx = new int[k];
    }

    /** Ĥ of the first n rows of {@code x} (row-major n × d); n must exceed k. */
    public static double estimate(double[] x, int n, int d, int k) {
        return new KnnEntropy(k, n, d).estimate(x, n, null);
    }

    /**
     * Ĥ of the first n rows of {@code x} (row-major n × d), and, when {@code grad} is not null,
     * ∂Ĥ/∂x written into its first n·d entries.
     *
     * @throws IllegalArgumentException when n ≤ k
     */
    public double estimate(double[] x, int n, double[] grad) {
        if (n <= k) {
            throw new IllegalArgumentException("the entropy estimate needs more than k = " + k + " samples (got " + n + ")");
        }
        if (!FiniteSamples.all(x, n * d)) {
            if (grad != null) {
                java.util.Arrays.fill(grad, 0, n * d, Double.NaN);
            }
            return Double.NaN;
        }
        if (eps.length < n) {
            eps = new double[n];
            nn = new int[n];
        }
        double sumLog = 0;
        for (int i = 0; i < n; i++) {
            kthNeighbour(x, n, i);
            double e = Math.max(Math.sqrt(best[k - 1]), MIN_DISTANCE);
            eps[i] = e;
            nn[i] = bestIdx[k - 1];
            sumLog += StrictMath.log(e);
        }
        if (grad != null) {
            java.util.Arrays.fill(grad, 0, n * d, 0.0);
            double c = (double) d / n;
            for (int i = 0; i < n; i++) {
                // (d/n) (xᵢ − x_m) / εᵢ² to xᵢ, its negative to x_m
                int m = nn[i];
                double w = c / (eps[i] * eps[i]);
                for (int a = 0; a < d; a++) {
                    double diff = x[i * d + a] - x[m * d + a];
                    grad[i * d + a] += w * diff;
                    grad[m * d + a] -= w * diff;
                }
            }
        }
        return digamma(n) - digamma(k) + logUnitBallVolume(d) + d * sumLog / n;
    }

    /** The k smallest squared distances from row i to the other rows into best/bestIdx (ascending). */
    private void kthNeighbour(double[] x, int n, int i) {
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        for (int j = 0; j < n; j++) {
            if (j == i) {
                continue;
            }
            double s = 0;
            for (int a = 0; a < d; a++) {
                double diff = x[i * d + a] - x[j * d + a];
                s += diff * diff;
            }
            if (s < best[k - 1]) {
                int p = k - 1;
                while (p > 0 && best[p - 1] > s) {
                    best[p] = best[p - 1];
                    bestIdx[p] = bestIdx[p - 1];
                    p--;
                }
                best[p] = s;
                bestIdx[p] = j;
            }
        }
    }

    /** ψ(m) = −γ + Σ_{j=1}^{m−1} 1/j for an integer m ≥ 1. */
    static double digamma(int m) {
        double s = -0.57721566490153286061;
        for (int j = 1; j < m; j++) {
            s += 1.0 / j;
        }
        return s;
    }

    /** log V_d = (d/2) log π − log Γ(d/2 + 1), Γ at integers and half-integers by its recursion. */
    static double logUnitBallVolume(int d) {
        // Γ(d/2 + 1): Γ(1) = 1, Γ(3/2) = √π/2, Γ(x + 1) = x Γ(x)
        double logGamma = d % 2 == 0 ? 0 : StrictMath.log(Math.sqrt(Math.PI) / 2);
        for (double x = d % 2 == 0 ? 1 : 1.5; x < d / 2.0 + 1 - 1e-9; x += 1) {
            logGamma += StrictMath.log(x);
        }
        return d / 2.0 * StrictMath.log(Math.PI) - logGamma;
    }
}
