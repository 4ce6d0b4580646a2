package lab.minimax.gan.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.SplittableRandom;
import lab.minimax.experiment.Divergence;
import org.junit.jupiter.api.Test;

/**
 * The one-call heads ({@link FDivergence#g(double, double[], int)} and
 * {@link FDivergence#conjugateOfG(double, double[], int)}, which GAN computes from one
 * exponential) give exactly the separate methods' values, bit for bit, for every f-divergence, on
 * both signs of zero, both tails, NaN and random V; and GAN's against the closed forms
 * log σ(v), σ(−v), softplus(v), σ(v) in high precision.
 */
class FusedHeadTest {
    private static void same(double want, double got, String what) {
        if (Double.isNaN(want)) {
            assertTrue(Double.isNaN(got), what + ": want NaN, got " + got);
        } else {
            assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got), what + ": want " + want + ", got " + got);
        }
    }

    @Test
    void fusedHeadsEqualTheSeparateMethodsForEveryDivergence() {
        SplittableRandom r = new SplittableRandom(21);
        double[] fixed = {0.0, -0.0, 1e-300, -1e-300, 0.5, -0.5, 1, -1, 30, -30, 40, -40, 745, -745, 800, -800, 1e300, -1e300,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        double[] prime = new double[3];
        int checked = 0;
        for (Divergence d : Divergence.values()) {
            Optional<FDivergence> of = Objectives.fDivergence(d);
            if (of.isEmpty()) {
                continue;
            }
            FDivergence f = of.get();
            checked++;
            for (int i = 0; i < fixed.length + 20_000; i++) {
                double v = i < fixed.length ? fixed[i] : r.nextGaussian() * (i % 2 == 0 ? 3 : 60);
                double g = f.g(v, prime, 1);
                same(f.g(v), g, d + " g(" + v + ")");
                same(f.gPrime(v), prime[1], d + " g'(" + v + ")");
                double c = f.conjugateOfG(v, prime, 2);
                same(f.conjugateOfG(v), c, d + " f*(g(" + v + "))");
                same(f.conjugateOfGPrime(v), prime[2], d + " (f*∘g)'(" + v + ")");
            }
        }
        assertTrue(checked >= 2, "f-divergences found: " + checked);
    }

    @Test
    void ganHeadsAreTheirClosedForms() {
        FDivergence gan = Objectives.fDivergence(Divergence.GAN).orElseThrow();
        double[] prime = new double[1];
        for (double v : new double[]{-20, -3, -0.25, 0, 0.25, 3, 20}) {
            // log σ(v) = −log(1 + e^(−v)), σ(−v) = 1/(1 + e^v); softplus(v) = log(1 + e^v), σ(v)
            double g = gan.g(v, prime, 0);
            assertEquals(-Math.log1p(Math.exp(-v)), g, 1e-15 * (1 + Math.abs(g)), "log σ(" + v + ")");
            assertEquals(1 / (1 + Math.exp(v)), prime[0], 1e-15, "σ(−" + v + ")");
            double c = gan.conjugateOfG(v, prime, 0);
            assertEquals(Math.log1p(Math.exp(v)), c, 1e-15 * (1 + Math.abs(c)), "softplus(" + v + ")");
            assertEquals(1 / (1 + Math.exp(-v)), prime[0], 1e-15, "σ(" + v + ")");
        }
    }
}
