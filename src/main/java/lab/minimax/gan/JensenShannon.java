package lab.minimax.gan;

import lab.minimax.experiment.Divergence;

/**
 * The f-GAN "Jensen–Shannon" row, which estimates 2·JSD(p, q) ∈ [0, log 4]:
 * f(u) = u log u − (u + 1) log((1 + u)/2), f*(t) = −log(2 − eᵗ) (t &lt; log 2),
 * g_f(v) = log 2 − softplus(−v), so f*(g_f(v)) = softplus(v) − log 2 = −g_f(−v). V* = log(p/q).
 *
 * <p>Stable form: log 2 − softplus(−v) cancels near its root v = 0, so for v &gt; −1 it is
 * evaluated as −log1p(expm1(−v)/2) (the same number: log 2 − log(1 + e^(−v)) = −log((1 + e^(−v))/2)),
 * and as log 2 − softplus(−v) for v ≤ −1, where softplus(−v) ≥ 1.31 &gt; log 2 keeps the
 * difference well conditioned. Bounded or linear in v: no clamp.
 */
public final class JensenShannon implements FDivergence {
    @Override
    public Divergence divergence() {
        return Divergence.JS;
    }

    /** The GAN row's f plus (u + 1) log 2, written −u log1p(1/u) − log1p(u) + (u + 1) log 2. */
    @Override
    public double f(double u) {
        return GanDivergence.fGan(u) + (u + 1.0) * StableMath.LOG2;
    }

    /** log(2u/(1 + u)) = log 2 − log1p(1/u). */
    @Override
    public double fPrime(double u) {
        return StableMath.LOG2 - Math.log1p(1.0 / u);
    }

    @Override
    public double conjugate(double t) {
        return t < StableMath.LOG2 ? -Math.log(2.0 - Math.exp(t)) : Double.POSITIVE_INFINITY;
    }

    @Override
    public double g(double v) {
        if (v > -1.0) {
            return -Math.log1p(0.5 * Math.expm1(-v));
        }
        return StableMath.LOG2 - StableMath.softplus(-v);
    }

    /** σ(−v). */
    @Override
    public double gPrime(double v) {
        return StableMath.sigmoid(-v);
    }

    @Override
    public double conjugateOfG(double v) {
        return -g(-v);
    }

    /** σ(v). */
    @Override
    public double conjugateOfGPrime(double v) {
        return StableMath.sigmoid(v);
    }

    /** From 1 + e^(−v) = 2e^(−t): v = −log(2e^(−t) − 1) = −log(expm1(log 2 − t)). */
    @Override
    public double gInverse(double t) {
        return -Math.log(Math.expm1(StableMath.LOG2 - t));
    }
}
