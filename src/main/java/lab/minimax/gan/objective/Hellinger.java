package lab.minimax.gan.objective;

import lab.minimax.experiment.Divergence;

/**
 * Squared Hellinger: f(u) = (√u − 1)², f*(t) = t/(1 − t) (t &lt; 1), g_f(v) = 1 − e^(−v), so
 * f*(g_f(v)) = e^v − 1. Stable forms: g_f(v) = −expm1(−v), f*(g_f(v)) = expm1(v).
 * V* = ½ log(p/q).
 *
 * <p>Overflow guard: V is clamped to |v| ≤ {@link StableMath#EXP_ARG_MAX} = 40 (e^(−v) in g_f,
 * e^v in f*∘g_f); outside both head functions are constant and their derivatives 0 (density ratios
 * within e^(±80) representable).
 */
public final class Hellinger implements FDivergence {
    private static final double V_MAX = StableMath.EXP_ARG_MAX;

    @Override
    public Divergence divergence() {
        return Divergence.HELLINGER;
    }

    @Override
    public double f(double u) {
        double d = Math.sqrt(u) - 1.0;
        return d * d;
    }

    /** q·f(p/q) = (√p − √q)²: q·expm1(s/2)² for s = log(p/q) ≤ 0, else p·expm1(−s/2)². */
    @Override
    public double perspective(double logP, double logQ) {
        double s = logP - logQ;
        if (s <= 0) {
            double e = StrictMath.expm1(0.5 * s);
            return StrictMath.exp(logQ) * (e * e);
        }
        double e = StrictMath.expm1(-0.5 * s);
        return StrictMath.exp(logP) * (e * e);
    }

    /** 1 − 1/√u. */
    @Override
    public double fPrime(double u) {
        return 1.0 - 1.0 / Math.sqrt(u);
    }

    @Override
    public double conjugate(double t) {
        return t < 1.0 ? t / (1.0 - t) : Double.POSITIVE_INFINITY;
    }

    @Override
    public double g(double v) {
        return -StrictMath.expm1(-StableMath.clamp(v, -V_MAX, V_MAX));
    }

    /** f'(u) = 1 − 1/√u = g_f(v) = 1 − e^(−v): r̂ = e^(2v) (|v| clamped at 40), D̂ = σ(2v). */
    @Override
    public double discriminator(double v) {
        return StableMath.sigmoid(2.0 * StableMath.clamp(v, -V_MAX, V_MAX));
    }

    /** e^(−v). */
    @Override
    public double gPrime(double v) {
        return Math.abs(v) > V_MAX ? 0.0 : StrictMath.exp(-v);
    }

    @Override
    public double conjugateOfG(double v) {
        return StrictMath.expm1(StableMath.clamp(v, -V_MAX, V_MAX));
    }

    /** e^v. */
    @Override
    public double conjugateOfGPrime(double v) {
        return Math.abs(v) > V_MAX ? 0.0 : StrictMath.exp(v);
    }

    /** −log(1 − t) = −log1p(−t). */
    @Override
    public double gInverse(double t) {
        return -StrictMath.log1p(-t);
    }

    @Override
    public double vMin() {
        return -V_MAX;
    }

    @Override
    public double vMax() {
        return V_MAX;
    }
}
