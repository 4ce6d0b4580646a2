package lab.minimax.gan.objective;

import lab.minimax.experiment.Divergence;

/**
 * Kullback–Leibler KL(p‖q): f(u) = u log u, f*(t) = e^(t−1), g_f(v) = v, so
 * f*(g_f(v)) = e^(v−1). V* = 1 + log(p/q).
 *
 * <p>Overflow guard: V is clamped to v ≤ 1 + {@link StableMath#EXP_ARG_MAX} = 41 (so e^(v−1) ≤
 * e^40 ≈ 2.4·10¹⁷); above it g_f and f*∘g_f are constant and their derivatives 0. This limits the
 * representable density ratio to p/q ≤ e^40.
 */
public final class Kl implements FDivergence {
    private static final double V_MAX = 1.0 + StableMath.EXP_ARG_MAX;

    @Override
    public Divergence divergence() {
        return Divergence.KL;
    }

    /** u log u, with 0 log 0 = 0. */
    @Override
    public double f(double u) {
        return u == 0.0 ? 0.0 : u * StrictMath.log(u);
    }

    /** q·f(p/q) = p·log(p/q) = p·s: +∞ where q = 0 &lt; p, 0 where p = 0. */
    @Override
    public double perspective(double logP, double logQ) {
        return StableMath.weighted(logP, logP - logQ);
    }

    /** 1 + log u. */
    @Override
    public double fPrime(double u) {
        return 1.0 + StrictMath.log(u);
    }

    @Override
    public double conjugate(double t) {
        return StrictMath.exp(t - 1.0);
    }

    @Override
    public double g(double v) {
        return Math.min(v, V_MAX);
    }

    /** f'(u) = 1 + log u = g_f(v): r̂ = e^(v − 1) (v clamped at 41), D̂ = σ(v − 1). */
    @Override
    public double discriminator(double v) {
        return StableMath.sigmoid(Math.min(v, V_MAX) - 1.0);
    }

    @Override
    public double gPrime(double v) {
        return v > V_MAX ? 0.0 : 1.0;
    }

    @Override
    public double conjugateOfG(double v) {
        return StrictMath.exp(Math.min(v, V_MAX) - 1.0);
    }

    @Override
    public double conjugateOfGPrime(double v) {
        return v > V_MAX ? 0.0 : StrictMath.exp(v - 1.0);
    }

    @Override
    public double gInverse(double t) {
        return t;
    }

    @Override
    public double vMax() {
        return V_MAX;
    }
}
