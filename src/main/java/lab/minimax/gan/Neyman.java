package lab.minimax.gan;

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

    @Override
    public double f(double u) {
        double d = 1.0 - u;
        return d * d / u;
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
        return -Math.expm1(-Math.max(v, V_MIN));
    }

    /** e^(−v). */
    @Override
    public double gPrime(double v) {
        return v < V_MIN ? 0.0 : Math.exp(-v);
    }

    @Override
    public double conjugateOfG(double v) {
        return -2.0 * Math.expm1(-0.5 * Math.max(v, V_MIN));
    }

    /** e^(−v/2). */
    @Override
    public double conjugateOfGPrime(double v) {
        return v < V_MIN ? 0.0 : Math.exp(-0.5 * v);
    }

    /** −log(1 − t) = −log1p(−t); +∞ at t = 1. */
    @Override
    public double gInverse(double t) {
        return -Math.log1p(-t);
    }

    @Override
    public double vMin() {
        return V_MIN;
    }
}
