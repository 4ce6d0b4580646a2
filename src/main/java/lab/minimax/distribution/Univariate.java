package lab.minimax.distribution;

/**
 * A one-dimensional target with a closed-form distribution function, for exact 1D metrics
 * (W1 against the target, exact-quantile samples).
 */
public interface Univariate extends Target {
    /** 1: one coordinate per sample. */
    @Override
    default int dim() {
        return 1;
    }

    /** F(x) = P(X ≤ x). */
    double cdf(double x);

    /** F⁻¹(u) = inf {x : F(x) ≥ u} for u in [0, 1] (±∞ at the ends for unbounded support). */
    double quantile(double u);

    /** E[X]. */
    double mean();

    /** The partial expectation M(x) = E[X·1{X ≤ x}] (so ∫_{−∞}^x F(t) dt = x·F(x) − M(x)). */
    double partialMean(double x);
}
