package lab.minimax.gan;

import lab.minimax.experiment.Divergence;

/**
 * Goodfellow's GAN as an f-divergence, D_f = 2·JSD(p, q) − log 4:
 * f(u) = u log u − (u + 1) log(u + 1), f*(t) = −log(1 − eᵗ) (t &lt; 0),
 * g_f(v) = −softplus(−v) = log σ(v), so f*(g_f(v)) = −log(1 − σ(v)) = softplus(v).
 * D = σ(V), V* = log(p/q), D* = p/(p + q). Linear tails: no clamp.
 */
public final class GanDivergence implements FDivergence {
    @Override
    public Divergence divergence() {
        return Divergence.GAN;
    }

    @Override
    public double f(double u) {
        return fGan(u);
    }

    /** u log u − (u + 1) log(u + 1) = −u log1p(1/u) − log1p(u), with f(0) = 0. */
    static double fGan(double u) {
        if (u == 0.0) {
            return 0.0;
        }
        return -u * Math.log1p(1.0 / u) - Math.log1p(u);
    }

    /** log(u/(u + 1)) = −log1p(1/u). */
    @Override
    public double fPrime(double u) {
        return -Math.log1p(1.0 / u);
    }

    @Override
    public double conjugate(double t) {
        return t < 0 ? -Math.log(1.0 - Math.exp(t)) : Double.POSITIVE_INFINITY;
    }

    @Override
    public double g(double v) {
        return StableMath.logSigmoid(v);
    }

    /** 1 − σ(v) = σ(−v). */
    @Override
    public double gPrime(double v) {
        return StableMath.sigmoid(-v);
    }

    @Override
    public double conjugateOfG(double v) {
        return StableMath.softplus(v);
    }

    /** σ(v). */
    @Override
    public double conjugateOfGPrime(double v) {
        return StableMath.sigmoid(v);
    }

    /** logit(eᵗ) = t − log(1 − eᵗ) = t − log(−expm1(t)). */
    @Override
    public double gInverse(double t) {
        return t - Math.log(-Math.expm1(t));
    }
}
