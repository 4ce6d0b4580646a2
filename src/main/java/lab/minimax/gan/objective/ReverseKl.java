package lab.minimax.gan.objective;

import lab.minimax.experiment.Divergence;

/**
 * Reverse Kullback–Leibler KL(q‖p): f(u) = −log u, f*(t) = −1 − log(−t) (t &lt; 0),
 * g_f(v) = −e^(−v), so f*(g_f(v)) = −1 + v. V* = log(p/q).
 *
 * <p>Overflow guard: V is clamped to v ≥ −{@link StableMath#EXP_ARG_MAX} = −40 (so e^(−v) ≤ e^40);
 * below it both head functions are constant and their derivatives 0 (q/p ≤ e^40 representable).
 */
public final class ReverseKl implements FDivergence {
    private static final double V_MIN = -StableMath.EXP_ARG_MAX;

    @Override
    public Divergence divergence() {
        return Divergence.REVERSE_KL;
    }

    @Override
    public double f(double u) {
        return -StrictMath.log(u);
    }

    /** q·f(p/q) = q·log(q/p) = −q·s: +∞ where p = 0 &lt; q, 0 where q = 0. */
    @Override
    public double perspective(double logP, double logQ) {
        return StableMath.weighted(logQ, logQ - logP);
    }

    /** −1/u. */
    @Override
    public double fPrime(double u) {
        return -1.0 / u;
    }

    @Override
    public double conjugate(double t) {
        return t < 0 ? -1.0 - StrictMath.log(-t) : Double.POSITIVE_INFINITY;
    }

    @Override
    public double g(double v) {
        return -StrictMath.exp(-Math.max(v, V_MIN));
    }

    /** f'(u) = −1/u = g_f(v) = −e^(−v): r̂ = e^v (v clamped at −40), D̂ = σ(v). */
    @Override
    public double discriminator(double v) {
        return StableMath.sigmoid(Math.max(v, V_MIN));
    }

    /** e^(−v). */
    @Override
    public double gPrime(double v) {
        return v < V_MIN ? 0.0 : StrictMath.exp(-v);
    }

    @Override
    public double conjugateOfG(double v) {
        return Math.max(v, V_MIN) - 1.0;
    }

    @Override
    public double conjugateOfGPrime(double v) {
        return v < V_MIN ? 0.0 : 1.0;
    }

    /** −log(−t). */
    @Override
    public double gInverse(double t) {
        return t <= 0 ? -StrictMath.log(-t) : Double.NaN;
    }

    @Override
    public double vMin() {
        return V_MIN;
    }
}
