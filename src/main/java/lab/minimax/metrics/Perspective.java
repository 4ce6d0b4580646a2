package lab.minimax.metrics;

/**
 * The integrand of an f-divergence D_f(p ‖ q) = ∫ q f(p/q): the perspective q·f(p/q) of a convex
 * generator f, read from log p and log q. Written in the log ratio s = log p − log q, it stays
 * finite (and accurate) where p, q or p/q underflow or overflow, unless the value itself lies
 * beyond the double range.
 */
@FunctionalInterface
public interface Perspective {
    /**
     * q·f(p/q) from {@code logP} and {@code logQ}; either may be −∞ (but not both): then it is
     * q·f(0⁺) where p = 0 and p·lim_{u→∞} f(u)/u where q = 0.
     */
    double at(double logP, double logQ);
}
