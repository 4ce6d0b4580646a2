package lab.minimax.distribution;

/**
 * A density that can be evaluated in log space without underflow (log-sum-exp for mixtures), for
 * plug-in divergences far from the mass. {@link Targets#logDensity} falls back to log p for
 * targets that do not implement it.
 */
public interface LogDensity {
    /** log p(x) at the point starting at x[offset]; −∞ only outside the support. */
    double logDensity(double[] x, int offset);
}
