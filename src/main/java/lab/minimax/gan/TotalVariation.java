package lab.minimax.gan;

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
        return 0.5 * Math.tanh(v);
    }

    /** ½ sech² v. */
    @Override
    public double gPrime(double v) {
        return 0.5 * StableMath.sech2(v);
    }

    @Override
    public double conjugateOfG(double v) {
        return 0.5 * Math.tanh(v);
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
        return 0.5 * Math.log1p(4.0 * t / (1.0 - 2.0 * t));
    }
}
