package lab.minimax.gan;

import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.gan.objective.FDivergence;
import lab.minimax.gan.objective.FGanObjective;
import lab.minimax.gan.objective.Objective;
import lab.minimax.nn.Network;

import java.util.random.RandomGenerator;

/**
 * Lesson 2: the saturating and the non-saturating generator loss of an f-GAN as functions of the
 * discriminator's logit V, and the logits of freshly generated samples (drawn as dots on the
 * curves). Per sample, with T = g_f(V):
 *
 * <pre>
 * saturating      ℓ_s(V) = −f*(g_f(V))     (GAN: log(1 − D) = −softplus(V))
 * non-saturating  ℓ_n(V) = −g_f(V)         (GAN: −log D = softplus(−V))
 * </pre>
 *
 * For the GAN the slopes are dℓ_s/dV = −D and dℓ_n/dV = −(1 − D), so their ratio is D/(1 − D):
 * where D(G(z)) ≈ 0 (D wins early) the saturating loss is flat and its gradient vanishes. Every
 * value is computed through {@link FGanObjective#generatorLoss} on one row, so the curves are the
 * losses the trainer uses.
 */
public final class GeneratorLossCurves {
    private GeneratorLossCurves() {
    }

    /**
     * Both losses and their slopes on a grid of logits.
     *
     * @param v              the logits V (n values, ascending)
     * @param saturating     ℓ_s(V)
     * @param nonSaturating  ℓ_n(V)
     * @param dSaturating    dℓ_s/dV
     * @param dNonSaturating dℓ_n/dV
     */
    public record Curves(double[] v, double[] saturating, double[] nonSaturating,
                         double[] dSaturating, double[] dNonSaturating) {
    }

    /**
     * ℓ_s, ℓ_n and their slopes at n ≥ 2 equally spaced logits in [vMin, vMax] for divergence f
     * (the GAN: {@code new GanDivergence()}).
     */
    public static Curves of(FDivergence f, double vMin, double vMax, int n) {
        if (n < 2 || !(vMin < vMax)) {
            throw new IllegalArgumentException("need n >= 2 logits and vMin < vMax (got n " + n + ", ["
                    + vMin + ", " + vMax + "])");
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = vMin + (vMax - vMin) * i / (n - 1);
        }
        double[] ls = new double[n];
        double[] ln = new double[n];
        double[] gs = new double[n];
        double[] gn = new double[n];
        perSample(new FGanObjective(f, GeneratorLoss.SATURATING), v, ls, gs);
        perSample(new FGanObjective(f, GeneratorLoss.NONSATURATING), v, ln, gn);
        return new Curves(v, ls, ln, gs, gn);
    }

    /** Per-sample loss ℓ(Vᵢ) and slope dℓ/dVᵢ of {@code objective}'s generator loss, row by row. */
    public static void perSample(Objective objective, double[] v, double[] loss, double[] slope) {
        double[] one = new double[1];
        double[] g = new double[1];
        for (int i = 0; i < v.length; i++) {
            one[0] = v[i];
            loss[i] = objective.generatorLoss(one, 1, g);
            slope[i] = g[0];
        }
    }

    /**
     * The logits V = D(G(z)) of n fresh generated samples (overwrites both networks' forward
     * caches: call between training steps).
     */
    public static double[] sampleLogits(Network generator, Network discriminator, NoiseDistribution noise,
                                        int n, RandomGenerator rng) {
        double[] x = Generated.sample(generator, noise, n, rng);
        return Generated.critic(discriminator, x, n);
    }

    /** The logits of n fresh samples of a trainer's generator under its discriminator. */
    public static double[] sampleLogits(Trainer t, int n, RandomGenerator rng) {
        return sampleLogits(t.generator(), t.discriminator(), t.noise(), n, rng);
    }
}
