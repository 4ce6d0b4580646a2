package lab.minimax.gan.objective;

import lab.minimax.experiment.Divergence;

/**
 * Pearson χ²: f(u) = (u − 1)², f*(t) = t²/4 + t, g_f(v) = v, so f*(g_f(v)) = v(v/4 + 1) (the
 * factored form has no cancellation near its root v = −4). V* = 2(p/q − 1). No exponential, no
 * clamp.
 */
public final class Pearson implements FDivergence {
    @Override
    public Divergence divergence() {
        return Divergence.PEARSON;
    }

    @Override
    public double f(double u) {
        double d = u - 1.0;
        return d * d;
    }

    /**
     * q·f(p/q) = (p − q)²/q: q·expm1(s)² for s = log(p/q) ≤ 0, else e^(2 log p − log q)·expm1(−s)²
     * (finite wherever the value is).
     */
    @Override
    public double perspective(double logP, double logQ) {
        double s = logP - logQ;
        if (s <= 0) {
            double e = StrictMath.expm1(s);
            return StrictMath.exp(logQ) * (e * e);
        }
        double e = StrictMath.expm1(-s);
        return StrictMath.exp(logP + s) * (e * e);
    }

    /** 2(u − 1). */
    @Override
    public double fPrime(double u) {
        return 2.0 * (u - 1.0);
    }

    /** The f-GAN table's t²/4 + t (f taken as the polynomial on ℝ). */
    @Override
    public double conjugate(double t) {
        return t * t / 4.0 + t;
    }

    @Override
    public double g(double v) {
        return v;
    }

    /**
     * f'(u) = 2(u − 1) = g_f(v) = v: r̂ = 1 + v/2, clipped at 0 (a density ratio is not negative;
     * v ≤ −2 reads as D̂ = 0), D̂ = r̂/(1 + r̂) written 1/(1 + 1/r̂) (1 at v = +∞).
     */
    @Override
    public double discriminator(double v) {
        double r = Math.max(0.0, 1.0 + 0.5 * v); // NaN stays NaN
        return r == 0.0 ? 0.0 : 1.0 / (1.0 + 1.0 / r);
    }

    @Override
    public double gPrime(double v) {
        return 1.0;
    }

    @Override
    public double conjugateOfG(double v) {
        return v * (0.25 * v + 1.0);
    }

    /** v/2 + 1. */
    @Override
    public double conjugateOfGPrime(double v) {
        return 0.5 * v + 1.0;
    }

    @Override
    public double gInverse(double t) {
        return t;
    }
}
