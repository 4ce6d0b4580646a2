package lab.minimax.distribution;

import java.util.random.RandomGenerator;

/**
 * An isotropic Gaussian mixture p(x) = Σ_k w_k N(x; μ_k, σ_k² I) in dimension 1 or 2: the shared
 * engine of every mixture target and of the curve targets (fine mixtures along a curve). Sampling
 * picks a component by its weight and adds σ_k·N(0, I), so samples follow exactly the density.
 * Immutable.
 */
public final class GaussianMixture {
    private final int dim;
    private final double[] mu;
    private final double[] sd;
    private final double[] w;
    /** cumulative weights, last = 1 */
    private final double[] cum;
    /** log w_k − dim·log σ_k − dim·log √(2π) */
    private final double[] logNorm;
    /** 1/(2σ_k²) */
    private final double[] halfPrec;

    /**
     * @param dim     1 or 2
     * @param centers k·dim values, row-major
     * @param sd      k standard deviations (&gt; 0)
     * @param weights k non-negative weights (normalised here)
     */
    public GaussianMixture(int dim, double[] centers, double[] sd, double[] weights) {
        if (dim != 1 && dim != 2) {
            throw new IllegalArgumentException("dim must be 1 or 2, was " + dim);
        }
        int k = sd.length;
        if (k == 0 || centers.length != k * dim || weights.length != k) {
            throw new IllegalArgumentException("a mixture needs k ≥ 1 components with k·dim centres and k weights");
        }
        double total = 0;
        for (int j = 0; j < k; j++) {
            if (!(sd[j] > 0) || !(weights[j] >= 0)) {
                throw new IllegalArgumentException("component " + j + ": sd must be > 0 and weight ≥ 0");
            }
            total += weights[j];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("mixture weights sum to 0");
        }
        this.dim = dim;
        this.mu = centers.clone();
        this.sd = sd.clone();
        this.w = new double[k];
        this.cum = new double[k];
        this.logNorm = new double[k];
        this.halfPrec = new double[k];
        double acc = 0;
        for (int j = 0; j < k; j++) {
            w[j] = weights[j] / total;
            acc += w[j];
            cum[j] = acc;
            logNorm[j] = StrictMath.log(w[j]) - dim * (StrictMath.log(sd[j]) + Normal.LOG_SQRT_2PI);
            halfPrec[j] = 0.5 / (sd[j] * sd[j]);
        }
        cum[k - 1] = 1;
    }

    /** Equal weights, one common σ. */
    public static GaussianMixture equal(int dim, double[] centers, double sd) {
        int k = centers.length / dim;
        double[] s = new double[k];
        double[] w = new double[k];
        java.util.Arrays.fill(s, sd);
        java.util.Arrays.fill(w, 1.0 / k);
        return new GaussianMixture(dim, centers, s, w);
    }

    public int dim() {
        return dim;
    }

    /** Number of components. */
    public int count() {
        return sd.length;
    }

    /** The components as {@link Modes} (fresh arrays). */
    public Modes modes() {
        return new Modes(dim, mu.clone(), sd.clone(), w.clone());
    }

    /** Smallest and largest component σ. */
    public double minSd() {
        double m = Double.POSITIVE_INFINITY;
        for (double s : sd) {
            m = Math.min(m, s);
        }
        return m;
    }

    public double maxSd() {
        double m = 0;
        for (double s : sd) {
            m = Math.max(m, s);
        }
        return m;
    }

