package lab.minimax.gan.objective;

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
public final class JensenShannon implements SigmoidCritic {
    @Override
    public Divergence divergence() {
        return Divergence.JS;
    }

    /** The GAN row's f plus (u + 1) log 2, written −u log1p(1/u) − log1p(u) + (u + 1) log 2. */
    @Override
    public double f(double u) {
        return GanDivergence.fGan(u) + (u + 1.0) * StableMath.LOG2;
    }

    /**
     * q·f(p/q) = p log(2p/(p + q)) + q log(2q/(p + q)), s = log(p/q). For |s| ≥ 1 it is
     * p·g_f(s) + q·g_f(−s) with g_f(v) = log(2σ(v)) (one term dominates, no cancellation). Near
     * p = q those two terms, of order ±(p − q)/2, cancel to (p + q)s²/8; there it is written
     * with t = (p − q)/(p + q) = tanh(s/2) as ((p + q)/2)·[(1 + t) log(1 + t) + (1 − t) log(1 − t)]
     * = ((p + q)/2)·[t·s − 2 log cosh(s/2)], 2 log cosh(s/2) = 2 log1p(2 sinh²(s/4)), whose two
     * terms (≈ s²/2 and s²/4) cancel by at most a factor 2.
     */
    @Override
    public double perspective(double logP, double logQ) {
        double s = logP - logQ;
        if (Math.abs(s) < 1.0) {
            double m = 0.5 * (StrictMath.exp(logP) + StrictMath.exp(logQ));
            double sh = StrictMath.sinh(0.25 * s);
            return m * (StrictMath.tanh(0.5 * s) * s - 2.0 * StrictMath.log1p(2.0 * sh * sh));
        }
        return StableMath.weighted(logP, g(s)) + StableMath.weighted(logQ, g(-s));
    }

    /** log(2u/(1 + u)) = log 2 + the GAN row's f'(u) (stable down to subnormal u). */
    @Override
    public double fPrime(double u) {
        return StableMath.LOG2 + GanDivergence.fPrimeGan(u);
    }

    @Override
    public double conjugate(double t) {
        return t < StableMath.LOG2 ? -StrictMath.log(2.0 - StrictMath.exp(t)) : Double.POSITIVE_INFINITY;
    }

    @Override
    public double g(double v) {
        if (v > -1.0) {
            return -StrictMath.log1p(0.5 * StrictMath.expm1(-v));
        }
        return StableMath.LOG2 - StableMath.softplus(-v);
    }


    @Override
    public double conjugateOfG(double v) {
        return -g(-v);
    }

    /** From 1 + e^(−v) = 2e^(−t): v = −log(2e^(−t) − 1) = −log(expm1(log 2 − t)). */
    @Override
    public double gInverse(double t) {
        return -StrictMath.log(StrictMath.expm1(StableMath.LOG2 - t));
    }
}
