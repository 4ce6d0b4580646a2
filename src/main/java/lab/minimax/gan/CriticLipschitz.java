package lab.minimax.gan;

import lab.minimax.metrics.Grid;
import lab.minimax.nn.Network;
import org.ejml.data.FMatrixRMaj;

/**
 * Lesson 5: the critic's measured Lipschitz constant L̂ = max ‖∇ₓV‖₂ (over grid points and
 * samples) and the field ‖∇ₓV(x)‖ drawn as a heatmap (2D) or curve (1D). A critic V estimates
 * W1 only when it is 1-Lipschitz; for any V, V/L is 1-Lipschitz, so by Kantorovich–Rubinstein
 * (E_p V − E_q V)/L ≤ W1(p, q) — the ratio puts a weight-clipped critic (which estimates K·W1
 * with K unknown) on W1's scale. L̂ is a lower bound of the true L (the max over finitely many
 * points), so the ratio can exceed W1 slightly. Each call overwrites the critic's forward cache:
 * use it between training steps.
 */
public final class CriticLipschitz {
    private static final int CHUNK = Generated.CHUNK; // keeps the critic's caches batch-sized

    private CriticLipschitz() {
    }

    /** ‖∇ₓV(xᵢ)‖₂ for the n rows of x (row-major n × critic.inputDim()). */
    public static double[] gradientNorms(Network critic, double[] x, int n) {
        int dx = critic.inputDim();
        double[] norms = new double[n];
        FMatrixRMaj in = new FMatrixRMaj(Math.min(Math.max(n, 1), CHUNK), dx);
        FMatrixRMaj grad = new FMatrixRMaj(1, dx);
        for (int start = 0; start < n; start += CHUNK) {
            int rows = Math.min(CHUNK, n - start);
            in.reshape(rows, dx);
            Floats.copy(x, start * dx, in.data, rows * dx);
            // row i of grad = ∇ₓV(xᵢ)
            critic.inputGradient(in, grad);
            for (int i = 0; i < rows; i++) {
                double s = 0;
                for (int d = 0; d < dx; d++) {
                    double g = grad.data[i * dx + d];
                    s += g * g;
                }
                norms[start + i] = Math.sqrt(s);
            }
        }
        return norms;
    }

    /** The grid's points, row-major (1D: n values; 2D: point k = iy·n + ix is (x_ix, y_iy)). */
    public static double[] points(Grid grid) {
        int n = grid.n();
        if (grid.dim() == 1) {
            return grid.coords(0);
        }
        double[] p = new double[2 * n * n];
        for (int iy = 0; iy < n; iy++) {
            for (int ix = 0; ix < n; ix++) {
                int k = iy * n + ix;
                p[2 * k] = grid.coord(0, ix);
                p[2 * k + 1] = grid.coord(1, iy);
            }
        }
        return p;
    }

    /** ‖∇ₓV‖ at every grid point, in the grid's order (the heatmap). */
    public static double[] onGrid(Network critic, Grid grid) {
        return gradientNorms(critic, points(grid), grid.size());
    }

    /** L̂ = max ‖∇ₓV‖ over the grid points and the n rows of {@code samples} (null or n = 0: grid only). */
    public static double lipschitz(Network critic, Grid grid, double[] samples, int n) {
        double l = max(onGrid(critic, grid));
        if (samples != null && n > 0) {
            l = Math.max(l, max(gradientNorms(critic, samples, n)));
        }
        return l;
    }

    /** The critic's estimate E_p V − E_q V on n real and m generated rows. */
    public static double estimate(Network critic, double[] real, int n, double[] fake, int m) {
        return mean(Generated.critic(critic, real, n)) - mean(Generated.critic(critic, fake, m));
    }

    private static double max(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static double mean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s / a.length;
    }
}