    /** n samples into out[0 .. n·dim): component by weight (one uniform), then dim normals. */
    public void sample(RandomGenerator rng, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            int k = pick(rng.nextDouble());
            for (int d = 0; d < dim; d++) {
                out[i * dim + d] = mu[k * dim + d] + sd[k] * rng.nextGaussian();
            }
        }
    }

    /** Smallest k with cum[k] &gt; u (binary search). */
    private int pick(double u) {
        int lo = 0;
        int hi = cum.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Squared distance from x[off..] to centre k over 2σ_k²: the Gaussian exponent. */
    private double exponent(double[] x, int off, int k) {
        double d0 = x[off] - mu[k * dim];
        if (dim == 1) {
            return d0 * d0 * halfPrec[k];
        }
        double d1 = x[off + 1] - mu[k * dim + 1];
        return (d0 * d0 + d1 * d1) * halfPrec[k];
    }

    /** p(x) = Σ_k exp(logNorm_k − ‖x − μ_k‖²/2σ_k²); terms below e^−745 (zero in double) skipped. */
    public double density(double[] x, int off) {
        double sum = 0;
        for (int k = 0; k < sd.length; k++) {
            double t = logNorm[k] - exponent(x, off, k);
            if (t > -745) {
                sum += StrictMath.exp(t);
            }
        }
        return sum;
    }

    /**
     * log p(x) by log-sum-exp: m = max_k t_k, log p = m + log Σ_k e^(t_k − m), terms with
     * t_k &lt; m − 40 dropped (relative error ≤ k·e^−40).
     */
    public double logDensity(double[] x, int off) {
        double m = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < sd.length; k++) {
            m = Math.max(m, logNorm[k] - exponent(x, off, k));
        }
        double sum = 0;
        for (int k = 0; k < sd.length; k++) {
            double t = logNorm[k] - exponent(x, off, k) - m;
            if (t > -40) {
                sum += StrictMath.exp(t);
            }
        }
        return m + StrictMath.log(sum);
    }

    /** p ⊛ N(0, h² I): the same centres and weights, each σ_k² + h². */
    public GaussianMixture widened(double h) {
        double[] s = new double[sd.length];
        for (int k = 0; k < s.length; k++) {
            s[k] = Math.sqrt(sd[k] * sd[k] + h * h);
        }
        return new GaussianMixture(dim, mu.clone(), s, w.clone());
    }

    /** A box holding essentially all the mass: the centres' bounding box ± margin·max σ. */
    public Box box(double margin) {
        double[] lo = new double[dim];
        double[] hi = new double[dim];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int k = 0; k < sd.length; k++) {
            for (int d = 0; d < dim; d++) {
                lo[d] = Math.min(lo[d], mu[k * dim + d] - margin * sd[k]);
                hi[d] = Math.max(hi[d], mu[k * dim + d] + margin * sd[k]);
            }
        }
        return new Box(lo, hi);
    }

    // ---- 1D only: distribution function and friends (used by the Univariate targets) ----

    /** F(x) = Σ w_k Φ((x − μ_k)/σ_k). 1D only. */
    public double cdf(double x) {
        double s = 0;
        for (int k = 0; k < sd.length; k++) {
            s += w[k] * Normal.cdf((x - mu[k]) / sd[k]);
        }
        return s;
    }

    /** E[X·1{X ≤ x}] = Σ w_k (μ_k Φ(z_k) − σ_k φ(z_k)), z_k = (x − μ_k)/σ_k. 1D only. */
    public double partialMean(double x) {
        double s = 0;
        for (int k = 0; k < sd.length; k++) {
            double z = (x - mu[k]) / sd[k];
            s += w[k] * (mu[k] * Normal.cdf(z) - sd[k] * Normal.pdf(z));
        }
        return s;
    }

    /** E[X] = Σ w_k μ_k (per coordinate; 1D use). */
    public double mean() {
        double s = 0;
        for (int k = 0; k < sd.length; k++) {
            s += w[k] * mu[k * dim];
        }
        return s;
    }

    private double density1(double x) {
        double sum = 0;
        for (int k = 0; k < sd.length; k++) {
            double z = (x - mu[k]) / sd[k];
            sum += w[k] * Normal.pdf(z) / sd[k];
        }
        return sum;
    }

    /** F⁻¹(u): safeguarded Newton on F inside a bracket [min μ − 40σ, max μ + 40σ]. 1D only. */
    public double quantile(double u) {
        if (!(u > 0 && u < 1)) {
            return Normal.quantileOutside(u);
        }
        if (sd.length == 1) {
            return mu[0] + sd[0] * Normal.quantile(u);
        }
        Box b = box(40);
        double a = b.lo()[0];
        double c = b.hi()[0];
        double x = 0.5 * (a + c);
        for (int it = 0; it < 300; it++) {
            double f = cdf(x) - u;
            if (f == 0) {
                return x;
            }
            if (f < 0) {
                a = x;
            } else {
                c = x;
            }
            double dens = density1(x);
            double next = dens > 0 ? x - f / dens : Double.NaN;
            if (!(next > a && next < c)) {
                next = 0.5 * (a + c);
            }
            boolean done = Math.abs(next - x) <= 1e-15 * (1 + Math.abs(x)) || c - a <= 1e-15 * (1 + Math.abs(x));
            x = next;
            if (done) {
                break;
            }
        }
        return x;
    }
}
