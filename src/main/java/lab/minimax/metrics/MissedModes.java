package lab.minimax.metrics;

import lab.minimax.distribution.Modes;

/**
 * When a divergence is +∞ in truth, and the reason the page shows next to its ∞ marker.
 * <p>
 * KL(p ‖ q) = ∫ p log(p/q) is +∞ as soon as q has no mass on a set where p has some. Rule: a
 * mode k of p (weight &gt; 0) whose ball of radius {@link #BALL_SD}·σ_k around its centre holds
 * none of the n generated samples is taken as a region without generated mass, so KL(p ‖ q) is
 * reported as +∞ (not the plug-in value, which only measures the KDE's Gaussian tails there and
 * reads 10⁴–10⁵). Soundness: if q gave the ball a mass of at least 3/n, an empty ball would have
 * probability (1 − 3/n)ⁿ ≤ e⁻³ ≈ 5 %; the rule is the "rule of three" read as "no mass".
 * Targets without modes (curves, points, the 1D unimodal ones) have no such rule: their KL stays
 * the plug-in value.
 * <p>
 * KL(q ‖ p) is +∞ where q has mass where p = 0 (uniform, exponential): the plug-in value is
 * already +∞ there, and {@link #REVERSE_KL_INFINITE} says why.
 * <p>
 * The smoothed divergences ({@link SmoothedDivergences}) are always finite: p_h and q̂_h are
 * positive everywhere.
 */
public final class MissedModes {
    /** The ball's radius in units of the mode's σ (ModeCoverage's high-quality radius). */
    public static final double BALL_SD = 3;
    /** Why KL(p ‖ q) is +∞ (for the chart's ∞ marker). */
    public static final String KL_INFINITE =
            "KL(p‖q) = +∞: a mode of p has no generated sample within 3σ of its centre, so q has no mass where p has";
    /** Why KL(q ‖ p) is +∞ (for the chart's ∞ marker). */
    public static final String REVERSE_KL_INFINITE =
            "KL(q‖p) = +∞: the generator puts mass where p = 0 (outside the target's support)";

    private MissedModes() {
    }

    /** The first mode (weight &gt; 0) with no sample of x (n rows) within BALL_SD·σ_k of its centre, or −1. */
    public static int firstMissed(Modes m, double[] x, int n) {
        int dim = m.dim();
        for (int k = 0; k < m.count(); k++) {
            if (!(m.weights()[k] > 0)) {
                continue;
            }
            double r = BALL_SD * m.sd()[k];
            double r2 = r * r;
            boolean hit = false;
            for (int i = 0; i < n && !hit; i++) {
                double s = 0;
                for (int d = 0; d < dim; d++) {
                    double t = x[i * dim + d] - m.center(k, d);
                    s += t * t;
                }
                hit = s <= r2;
            }
            if (!hit) {
                return k;
            }
        }
        return -1;
    }

    /** The reason shown for an infinite value of the metric named {@code csvName}, or "" if it is never infinite. */
    public static String reason(String csvName) {
        return switch (csvName) {
            case "kl" -> KL_INFINITE;
            case "reverseKl" -> REVERSE_KL_INFINITE;
            default -> "";
        };
    }
}
