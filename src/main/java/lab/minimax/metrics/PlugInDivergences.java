package lab.minimax.metrics;

import lab.minimax.distribution.Target;

/**
 * Plug-in divergences between the exact target density p and the generator's KDE q̂, by the
 * midpoint rule on a {@link Grid} (1D: a fine line of points; 2D: an n×n grid) over a box:
 * D ≈ Σ_k (integrand at x_k)·ΔV. Nothing is renormalised: mass of q̂ outside the box (or a
 * truncated box) is simply missing, so choose a box that holds both p and the generated samples,
 * and a step at or below the bandwidth (see {@link Grid}). Logs come from {@link GridDensity},
 * so ratios stay finite where the densities underflow; points whose q̂ was left unresolved
 * (log NaN: both densities negligible, p·ΔV &lt; 1e-18) are skipped.
 * <ul>
 * <li>JS(p, q̂) = ½ KL(p ‖ m) + ½ KL(q̂ ‖ m), m = (p + q̂)/2, in nats (≤ log 2) and bits (≤ 1);
 * the f-GAN "JS" row estimates 2·JS.</li>
 * <li>KL(p ‖ q̂) = Σ p (log p − log q̂) ΔV.</li>
 * <li>reverse KL(q̂ ‖ p) = Σ q̂ (log q̂ − log p) ΔV: +∞ when q̂ has mass where p = 0 (always the
 * case for the bounded uniform and exponential targets: the Gaussian kernels leak past the edge).</li>
 * </ul>
 * The KDE's bias (q̂ estimates q smoothed by N(0, h²)) dominates the error for large samples; see
 * the tests for figures.
 */
public final class PlugInDivergences {
    private PlugInDivergences() {
    }

    /**
     * @param js         Jensen–Shannon divergence in nats
     * @param jsBits     the same in bits (js / log 2)
     * @param kl         KL(p ‖ q̂) in nats
     * @param reverseKl  KL(q̂ ‖ p) in nats
     * @param n          number of generated samples behind q̂
     * @param gridPoints number of grid points integrated over
     */
    public record Divergences(double js, double jsBits, double kl, double reverseKl, int n, int gridPoints) {
    }

    /** JS, KL and reverse KL of the exact p and the KDE q̂, both on the same grid. */
    public static Divergences compute(GridDensity p, GridDensity q) {
        check(p, q);
        double[] pv = p.density();
        double[] qv = q.density();
        double[] lp = p.logDensity();
        double[] lq = q.logDensity();
        double js = 0;
        double kl = 0;
        double rkl = 0;
        for (int k = 0; k < pv.length; k++) {
            if (Double.isNaN(lq[k])) {
                continue;
            }
            double a = pv[k];
            double b = qv[k];
            // JS integrand p log(2p/(p+q)) + q log(2q/(p+q)) in logs: log m = log((p+q)/2)
            double logM = logMean(lp[k], lq[k]);
            if (a > 0) {
                js += a * (lp[k] - logM);
                kl += a * (lp[k] - lq[k]);
            }
            if (b > 0) {
                js += b * (lq[k] - logM);
                rkl += b * (lq[k] - lp[k]);
            }
        }
        double vol = p.grid().cellVolume();
        js *= 0.5 * vol;
        return new Divergences(js, js / StrictMath.log(2), kl * vol, rkl * vol, q.n(), pv.length);
    }

    /** log((e^a + e^b)/2) without overflow or underflow. */
    static double logMean(double a, double b) {
        double hi = Math.max(a, b);
        if (hi == Double.NEGATIVE_INFINITY) {
            return hi;
        }
        return hi + StrictMath.log1p(StrictMath.exp(Math.min(a, b) - hi)) - StrictMath.log(2);
    }

    /** {@link #compute(GridDensity, GridDensity)} for a target, a KDE and a grid. */
    public static Divergences compute(Target target, Kde q, Grid grid) {
        GridDensity p = GridDensity.exact(target, grid);
        return compute(p, q.onGrid(grid, p));
    }

    /**
     * The plug-in value of D_f(p ‖ q̂) = ∫ q̂ f(p/q̂) = E_q̂[f(p/q̂)] for a convex f with f(1) = 0
     * (so f(u) = u log u gives KL(p ‖ q̂) and f(u) = −log u gives KL(q̂ ‖ p), as in the f-GAN table),
     * summed from the grid's logs only: each point adds the perspective q̂·f(p/q̂) of f read from
     * log p and log q̂ ({@link Perspective}), so a point where p or q̂ underflows (log finite,
     * value 0) adds its true, finite term, not q̂·f(0). The result is +∞ only when the value is
     * beyond the double range, e.g. Pearson χ² = ∫ p²/q̂ − 1 over a region the generated samples
     * never reach, or Neyman χ² = ∫ q̂²/p − 1 where they sit far out in p's tails; restrict the
     * box to where both are to see a finite value. Points where both are exactly 0 add nothing.
     */
    public static Estimate fDivergence(GridDensity p, GridDensity q, Perspective f) {
        check(p, q);
        double[] lp = p.logDensity();
        double[] lq = q.logDensity();
        double sum = 0;
        for (int k = 0; k < lp.length; k++) {
            if (Double.isNaN(lq[k]) || (lp[k] == Double.NEGATIVE_INFINITY && lq[k] == Double.NEGATIVE_INFINITY)) {
                continue;
            }
            sum += f.at(lp[k], lq[k]);
        }
        return Estimate.exact(sum * p.grid().cellVolume(), q.n());
    }

    /** {@link #fDivergence(GridDensity, GridDensity, Perspective)} for a target, a KDE and a grid. */
    public static Estimate fDivergence(Target target, Kde q, Grid grid, Perspective f) {
        GridDensity p = GridDensity.exact(target, grid);
        return fDivergence(p, q.onGrid(grid, p), f);
    }

    private static void check(GridDensity p, GridDensity q) {
        if (!p.grid().equals(q.grid())) {
            throw new IllegalArgumentException("p and q̂ must be on the same grid");
        }
    }
}
