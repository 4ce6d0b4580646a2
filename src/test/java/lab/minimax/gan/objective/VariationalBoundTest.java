package lab.minimax.gan.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import lab.minimax.experiment.GeneratorLoss;
import org.junit.jupiter.api.Test;

/**
 * The variational bound on p = N(0, 1), q = N(1, 1.2²) (Neyman χ²: the swapped pair), by
 * composite Simpson quadrature on [−20, 20] with 40,000 intervals:
 * D_f = ∫ q f(p/q) reproduces the reference values and the closed forms; the analytic
 * optimal critic V* = g_f⁻¹(f'(p/q)) put through the objective's bound gives F = D_f; any other
 * critic gives F ≤ D_f (Fenchel–Young).
 */
class VariationalBoundTest {
    private static Objective objective(FDivergence f) {
        return new FGanObjective(f, GeneratorLoss.SATURATING);
    }

    /** V*(x) = g_f⁻¹(f'(p(x)/q(x))); for TV ±30 with the sign of p − q (T* = ±½ only at ±∞). */
    private static DoubleUnaryOperator optimalCritic(FDivergence f, GaussianPair pair) {
        if (f instanceof TotalVariation) {
            return x -> 30 * Math.signum(pair.p(x) - pair.q(x));
        }
        return x -> f.optimalCritic(pair.ratio(x));
    }

    @Test
    void quadratureOfTheDivergenceReproducesReferencesAndClosedForms() {
        GaussianPair s = GaussianPair.STANDARD;
        for (FDivergence f : TextbookForms.divergences()) {
            double df = GaussianPair.forDivergence(f).divergence(f);
            double ref = TextbookForms.reference(f.divergence());
            System.out.printf("D_f     %-10s quadrature %.10f reference %.4f%n", f.divergence().id(), df, ref);
            assertEquals(ref, df, 0.5e-4 + 1e-12, f.divergence().id() + " reference value (4 decimals)");
        }
        assertEquals(GaussianClosedForms.kl(0, 1, 1, 1.2), s.divergence(new Kl()), 1e-10, "KL closed form");
        assertEquals(GaussianClosedForms.kl(1, 1.2, 0, 1), s.divergence(new ReverseKl()), 1e-10, "reverse KL closed form");
        assertEquals(GaussianClosedForms.pearson(s), s.divergence(new Pearson()), 1e-10, "Pearson closed form");
        assertEquals(GaussianClosedForms.pearson(s), GaussianPair.SWAPPED.divergence(new Neyman()), 1e-10,
                "Neyman on the swapped pair = Pearson on the pair");
        assertEquals(GaussianClosedForms.hellinger(s), s.divergence(new Hellinger()), 1e-10, "Hellinger closed form");
        // the TV integrand has kinks where p = q, so Simpson converges only as h² there
        assertEquals(GaussianClosedForms.totalVariation(s), s.divergence(new TotalVariation()), 1e-6, "TV");
        double jsd = GaussianClosedForms.jensenShannon(s);
        assertEquals(2 * jsd, s.divergence(new JensenShannon()), 1e-10, "f-GAN JS = 2·JSD");
        assertEquals(2 * jsd - Math.log(4), s.divergence(new GanDivergence()), 1e-10, "GAN = 2·JSD − log 4");
    }

    @Test
    void optimalCriticThroughTheObjectiveBoundGivesTheDivergence() {
        for (FDivergence f : TextbookForms.divergences()) {
            GaussianPair pair = GaussianPair.forDivergence(f);
            double df = pair.divergence(f);
            double bound = BoundIntegral.of(objective(f), pair, optimalCritic(f, pair));
            double tol = f instanceof TotalVariation ? 1e-4 : 1e-6;
            System.out.printf("F(V*)   %-10s %.10f  D_f %.10f  |diff| %.1e%n", f.divergence().id(), bound, df,
                    Math.abs(bound - df));
            assertEquals(df, bound, tol, f.divergence().id() + ": F at V* vs D_f");
            assertEquals(TextbookForms.reference(f.divergence()), bound, 0.5e-4 + tol, f.divergence().id() + " F vs reference");
        }
        GaussianPair s = GaussianPair.STANDARD;
        double gan = BoundIntegral.of(objective(new GanDivergence()), s, optimalCritic(new GanDivergence(), s));
        double js = BoundIntegral.of(objective(new JensenShannon()), s, optimalCritic(new JensenShannon(), s));
        assertEquals(Math.log(4), js - gan, 1e-9, "js bound − gan bound = log 4");
        assertEquals(2 * GaussianClosedForms.jensenShannon(s) - Math.log(4), gan, 1e-6, "gan bound = 2·JSD − log 4");
    }

    @Test
    void noCriticBeatsTheDivergence() {
        SplittableRandom rng = new SplittableRandom(31);
        for (FDivergence f : TextbookForms.divergences()) {
            GaussianPair pair = GaussianPair.forDivergence(f);
            double df = pair.divergence(f);
            Objective obj = objective(f);
            DoubleUnaryOperator vStar = optimalCritic(f, pair);
            double worstGap = Double.POSITIVE_INFINITY;
            for (int trial = 0; trial < 24; trial++) {
                double a = rng.nextDouble(-1, 1);
                double b = rng.nextDouble(-1, 1);
                double w = rng.nextDouble(0.2, 3);
                double phase = rng.nextDouble(0, 2 * Math.PI);
                DoubleUnaryOperator critic;
                if (trial < 16) {
                    // V* plus a smooth perturbation of size ε ∈ {1e-3, 1e-2, 0.1, 1}
                    double eps = Math.pow(10, -3 + trial % 4);
                    critic = x -> vStar.applyAsDouble(x) + eps * (a + b * Math.sin(w * x + phase));
                } else {
                    // an unrelated quadratic critic
                    double c = rng.nextDouble(-0.2, 0.2);
                    double a3 = 3 * a;
                    critic = x -> a3 + b * x + c * x * x;
                }
                double bound = BoundIntegral.of(obj, pair, critic);
                assertTrue(bound <= df + 1e-9, f.divergence().id() + ": F = " + bound + " exceeds D_f = " + df
                        + " (trial " + trial + ")");
                worstGap = Math.min(worstGap, df - bound);
            }
            System.out.printf("F<=D_f  %-10s smallest gap D_f − F %.2e%n", f.divergence().id(), worstGap);
        }
    }

    @Test
    void hingeBoundAtItsOptimalDiscriminatorIsTwiceTotalVariation() {
        GaussianPair s = GaussianPair.STANDARD;
        double bound = BoundIntegral.of(new Hinge(), s, x -> Math.signum(s.p(x) - s.q(x)));
        assertEquals(2 * GaussianClosedForms.totalVariation(s), bound, 1e-6);
    }
}
