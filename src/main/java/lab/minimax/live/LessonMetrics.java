package lab.minimax.live;

import lab.minimax.gan.CriticLipschitz;
import lab.minimax.metrics.Grid;
import lab.minimax.metrics.KnnEntropy;
import lab.minimax.nn.Mlp;
import lab.minimax.gan.Trainer;

/**
 * The lessons' own numbers, computed in the heavy (about once a second) metrics pass:
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

    /**
     * @param lipschitz     L̂ = max ‖∇ₓV‖ over the grid and the samples
     * @param estimate      E_p V − E_q V on the samples
     * @param estimateOverL estimate / L̂ (NaN when L̂ = 0)
     * @param gradNorms     ‖∇ₓV‖ at every grid point, in the grid's order
     * @param entropy       Ĥ(q) of the generated samples
     */
    record Result(double lipschitz, double estimate, double estimateOverL, double[] gradNorms, double entropy) {
    }

    /** The last ‖∇ₓV‖ grid of a run, at generator step {@code step}. */
    public record Field(Grid grid, double[] norms, long step) {
    }

    private LessonMetrics() {
    }

    /** The game value at the optimal discriminator: −log 4 + 2·JSD (JSD in nats). */
    public static double gameReference(double js) {
        return -Math.log(4) + 2 * js;
    }

    /**
     * @param critic the discriminator / critic V (its raw output, the logit for a GAN)
     * @param grid   where ‖∇ₓV‖ is drawn (and L̂ is measured)
     * @param real   n real rows (row-major n × d)
     * @param fake   m generated rows
     */
    static Result compute(Mlp critic, Grid grid, double[] real, int n, double[] fake, int m) {
        int d = critic.inputDim();
        double[] norms = CriticLipschitz.onGrid(critic, grid);
        double[] both = new double[(n + m) * d];
        System.arraycopy(real, 0, both, 0, n * d);
        System.arraycopy(fake, 0, both, n * d, m * d);
        double l = Math.max(max(norms), max(CriticLipschitz.gradientNorms(critic, both, n + m)));
        double est = CriticLipschitz.estimate(critic, real, n, fake, m);
        double h = m > ENTROPY_K && allFinite(fake) ? KnnEntropy.estimate(fake, m, d, ENTROPY_K) : Double.NaN;
        return new Result(l, est, l > 0 ? est / l : Double.NaN, norms, h);
    }

    private static double max(double[] a) {
        double x = 0;
        for (double v : a) {
            x = Math.max(x, v);
        }
        return x;
    }

    private static boolean allFinite(double[] a) {
        for (double v : a) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
