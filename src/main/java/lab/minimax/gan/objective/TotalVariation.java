package lab.minimax.gan.objective;

import lab.minimax.experiment.Divergence;

/**
 * Total variation: f(u) = ½|u − 1|, f*(t) = t on |t| ≤ ½, g_f(v) = ½ tanh v, so
 * f*(g_f(v)) = ½ tanh v. T* = ½ sign(p − q) is reached only as V → ±∞.
 */
public final class TotalVariation implements FDivergence {
    @Override
    public Divergence divergence() {
        return Divergence.TV;
    }

    @Override
    public double f(double u) {
        return 0.5 * Math.abs(u - 1.0);
    }

    /** q·f(p/q) = ½|p − q|: −½q·expm1(s) for s = log(p/q) ≤ 0, else −½p·expm1(−s). */
    @Override
    public double perspective(double logP, double logQ) {
        double s = logP - logQ;
        if (s <= 0) {
            return -0.5 * StrictMath.exp(logQ) * StrictMath.expm1(s);
        }
        return -0.5 * StrictMath.exp(logP) * StrictMath.expm1(-s);
    }

    /** ½ sign(u − 1); the subgradient 0 at u = 1. */
    @Override
    public double fPrime(double u) {
        return 0.5 * Math.signum(u - 1.0);
    }

    @Override
    public double conjugate(double t) {
        return Math.abs(t) <= 0.5 ? t : Double.POSITIVE_INFINITY;
    }

    @Override
    public double g(double v) {
        return 0.5 * StrictMath.tanh(v);
    }

    /**
     * f'(u) = ½ sign(u − 1) has no inverse: the critic T = ½ tanh v only says on which side of 1
     * the ratio lies. Drawn as ½(1 + sign v): 1 where it says p &gt; q, 0 where p &lt; q, ½ on the
     * boundary; the optimum T* = ½ sign(p − q) draws the D* = ½ contour as the colour edge.
     */
    @Override
    public double discriminator(double v) {
        return 0.5 * (1.0 + Math.signum(v));
    }

    /** ½ sech² v. */
    @Override
    public double gPrime(double v) {
        return 0.5 * StableMath.sech2(v);
    }

    @Override
    public double conjugateOfG(double v) {
        return 0.5 * StrictMath.tanh(v);
    }

    @Override
    public double conjugateOfGPrime(double v) {
        return 0.5 * StableMath.sech2(v);
    }

    /** atanh(2t) = ½ log1p(4t / (1 − 2t)); ±∞ at t = ±½. */
    @Override
    public double gInverse(double t) {
        if (Math.abs(t) > 0.5 || Double.isNaN(t)) {
            return Double.NaN;
        }
        if (t == 0.5) {
            return Double.POSITIVE_INFINITY;
        }
        return 0.5 * StrictMath.log1p(4.0 * t / (1.0 - 2.0 * t));
    }
}
