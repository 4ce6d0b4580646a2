package lab.minimax.gan.objective;

import lab.minimax.experiment.Divergence;

/**
 * Neyman χ²: f(u) = (1 − u)²/u, f*(t) = 2 − 2√(1 − t) (t ≤ 1), g_f(v) = 1 − e^(−v), so
 * f*(g_f(v)) = 2 − 2e^(−v/2). Stable forms: g_f(v) = −expm1(−v), f*(g_f(v)) = −2 expm1(−v/2)
 * (full relative accuracy near v = 0). V* = 2 log(p/q).
 *
 * <p>Overflow guard: V is clamped to v ≥ −{@link StableMath#EXP_ARG_MAX} = −40 (e^(−v) ≤ e^40);
 * below it both head functions are constant and their derivatives 0 (q/p ≤ e^20 representable).
 */
public final class Neyman implements FDivergence {
    private static final double V_MIN = -StableMath.EXP_ARG_MAX;

    @Override
    public Divergence divergence() {
        return Divergence.NEYMAN;
    }

    /** (1 − u)²/u, as d·(d/u) with d = 1 − u: d² would overflow for u beyond 1e154. */
    @Override
    public double f(double u) {
        double d = 1.0 - u;
        return d * (d / u);
    }

    /**
     * q·f(p/q) = (q − p)²/p: p·expm1(−s)² for s = log(p/q) ≥ 0, else e^(2 log q − log p)·expm1(s)²
     * (finite wherever the value is; +∞ where p = 0 &lt; q).
     */
    @Override
    public double perspective(double logP, double logQ) {
        double s = logP - logQ;
        if (s >= 0) {
            double e = StrictMath.expm1(-s);
            return StrictMath.exp(logP) * (e * e);
        }
        double e = StrictMath.expm1(s);
        return StrictMath.exp(logQ - s) * (e * e);
    }

    /** 1 − 1/u². */
    @Override
    public double fPrime(double u) {
        return 1.0 - 1.0 / (u * u);
    }

    @Override
    public double conjugate(double t) {
        return t <= 1.0 ? 2.0 - 2.0 * Math.sqrt(1.0 - t) : Double.POSITIVE_INFINITY;
    }

    @Override
    public double g(double v) {
        return -StrictMath.expm1(-Math.max(v, V_MIN));
    }

    /** f'(u) = 1 − 1/u² = g_f(v) = 1 − e^(−v): r̂ = e^(v/2) (v clamped at −40), D̂ = σ(v/2). */
    @Override
    public double discriminator(double v) {
        return StableMath.sigmoid(0.5 * Math.max(v, V_MIN));
    }

    /** e^(−v). */
    @Override
    public double gPrime(double v) {
        return v < V_MIN ? 0.0 : StrictMath.exp(-v);
    }

    @Override
    public double conjugateOfG(double v) {
        return -2.0 * StrictMath.expm1(-0.5 * Math.max(v, V_MIN));
    }

    /** e^(−v/2). */
    @Override
    public double conjugateOfGPrime(double v) {
        return v < V_MIN ? 0.0 : StrictMath.exp(-0.5 * v);
    }

    /** −log(1 − t) = −log1p(−t); +∞ at t = 1. */
    @Override
    public double gInverse(double t) {
        return -StrictMath.log1p(-t);
    }

    @Override
    public double vMin() {
        return V_MIN;
    }
}
