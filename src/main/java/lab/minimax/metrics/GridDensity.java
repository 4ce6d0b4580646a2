package lab.minimax.metrics;

import lab.minimax.distribution.Target;
import lab.minimax.distribution.Targets;

/**
 * A density evaluated on a {@link Grid}: values and their logs (the logs stay finite where the
 * values underflow). A log of NaN marks a point where the value was not resolved because it is
 * negligible for every integral (see {@link Kde#onGrid}); integrals skip such points.
 *
 * @param grid       the grid
 * @param density    density at each grid point
 * @param logDensity log density at each grid point (−∞ outside the support, NaN = not resolved)
 * @param n          number of samples behind it (0 for the exact target density)
 */
public record GridDensity(Grid grid, double[] density, double[] logDensity, int n) {
    /** The exact target density on the grid (log via the target's log density where p underflows). */
    public static GridDensity exact(Target t, Grid g) {
        if (t.dim() != g.dim()) {
            throw new IllegalArgumentException("grid dimension " + g.dim() + " ≠ target dimension " + t.dim());
        }
        int size = g.size();
        double[] v = new double[size];
        double[] l = new double[size];
        double[] pt = new double[g.dim()];
        for (int k = 0; k < size; k++) {
            g.point(k, pt, 0);
            v[k] = t.density(pt, 0);
            l[k] = v[k] > 1e-280 ? StrictMath.log(v[k]) : Targets.logDensity(t, pt, 0);
        }
        return new GridDensity(g, v, l, 0);
    }

    /** Σ density·cellVolume: the mass on the grid. */
    public double mass() {
        double s = 0;
        for (double v : density) {
            s += v;
        }
        return s * grid.cellVolume();
    }
}
