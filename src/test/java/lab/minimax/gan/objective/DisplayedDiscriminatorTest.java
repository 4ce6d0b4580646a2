package lab.minimax.gan.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.GeneratorLoss;
import org.junit.jupiter.api.Test;

/**
 * What the heatmap draws for an f-GAN: the discriminator's density-ratio estimate
 * r̂ = (f')⁻¹(g_f(V)) read as D̂ = r̂/(1 + r̂). At the optimal critic V* (hand-solved per row in
 * {@link TextbookForms#optimalCritic}, i.e. T* = f'(p/q)) it must be D* = p/(p + q) for every f,
 * so that the heatmap and the D* contours mean the same thing. TV's f' = ½ sign(u − 1) has no
 * inverse: its heatmap is ½(1 + sign V), i.e. 1 where the critic says p &gt; q, 0 where p &lt; q.
 */
class DisplayedDiscriminatorTest {
    private static final double[] RATIOS = ratios();

    /** u = p/q from 1e-8 to 1e8, 4 per decade, and 1. */
    private static double[] ratios() {
        double[] u = new double[66];
        for (int k = 0; k <= 64; k++) {
            u[k] = Math.pow(10, -8 + k * 0.25);
        }
        u[65] = 1.0;
        return u;
    }

    @Test
    void heatmapAtTheOptimalCriticIsDStarForEveryDivergence() {
        for (FDivergence f : TextbookForms.divergences()) {
            Divergence d = f.divergence();
            FGanObjective o = new FGanObjective(f, GeneratorLoss.NONSATURATING);
            for (double u : RATIOS) {
                double vStar = TextbookForms.optimalCritic(d, u);
                double dStar = u / (1 + u);
                double expected = d == Divergence.TV ? (u > 1 ? 1 : u < 1 ? 0 : 0.5) : dStar;
                assertEquals(expected, o.display(vStar), 1e-12, d.id() + " at p/q = " + u + ", V* = " + vStar);
            }
        }
    }

    @Test
    void heatmapIsAProbabilityNonDecreasingInV() {
        for (FDivergence f : TextbookForms.divergences()) {
            FGanObjective o = new FGanObjective(f, GeneratorLoss.NONSATURATING);
            double prev = o.display(Double.NEGATIVE_INFINITY);
            // the clamped heads bottom out at D̂ = σ(−20) ≈ 2e-9 (Neyman: q/p ≤ e^20 representable)
            assertEquals(0.0, prev, 3e-9, f.divergence().id() + " at V = −∞");
            for (double v = -1000; v <= 1000; v += 0.25) {
                double dv = o.display(v);
                assertTrue(dv >= 0 && dv <= 1 && dv >= prev, f.divergence().id() + " D̂(" + v + ") = " + dv);
                prev = dv;
            }
            assertEquals(1.0, o.display(Double.POSITIVE_INFINITY), 1e-15, f.divergence().id() + " at V = +∞");
            assertTrue(Double.isNaN(o.display(Double.NaN)), f.divergence().id() + " at NaN");
        }
    }

    @Test
    void pearsonsRatioIsClippedAtZero() {
        FGanObjective o = new FGanObjective(new Pearson(), GeneratorLoss.NONSATURATING);
        // r̂ = 1 + V/2 ≤ 0 for V ≤ −2
        assertEquals(0.0, o.display(-2.0));
        assertEquals(0.0, o.display(-50.0));
        assertEquals(1.0 / 3.0, o.display(-1.0), 1e-15); // r̂ = ½
    }
}
