package lab.minimax.gan.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import lab.minimax.experiment.Divergence;
import lab.minimax.nn.FiniteDiff;
import org.junit.jupiter.api.Test;

/**
 * The calculus of each f-divergence: derivatives against finite differences, f' and the optimal
 * critic V* = g_f⁻¹(f'(u)) against hand-solved closed forms, the first-order condition and
 * Fenchel–Young equality at V*, the inequality u·g_f(v) − f*(g_f(v)) ≤ f(u) everywhere, and the
 * inverse activation.
 */
class FDivergenceCalculusTest {
    private static final double DELTA = 1e-3;

    @Test
    void headDerivativesMatchCentredFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(11);
        for (FDivergence f : TextbookForms.divergences()) {
            double max = 0;
            for (int i = 0; i < 500; i++) {
                double v = rng.nextDouble(-10, 10);
                double fdG = FiniteDiff.derivative(f::g, v, DELTA);
                double fdC = FiniteDiff.derivative(f::conjugateOfG, v, DELTA);
                double eg = Math.abs(fdG - f.gPrime(v)) / (Math.abs(f.gPrime(v)) + 1e-5);
                double ec = Math.abs(fdC - f.conjugateOfGPrime(v)) / (Math.abs(f.conjugateOfGPrime(v)) + 1e-5);
                assertTrue(eg < 1e-7, f.divergence().id() + " g' at " + v + ": " + f.gPrime(v) + " vs " + fdG);
                assertTrue(ec < 1e-7, f.divergence().id() + " (f*g)' at " + v + ": " + f.conjugateOfGPrime(v) + " vs " + fdC);
                max = Math.max(max, Math.max(eg, ec));
            }
            System.out.printf("fd head  %-10s max rel err %.2e%n", f.divergence().id(), max);
        }
    }

    @Test
    void fPrimeMatchesCentredFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(12);
        for (FDivergence f : TextbookForms.divergences()) {
            for (int i = 0; i < 300; i++) {
                double u = Math.exp(rng.nextDouble(Math.log(0.05), Math.log(20)));
                if (f instanceof TotalVariation && Math.abs(u - 1) < 0.01) {
                    continue;
                }
                double fd = FiniteDiff.derivative(f::f, u, 1e-4 * u);
                assertTrue(Math.abs(fd - f.fPrime(u)) <= 1e-8 * Math.max(1, Math.abs(fd)),
                        f.divergence().id() + " f'(" + u + ") = " + f.fPrime(u) + " vs " + fd);
            }
            assertEquals(f instanceof GanDivergence ? -Math.log(4) : 0.0, f.f(1.0), 1e-15,
                    f.divergence().id() + " f(1)");
        }
    }

    @Test
    void optimalCriticSolvesTheFirstOrderConditionAndReachesFenchelYoungEquality() {
        for (FDivergence f : TextbookForms.divergences()) {
            Divergence d = f.divergence();
            for (int k = -20; k <= 20; k++) {
                double u = Math.exp(k / 4.0);
                double vStar = f.optimalCritic(u);
                double closed = TextbookForms.optimalCritic(d, u);
                if (Double.isInfinite(closed)) {
                    assertEquals(closed, vStar, d.id() + " V*(" + u + ")");
                } else {
                    assertEquals(closed, vStar, 1e-12 * Math.max(1, Math.abs(closed)), d.id() + " V*(" + u + ")");
                }
                // T* = g_f(V*) = f'(u)
                assertEquals(f.fPrime(u), f.g(vStar), 1e-12 * Math.max(1, Math.abs(f.fPrime(u))), d.id() + " T*");
                // d/dv [u·g_f(v) − f*(g_f(v))] = 0 at V*
                double a = u * f.gPrime(vStar);
                double b = f.conjugateOfGPrime(vStar);
                assertEquals(a, b, 1e-12 * Math.max(1e-300, Math.max(Math.abs(a), Math.abs(b))), d.id() + " FOC at u = " + u);
                // u·T* − f*(T*) = f(u): Fenchel–Young holds with equality at the optimum
                double h = u * f.g(vStar) - f.conjugateOfG(vStar);
                double scale = Math.abs(u * f.g(vStar)) + Math.abs(f.conjugateOfG(vStar)) + 1;
                assertEquals(f.f(u), h, 1e-14 * scale, d.id() + " Fenchel–Young equality at u = " + u);
            }
        }
    }

    @Test
    void fenchelYoungInequalityHoldsPointwiseEvenBeyondTheClamps() {
        SplittableRandom rng = new SplittableRandom(13);
        for (FDivergence f : TextbookForms.divergences()) {
            for (int i = 0; i < 20_000; i++) {
                double u = Math.exp(rng.nextDouble(-8, 8));
                double v = rng.nextDouble(-60, 60);
                double a = u * f.g(v);
                double b = f.conjugateOfG(v);
                double tol = 1e-13 * (Math.abs(a) + Math.abs(b) + Math.abs(f.f(u)) + 1);
                assertTrue(a - b <= f.f(u) + tol,
                        f.divergence().id() + ": u·g(v) − f*(g(v)) = " + (a - b) + " > f(u) = " + f.f(u)
                                + " at u = " + u + ", v = " + v);
            }
        }
    }

    @Test
    void gInverseInvertsTheActivationAndMarksItsRange() {
        for (FDivergence f : TextbookForms.divergences()) {
            double range = f instanceof TotalVariation ? 5 : 10;
            for (double v = -range; v <= range; v += 0.01) {
                assertEquals(v, f.gInverse(f.g(v)), 1e-9 * Math.max(1, Math.abs(v)),
                        f.divergence().id() + " g⁻¹(g(" + v + "))");
            }
            double top = TextbookForms.gTop(f.divergence());
            if (!Double.isNaN(top)) {
                assertEquals(Double.POSITIVE_INFINITY, f.gInverse(top), f.divergence().id() + " g⁻¹ at the top of the range");
                assertTrue(Double.isNaN(f.gInverse(top + 0.25)), f.divergence().id() + " g⁻¹ beyond the range");
                assertEquals(Double.POSITIVE_INFINITY, f.conjugate(top + 0.25), f.divergence().id() + " f* outside its domain");
            }
        }
        assertEquals(Double.NEGATIVE_INFINITY, new TotalVariation().gInverse(-0.5));
    }
}
