package lab.minimax.distribution;

import java.util.random.RandomGenerator;

/** {@code uniform}: U[lo, hi]. Its box is [lo, hi] widened by 10 % of the width on each side, so views show the edges. */
public final class UniformTarget implements Target, Target.LogDensity, Univariate, Smoothable {
    private final double lo;
    private final double hi;

    public UniformTarget(double lo, double hi) {
        if (!(hi > lo)) {
            throw new IllegalArgumentException("uniform: hi must be greater than lo (lo = " + lo + ", hi = " + hi + ")");
        }
        this.lo = lo;
        this.hi = hi;
    }

    @Override
    public String name() {
        return "uniform";
    }

    @Override
    public void sample(RandomGenerator rng, double[] out, int n) {
        double w = hi - lo;
        for (int i = 0; i < n; i++) {
            out[i] = lo + w * rng.nextDouble();
        }
    }

    @Override
    public double density(double[] x, int offset) {
        double v = x[offset];
        return v >= lo && v <= hi ? 1 / (hi - lo) : 0;
    }

    @Override
    public double logDensity(double[] x, int offset) {
        double v = x[offset];
        return v >= lo && v <= hi ? -StrictMath.log(hi - lo) : Double.NEGATIVE_INFINITY;
    }

    /** U[lo, hi] ⊛ N(0, h²) in closed form ({@link SmoothedUnivariate}). */
    @Override
    public Target.LogDensity smoothedBy(double h) {
        return (x, off) -> SmoothedUnivariate.uniform(x[off], lo, hi, h);
    }

    @Override
    public Box box() {
        double pad = 0.1 * (hi - lo);
        return new Box(new double[]{lo - pad}, new double[]{hi + pad});
    }

    @Override
    public double cdf(double x) {
        return x <= lo ? 0 : x >= hi ? 1 : (x - lo) / (hi - lo);
    }

    @Override
    public double quantile(double u) {
        if (!(u >= 0 && u <= 1)) {
            return Double.NaN;
        }
        return lo + u * (hi - lo);
    }

    @Override
    public double mean() {
        return 0.5 * (lo + hi);
    }

    /** ∫_lo^x t dt/(hi − lo) = (x² − lo²)/(2(hi − lo)) inside, clamped outside. */
    @Override
    public double partialMean(double x) {
        double c = Math.min(Math.max(x, lo), hi);
        return (c - lo) * (c + lo) / (2 * (hi - lo));
    }

    @Override
    public String toString() {
        return name();
    }
}
