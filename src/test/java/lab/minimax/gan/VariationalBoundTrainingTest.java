package lab.minimax.gan;

import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.ObjectiveSpec;
import lab.minimax.gan.objective.FDivergence;
import lab.minimax.gan.objective.Objective;
import lab.minimax.gan.objective.Objectives;
import lab.minimax.gan.objective.TextbookForms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After training the critic alone, the variational bound integrated on the exact densities,
 * F = ∫ p g_f(V) − ∫ q f*(g_f(V)), satisfies 0.97 D_f ≤ F ≤ D_f (js and gan: D_f − 0.01 ≤ F); the
 * upper bound is Fenchel–Young, so exceeding it would be a bug. p = N(0, 1), q = N(1, 1.2²)
 * (Neyman on the swapped pair, whose estimator variance is finite). D_f by quadrature is checked
 * against the reference values of the issue.
 */
class VariationalBoundTrainingTest {
    private static final double A = -14;
    private static final double B = 15;
    private static final double[] XS = FrozenGeneratorGame.grid(A, B, 20_000);

    @ParameterizedTest
    @EnumSource(value = Divergence.class, names = {"GAN", "KL", "REVERSE_KL", "PEARSON", "NEYMAN", "HELLINGER", "JS", "TV"})
    void trainedCriticBoundIsTightAndNeverAboveTheDivergence(Divergence div) {
        FDivergence f = Objectives.fDivergence(div).orElseThrow();
        boolean swapped = div == Divergence.NEYMAN;
        double reference = TextbookForms.reference(div);
        Objective objective = Objectives.create(new ObjectiveSpec(div, GeneratorLoss.NONSATURATING, 0.01, 0.1, 0, 1, 1));
        FrozenGeneratorGame game = swapped
                ? new FrozenGeneratorGame(1, 1.2, 0, 1, objective, 3)
                : new FrozenGeneratorGame(0, 1, 1, 1.2, objective, 3);

        // D_f = ∫ q f(p/q) by quadrature, against the 4-digit reference
        double[] integrand = new double[XS.length];
        for (int i = 0; i < XS.length; i++) {
            double p = game.p(XS[i]);
            double q = game.q(XS[i]);
            integrand[i] = q > 0 ? q * f.f(p / q) : 0;
        }
        double dF = FrozenGeneratorGame.simpson(integrand, A, B);
        assertEquals(reference, dF, 5e-5, div.id() + " quadrature of D_f");

        game.trainD(4000, 3e-3);
        double[] v = game.criticAt(XS);
        double[] ePg = new double[XS.length];
        double[] eQfStar = new double[XS.length];
        for (int i = 0; i < XS.length; i++) {
            ePg[i] = game.p(XS[i]) * f.g(v[i]);
            eQfStar[i] = game.q(XS[i]) * f.conjugateOfG(v[i]);
        }
        double bound = FrozenGeneratorGame.simpson(ePg, A, B) - FrozenGeneratorGame.simpson(eQfStar, A, B);
        System.out.printf("%s: F = %.5f, D_f = %.5f, F/D_f = %.4f%n", div.id(), bound, dF, bound / dF);
        assertTrue(bound <= dF + 1e-6, div.id() + ": F = " + bound + " exceeds D_f = " + dF);
        if (div == Divergence.JS || div == Divergence.GAN) {
            assertTrue(bound >= dF - 0.01, div.id() + ": F = " + bound + " < D_f − 0.01 = " + (dF - 0.01));
        } else {
            assertTrue(bound >= 0.97 * dF, div.id() + ": F = " + bound + " < 0.97 D_f = " + 0.97 * dF);
        }
    }
}
