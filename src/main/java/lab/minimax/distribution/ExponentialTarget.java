package lab.minimax.distribution;

import java.util.random.RandomGenerator;

/**
 * {@code exponential}: Exp(λ), p(x) = λe^(−λx) on [0, ∞). Box [−0.5/λ, 14/λ] (tail mass
 * e^−14 ≈ 8e-7; a little room left of the edge at 0 for views).
 */
public final class ExponentialTarget implements Target, Target.LogDensity, Univariate, Smoothable {
    private final double rate;

    public ExponentialTarget(double rate) {
        this.rate = Targets.requirePositive("exponential: rate", rate);
    }

    @Override
    public String name() {
        return "exponential";
    }

    /** X = E/λ with E a standard exponential from the generator. */
    @Override
    public void sample(RandomGenerator rng, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = rng.nextExponential() / rate;
        }
    }

    @Override
    public double density(double[] x, int offset) {
        double v = x[offset];
        return v >= 0 ? rate * StrictMath.exp(-rate * v) : 0;
    }

    @Override
    public double logDensity(double[] x, int offset) {
        double v = x[offset];
        return v >= 0 ? StrictMath.log(rate) - rate * v : Double.NEGATIVE_INFINITY;
    }

    /** Exp(λ) ⊛ N(0, h²) in closed form ({@link SmoothedUnivariate}). */
    @Override
    public Target.LogDensity smoothedBy(double h) {
        return (x, off) -> SmoothedUnivariate.exponential(x[off], rate, h);
    }

    @Override
    public Box box() {
        return new Box(new double[]{-0.5 / rate}, new double[]{14 / rate});
    }

    @Override
    public double cdf(double x) {
        return x <= 0 ? 0 : -StrictMath.expm1(-rate * x);
    }

    @Override
    public double quantile(double u) {
        if (!(u >= 0 && u <= 1)) {
            return Double.NaN;
        }
        return -StrictMath.log1p(-u) / rate;
    }

    @Override
    public double mean() {
        return 1 / rate;
    }

    /** ∫_0^x tλe^(−λt) dt = (1 − e^(−λx)(1 + λx))/λ. */
    @Override
    public double partialMean(double x) {
        if (x <= 0) {
            return 0;
        }
        double lx = rate * x;
        return (-StrictMath.expm1(-lx) - lx * StrictMath.exp(-lx)) / rate;
    }

    @Override
    public String toString() {
        return name();
    }
}
