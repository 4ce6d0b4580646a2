package lab.minimax.metrics;

import lab.minimax.distribution.Modes;
import lab.minimax.distribution.Target;

/**
 * The one bandwidth h per target of the smoothed divergences ({@link SmoothedDivergences}):
 * p_h = p ⊛ N(0, h² I) and q̂_h, the KDE of the generated samples with the same h. h is chosen
 * at the scale of the target's structure, not of its modes' σ, so that p_h and q_h overlap where
 * the generator has found a part of the target and the divergence falls as more parts are found:
 * <table>
 * <caption>h per target</caption>
 * <tr><th>target</th><th>h</th><th>default</th></tr>
 * <tr><td>with K ≥ 2 modes (ring8, grid25, two-gaussians, disjoint, 1D mixture)</td>
 * <td>d_min/4, d_min the smallest distance between two mode centres</td>
 * <td>ring8 0.383, grid25 0.5, two-gaussians 1, disjoint 1.46, mixture 0.5</td></tr>
 * <tr><td>one mode (1D gaussian)</td><td>σ/2</td><td>0.5</td></tr>
 * <tr><td>2D without modes (moons, swissroll, spiral, line, points)</td>
 * <td>max(0.2, 2·σ_local): about a quarter of the gap between the arms of the spiral and the
 * swiss roll (0.83)</td><td>0.2</td></tr>
 * <tr><td>1D uniform, exponential, Laplace</td><td>s/4, s = IQR/1.349 ({@link Bandwidth#modeScale})</td>
 * <td>uniform U[−1,1] 0.371, Exp(1) 0.204, Laplace(0,1) 0.257</td></tr>
 * </table>
 */
public final class SmoothingBandwidth {
    /** The smallest h of a 2D target without modes. */
    static final double MIN_2D = 0.2;

    private SmoothingBandwidth() {
    }

    /** h for target t (see the class comment). */
    public static double of(Target t) {
        if (t.modes().isPresent()) {
            Modes m = t.modes().get();
            if (m.count() == 1) {
                return m.sd()[0] / 2;
            }
            return minDistance(m) / 4;
        }
        if (t.dim() == 2) {
            double local = t instanceof Target.LocalScale ls ? ls.localSd() : 0;
            return Math.max(MIN_2D, 2 * local);
        }
        return Bandwidth.modeScale(t) / 4;
    }

    /** The smallest distance between two mode centres. */
    static double minDistance(Modes m) {
        double best = Double.POSITIVE_INFINITY;
        for (int a = 0; a < m.count(); a++) {
            for (int b = a + 1; b < m.count(); b++) {
                double s = 0;
                for (int d = 0; d < m.dim(); d++) {
                    double t = m.center(a, d) - m.center(b, d);
                    s += t * t;
                }
                best = Math.min(best, Math.sqrt(s));
            }
        }
        return best;
    }
}
