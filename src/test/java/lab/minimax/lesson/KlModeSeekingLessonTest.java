package lab.minimax.lesson;

import lab.minimax.experiment.Divergence;
import lab.minimax.gan.objective.FDivergence;
import lab.minimax.gan.objective.Objectives;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 3, the claim behind the side-by-side view: on the two-mode target of the presets
 * mixture-1d-kl / mixture-1d-reverse-kl (p = ½N(−2, ½²) + ½N(2, ½²)), the best Gaussian
 * q = N(μ, σ²) under the engine's KL generator divergence D_f(p‖q) = ∫ q f(p/q) covers both
 * modes (moment matching: μ = 0, σ² = 4.25), while under reverse KL it sits on one mode
 * (μ ≈ ±2, σ ≈ ½). Grid search over (μ, σ), divergences by quadrature with the f of
 * {@link Objectives#fDivergence}. (That the f-GAN bound stays below the plug-in value is
 * asserted by VariationalBoundTest; that the lesson's own runs show the same contrast, by
 * KlCoverageRunTest.)
 */
class KlModeSeekingLessonTest {
    private static final double LO = -7.5;
    private static final double HI = 7.5;
    private static final int M = 1500;

    private static double p(double x) {
        return 0.5 * LessonRuns.normal(x, -2, 0.5) + 0.5 * LessonRuns.normal(x, 2, 0.5);
    }

    /** ∫ q f(p/q) dx, trapezoid rule over [−7.5, 7.5] (neither density underflows there for σ ≥ 0.3). */
    private static double divergence(FDivergence f, double mu, double sd) {
        double h = (HI - LO) / M;
        double s = 0;
        for (int i = 0; i <= M; i++) {
            double x = LO + h * i;
            double q = LessonRuns.normal(x, mu, sd);
            double px = p(x);
            double term = q * f.f(px / q);
            s += (i == 0 || i == M) ? term / 2 : term;
        }
        return s * h;
    }

    /** {μ, σ} minimising D_f(p‖N(μ, σ²)) on a grid μ ∈ [−3, 3] (step 0.05), σ ∈ [0.3, 3] (step 0.02). */
    private static double[] best(Divergence d) {
        FDivergence f = Objectives.fDivergence(d).orElseThrow();
        double bestValue = Double.POSITIVE_INFINITY;
        double[] arg = null;
        for (int i = 0; i <= 120; i++) {
            double mu = -3 + 0.05 * i;
            for (int j = 0; j <= 135; j++) {
                double sd = 0.3 + 0.02 * j;
                double v = divergence(f, mu, sd);
                if (v < bestValue) {
                    bestValue = v;
                    arg = new double[] {mu, sd, v};
                }
            }
        }
        return arg;
    }

    @Test
    void forwardKlCoversBothModesReverseKlSeeksOne() {
        double[] kl = best(Divergence.KL);
        double[] rev = best(Divergence.REVERSE_KL);
        assertTrue(Double.isFinite(kl[2]) && Double.isFinite(rev[2]));
        System.out.printf("lesson 3: argmin KL(p‖q) μ = %.2f σ = %.2f (KL %.4f); argmin KL(q‖p) μ = %.2f σ = %.2f (%.4f)%n",
                kl[0], kl[1], kl[2], rev[0], rev[1], rev[2]);
        // forward KL: moment matching, E_p x = 0, Var_p x = 4 + 0.25
        assertEquals(0, kl[0], 0.051);
        assertEquals(Math.sqrt(4.25), kl[1], 0.03);
        // reverse KL: one mode
        assertEquals(2, Math.abs(rev[0]), 0.1);
        assertEquals(0.5, rev[1], 0.05);
        // q = one component exactly: KL(q‖p) = E_q log(q / (½q + ½·other)) ≈ log 2
        assertEquals(Math.log(2), rev[2], 1e-3);
        // mass of q within ±1 sd of the less-covered mode
        double klMinor = Math.min(mass(kl, -2), mass(kl, 2));
        double revMinor = Math.min(mass(rev, -2), mass(rev, 2));
        assertTrue(klMinor > 0.1 && revMinor < 1e-6, "minor-mode mass: KL " + klMinor + ", reverse KL " + revMinor);
    }

    /** q's mass in [c − ½, c + ½]. */
    private static double mass(double[] q, double c) {
        return LessonRuns.phi((c + 0.5 - q[0]) / q[1]) - LessonRuns.phi((c - 0.5 - q[0]) / q[1]);
    }
}
