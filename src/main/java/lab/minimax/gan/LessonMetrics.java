package lab.minimax.gan;

import lab.minimax.metrics.Grid;
import lab.minimax.metrics.KnnEntropy;
import lab.minimax.nn.Network;

/**
 * The lessons' own numbers, computed in the heavy metrics pass ({@link Metric}'s lesson metrics):
 * <pre>
 *   lesson 1   reference of the game value      −log 4 + 2·JSD(p, q̂)        (the value at D = D*)
 *   lesson 5   L̂ = max ‖∇ₓV‖ over a grid and the samples,  (E_p V − E_q V) / L̂  ≤ W1(p, q)
 *   lesson 7   Ĥ(q), the Kozachenko–Leonenko k-NN entropy of the generated samples
 * </pre>
 * Reads the critic through its forward cache: call between training steps.
 */
public final class LessonMetrics {
    /** k of the entropy estimate (the trainer's regulariser uses the same). */
    static final int ENTROPY_K = Trainer.ENTROPY_K;
    /** Cells per axis of the ‖∇ₓV‖ grid of a 2D target (the lab's heatmap). */
    static final int GRID_2D = 48;
    /** Points of the ‖∇ₓV‖ grid of a 1D target (the lab's curves). */
    static final int GRID_1D = 201;

    /**
     * @param grid          where ‖∇ₓV‖ was measured
     * @param lipschitz     L̂ = max ‖∇ₓV‖ over the grid and the samples
     * @param estimate      E_p V − E_q V on the samples
     * @param estimateOverL estimate / L̂ (NaN when L̂ = 0)
     * @param gradNorms     ‖∇ₓV‖ at every grid point, in the grid's order
     * @param entropy       Ĥ(q) of the generated samples
     */
    public record Result(Grid grid, double lipschitz, double estimate, double estimateOverL, double[] gradNorms,
                         double entropy) {
    }

    /** The last ‖∇ₓV‖ grid of a run, at generator step {@code step}. */
    public record Field(Grid grid, double[] norms, long step) {
    }

    private LessonMetrics() {
    }

    /** The game value at the optimal discriminator: −log 4 + 2·JSD (JSD in nats). */
    public static double gameReference(double js) {
        return -StrictMath.log(4) + 2 * js;
    }

    /**
     * The numbers of {@code t}'s critic on n real and m generated rows (row-major, the target's
     * dimension), ‖∇ₓV‖ on a grid over the target's box ({@link #GRID_2D} or {@link #GRID_1D} cells
     * per axis).
     */
    public static Result of(Trainer t, double[] real, int n, double[] fake, int m) {
        int d = t.target().dim();
        Grid g = new Grid(t.target().box(), d == 2 ? GRID_2D : GRID_1D);
        return compute(t.discriminator(), g, real, n, fake, m);
    }

    /**
     * @param critic the discriminator / critic V (its raw output, the logit for a GAN)
     * @param grid   where ‖∇ₓV‖ is drawn (and L̂ is measured)
     * @param real   n real rows (row-major n × d)
     * @param fake   m generated rows
     */
    static Result compute(Network critic, Grid grid, double[] real, int n, double[] fake, int m) {
        int d = critic.inputDim();
        double[] norms = CriticLipschitz.onGrid(critic, grid);
        double[] both = new double[(n + m) * d];
        System.arraycopy(real, 0, both, 0, n * d);
        System.arraycopy(fake, 0, both, n * d, m * d);
        double l = Math.max(max(norms), max(CriticLipschitz.gradientNorms(critic, both, n + m)));
        double est = CriticLipschitz.estimate(critic, real, n, fake, m);
        double h = m > ENTROPY_K && Floats.allFinite(fake, m * d) ? KnnEntropy.estimate(fake, m, d, ENTROPY_K) : Double.NaN;
        return new Result(grid, l, est, l > 0 ? est / l : Double.NaN, norms, h);
    }

    private static double max(double[] a) {
        double x = 0;
        for (double v : a) {
            x = Math.max(x, v);
        }
        return x;
    }
}
