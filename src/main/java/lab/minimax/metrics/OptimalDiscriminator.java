package lab.minimax.metrics;

import lab.minimax.distribution.Target;

/**
 * The optimal Goodfellow discriminator D*(x) = p(x)/(p(x) + q̂(x)) = sigmoid(log p − log q̂) on a
 * grid, with the exact target p and the KDE q̂ (log form: defined even where both densities
 * underflow). NaN where q̂ was left unresolved because both densities are negligible (see
 * {@link Kde#onGrid}) or where p = q̂ = 0.
 */
public final class OptimalDiscriminator {
    private OptimalDiscriminator() {
    }

    /**
     * D* on a grid.
     *
     * @param xs     the grid's x coordinates (n values)
     * @param ys     the grid's y coordinates (n values), null in 1D
     * @param values D* at each grid point (1D: index ix; 2D: iy·n + ix)
     * @param n      number of generated samples behind q̂
     */
    public record DStar(double[] xs, double[] ys, double[] values, int n) {
    }

    /** D* from the exact p and q̂ on the same grid. */
    public static DStar compute(GridDensity p, GridDensity q) {
        if (!p.grid().equals(q.grid())) {
            throw new IllegalArgumentException("p and q̂ must be on the same grid");
        }
        Grid g = p.grid();
        double[] lp = p.logDensity();
        double[] lq = q.logDensity();
        double[] d = new double[lp.length];
        for (int k = 0; k < d.length; k++) {
            d[k] = sigmoidOfDifference(lp[k], lq[k]);
        }
        return new DStar(g.coords(0), g.dim() == 2 ? g.coords(1) : null, d, q.n());
    }

    /** D* for a target and a KDE on a grid (1D: a line of n points over the box; 2D: n×n). */
    public static DStar compute(Target target, Kde q, Grid grid) {
        GridDensity p = GridDensity.exact(target, grid);
        return compute(p, q.onGrid(grid, p));
    }

    /** sigmoid(a − b) = 1/(1 + e^(b − a)), stable; 0 / 1 when one side is −∞, NaN when both are. */
    static double sigmoidOfDifference(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || (a == Double.NEGATIVE_INFINITY && b == Double.NEGATIVE_INFINITY)) {
            return Double.NaN;
        }
        double z = a - b;
        if (z >= 0) {
            return 1 / (1 + StrictMath.exp(-z));
        }
        double e = StrictMath.exp(z);
        return e / (1 + e);
    }
}
