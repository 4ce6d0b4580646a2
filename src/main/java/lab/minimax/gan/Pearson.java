package lab.minimax.gan;

import lab.minimax.experiment.Divergence;

/**
 * Pearson χ²: f(u) = (u − 1)², f*(t) = t²/4 + t, g_f(v) = v, so f*(g_f(v)) = v(v/4 + 1) (the
 * factored form has no cancellation near its root v = −4). V* = 2(p/q − 1). No exponential, no
 * clamp.
 */
public final class Pearson implements FDivergence {
    @Override
    public Divergence divergence() {
        return Divergence.PEARSON;
    }

    @Override
    public double f(double u) {
        double d = u - 1.0;
        return d * d;
    }

    /** 2(u − 1). */
    @Override
    public double fPrime(double u) {
        return 2.0 * (u - 1.0);
    }

    /** The f-GAN table's t²/4 + t (f taken as the polynomial on ℝ). */
    @Override
    public double conjugate(double t) {
        return t * t / 4.0 + t;
    }

    @Override
    public double g(double v) {
        return v;
    }

    @Override
    public double gPrime(double v) {
        return 1.0;
    }

    @Override
    public double conjugateOfG(double v) {
        return v * (0.25 * v + 1.0);
    }

    /** v/2 + 1. */
    @Override
    public double conjugateOfGPrime(double v) {
        return 0.5 * v + 1.0;
    }

    @Override
    public double gInverse(double t) {
        return t;
    }
}
