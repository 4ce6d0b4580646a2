package lab.minimax.distribution;

import java.util.random.RandomGenerator;

/** {@code laplace}: Laplace(μ, b), p(x) = e^(−|x−μ|/b)/(2b). Box μ ± 14b (tail mass e^−14 ≈ 8e-7). */
public final class LaplaceTarget implements Target, Target.LogDensity, Univariate, Smoothable {
    private final double mu;
    private final double b;

    public LaplaceTarget(double mean, double scale) {
        this.mu = mean;
        this.b = Targets.requirePositive("laplace: scale", scale);
    }

    @Override
    public String name() {
        return "laplace";
    }

    /** X = μ ± b·E: a fair sign (one boolean) times a standard exponential. */
    @Override
    public void sample(RandomGenerator rng, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            double e = rng.nextExponential();
            out[i] = rng.nextBoolean() ? mu + b * e : mu - b * e;
        }
    }

    @Override
    public double density(double[] x, int offset) {
        return StrictMath.exp(-Math.abs(x[offset] - mu) / b) / (2 * b);
    }

    @Override
    public double logDensity(double[] x, int offset) {
        return -Math.abs(x[offset] - mu) / b - StrictMath.log(2 * b);
    }

    /** Laplace(μ, b) ⊛ N(0, h²) in closed form ({@link SmoothedUnivariate}). */
    @Override
    public Target.LogDensity smoothedBy(double h) {
        return (x, off) -> SmoothedUnivariate.laplace(x[off], mu, b, h);
    }

    @Override
    public Box box() {
        return new Box(new double[]{mu - 14 * b}, new double[]{mu + 14 * b});
    }

    @Override
    public double cdf(double x) {
        double z = (x - mu) / b;
        return z <= 0 ? 0.5 * StrictMath.exp(z) : 1 - 0.5 * StrictMath.exp(-z);
    }

    @Override
    public double quantile(double u) {
        if (!(u >= 0 && u <= 1)) {
            return Double.NaN;
        }
        return u <= 0.5 ? mu + b * StrictMath.log(2 * u) : mu - b * StrictMath.log(2 * (1 - u));
    }

    @Override
    public double mean() {
        return mu;
    }

    /** x ≤ μ: ½e^((x−μ)/b)(x − b); x &gt; μ: μ − ½e^(−(x−μ)/b)(x + b). */
    @Override
    public double partialMean(double x) {
        if (x <= mu) {
            return 0.5 * StrictMath.exp((x - mu) / b) * (x - b);
        }
        return mu - 0.5 * StrictMath.exp(-(x - mu) / b) * (x + b);
    }

    @Override
    public String toString() {
        return name();
    }
}
