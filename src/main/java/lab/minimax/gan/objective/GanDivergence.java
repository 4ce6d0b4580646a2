package lab.minimax.gan.objective;

import lab.minimax.experiment.Divergence;
import lab.minimax.nn.FixedMath;
import lab.minimax.nn.Log1p;

/**
 * Goodfellow's GAN as an f-divergence, D_f = 2·JSD(p, q) − log 4:
 * f(u) = u log u − (u + 1) log(u + 1), f*(t) = −log(1 − eᵗ) (t &lt; 0),
 * g_f(v) = −softplus(−v) = log σ(v), so f*(g_f(v)) = −log(1 − σ(v)) = softplus(v).
 * D = σ(V), V* = log(p/q), D* = p/(p + q). Linear tails: no clamp.
 */
public final class GanDivergence implements SigmoidCritic {
    @Override
    public Divergence divergence() {
        return Divergence.GAN;
    }

    @Override
    public double f(double u) {
        return fGan(u);
    }

    /**
     * u log u − (u + 1) log(u + 1), with f(0) = 0. Both forms below are sums of two non-positive
     * terms (no cancellation): for u &lt; 1 it is u log u − (u + 1) log1p(u), which stays exact down
     * to the smallest subnormal u (where 1/u would overflow); for u ≥ 1 it is
     * −u log1p(1/u) − log1p(u), where u log u and (u + 1) log(u + 1) would cancel.
     */
    static double fGan(double u) {
        if (u == 0.0) {
            return 0.0;
        }
        if (u < 1.0) {
            return u * StrictMath.log(u) - (u + 1.0) * StrictMath.log1p(u);
        }
        return -u * StrictMath.log1p(1.0 / u) - StrictMath.log1p(u);
    }

    /**
     * q·f(p/q) = p log(p/(p + q)) + q log(q/(p + q)) = p·log σ(s) + q·log σ(−s), s = log(p/q):
     * two non-positive terms, each −weight·softplus, no cancellation.
     */
    @Override
    public double perspective(double logP, double logQ) {
        double s = logP - logQ;
        return StableMath.weighted(logP, StableMath.logSigmoid(s)) + StableMath.weighted(logQ, StableMath.logSigmoid(-s));
    }

    /** log(u/(u + 1)): log u − log1p(u) for u &lt; 1 (1/u may overflow there), else −log1p(1/u). */
    static double fPrimeGan(double u) {
        if (u < 1.0) {
            return StrictMath.log(u) - StrictMath.log1p(u);
        }
        return -StrictMath.log1p(1.0 / u);
    }

    @Override
    public double fPrime(double u) {
        return fPrimeGan(u);
    }

    @Override
    public double conjugate(double t) {
        return t < 0 ? -StrictMath.log(1.0 - StrictMath.exp(t)) : Double.POSITIVE_INFINITY;
    }

    @Override
    public double g(double v) {
        return StableMath.logSigmoid(v);
    }


    @Override
    public double conjugateOfG(double v) {
        return StableMath.softplus(v);
    }

    /**
     * log σ(v) = −softplus(−v) and σ(−v), both from e = e^(−|v|) (one exponential: the values of
     * {@link StableMath#logSigmoid} and {@link StableMath#sigmoid}, which take the same e).
     */
    @Override
    public double g(double v, double[] prime, int i) {
        double e = FixedMath.exp(-Math.abs(v));
        // σ(−v) = 1/(1 + e^v) for v ≤ 0, e^(−v)/(1 + e^(−v)) for v > 0
        prime[i] = v <= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
        return -(Math.max(-v, 0.0) + Log1p.log1p(e));
    }

    /** softplus(v) and σ(v), both from e = e^(−|v|). */
    @Override
    public double conjugateOfG(double v, double[] prime, int i) {
        double e = FixedMath.exp(-Math.abs(v));
        // σ(v) = 1/(1 + e^(−v)) for v ≥ 0, e^v/(1 + e^v) for v < 0
        prime[i] = v >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
        return Math.max(v, 0.0) + Log1p.log1p(e);
    }

    /** logit(eᵗ) = t − log(1 − eᵗ) = t − log(−expm1(t)). */
    @Override
    public double gInverse(double t) {
        return t - StrictMath.log(-StrictMath.expm1(t));
    }
}
