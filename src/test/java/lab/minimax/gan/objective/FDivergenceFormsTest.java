package lab.minimax.gan.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import lab.minimax.experiment.Divergence;
import org.junit.jupiter.api.Test;

/**
 * The stable head forms g_f(v), f*(g_f(v)) and their derivatives against (1) the naive textbook
 * composition in double for |v| ≤ 15 and (2) the textbook composition in 160-digit arithmetic for
 * |v| ≤ 100. Clamped heads (KL: v ≤ 41; reverse KL, Neyman: v ≥ −40; Hellinger: |v| ≤ 40) are
 * compared with the oracle at the clamped input, and beyond the clamp must be flat.
 */
class FDivergenceFormsTest {

    @Test
    void stableFormsAgreeWithNaiveCompositionForAbsVUpTo15() {
        for (FDivergence f : TextbookForms.divergences()) {
            Divergence d = f.divergence();
            double maxG = 0;
            double maxConj = 0;
            int compared = 0;
            for (int k = -3000; k <= 3000; k++) {
                double v = k * 0.005;
                double naiveG = TextbookForms.g(d, v);
                double naiveConj = TextbookForms.conjugate(d, naiveG);
                if (!Double.isFinite(naiveG) || !Double.isFinite(naiveConj)) {
                    continue;
                }
                compared++;
                double eg = Math.abs(f.g(v) - naiveG) / Math.max(1, Math.abs(naiveG));
                double ec = Math.abs(f.conjugateOfG(v) - naiveConj) / Math.max(1, Math.abs(naiveConj));
                assertTrue(eg <= 1e-9, d.id() + ": g(" + v + ") = " + f.g(v) + " vs naive " + naiveG);
                assertTrue(ec <= 1e-9, d.id() + ": f*(g(" + v + ")) = " + f.conjugateOfG(v) + " vs naive " + naiveConj);
                // the textbook conjugate of the API agrees with the naive one too
                double ct = f.conjugate(naiveG);
                assertTrue(Math.abs(ct - naiveConj) <= 1e-12 * Math.max(1, Math.abs(naiveConj)), d.id() + " conjugate");
                maxG = Math.max(maxG, eg);
                maxConj = Math.max(maxConj, ec);
            }
            assertEquals(6001, compared, d.id() + ": every |v| <= 15 is finite in the naive form");
            System.out.printf("naive   %-10s max err g %.2e  f*(g) %.2e%n", d.id(), maxG, maxConj);
        }
    }

    /** Specials plus 60 seeded uniform draws in [−100, 100]. */
    private static List<Double> highPrecisionGrid() {
        List<Double> vs = new ArrayList<>(List.of(0.0, 1e-12, -1e-12, 1e-6, -1e-6, 0.5, -0.5, 1.0, -1.0,
                -4.0, -4.000000001, 1.000000001, 15.0, -15.0, 39.99, -39.99, 40.0, -40.0, 41.0, 41.5, -41.5,
                70.0, -70.0, 100.0, -100.0));
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < 60; i++) {
            vs.add(rng.nextDouble(-100, 100));
        }
        return vs;
    }

    @Test
    void stableFormsAndDerivativesMatchHighPrecisionForAbsVUpTo100() {
        BigDecimal delta = new BigDecimal("1e-30");
        for (FDivergence f : TextbookForms.divergences()) {
            Divergence d = f.divergence();
            BiFunction<Divergence, BigDecimal, BigDecimal> g = TextbookForms::gExact;
            BiFunction<Divergence, BigDecimal, BigDecimal> conj =
                    (dd, v) -> TextbookForms.conjugateExact(dd, TextbookForms.gExact(dd, v));
            double[] max = new double[4];
            for (double v : highPrecisionGrid()) {
                boolean inside = v >= f.vMin() && v <= f.vMax();
                BigDecimal vc = HighPrecision.of(StableMath.clamp(v, f.vMin(), f.vMax()));
                double[] err = {
                    HighPrecision.relativeError(f.g(v), g.apply(d, vc)),
                    HighPrecision.relativeError(f.conjugateOfG(v), conj.apply(d, vc)),
                    inside ? HighPrecision.relativeError(f.gPrime(v), centred(g, d, vc, delta)) : 0,
                    inside ? HighPrecision.relativeError(f.conjugateOfGPrime(v), centred(conj, d, vc, delta)) : 0,
                };
                String[] what = {"g", "f*(g)", "g'", "(f*(g))'"};
                for (int k = 0; k < 4; k++) {
                    assertTrue(err[k] <= 1e-12, d.id() + ": " + what[k] + " at v = " + v + " rel. error " + err[k]);
                    max[k] = Math.max(max[k], err[k]);
                }
                if (!inside) {
                    assertEquals(0.0, f.gPrime(v), d.id() + " g' beyond the clamp");
                    assertEquals(0.0, f.conjugateOfGPrime(v), d.id() + " (f*g)' beyond the clamp");
                }
            }
            System.out.printf("exact   %-10s max rel err g %.2e f*(g) %.2e g' %.2e (f*(g))' %.2e  clamp [%s, %s]%n",
                    d.id(), max[0], max[1], max[2], max[3], f.vMin(), f.vMax());
        }
    }

    /** (G(v + δ) − G(v − δ))/(2δ) in 160 digits: truncation ~δ², round-off ~1e-155/δ. */
    private static BigDecimal centred(BiFunction<Divergence, BigDecimal, BigDecimal> h, Divergence d,
                                      BigDecimal v, BigDecimal delta) {
        BigDecimal up = h.apply(d, v.add(delta));
        BigDecimal down = h.apply(d, v.subtract(delta));
        return up.subtract(down, HighPrecision.MC).divide(delta.multiply(HighPrecision.TWO), HighPrecision.MC);
    }

    @Test
    void clampsAreWhereDocumentedAndNothingOverflowsUpTo1e3() {
        for (FDivergence f : TextbookForms.divergences()) {
            double[] expected = TextbookForms.clamp(f.divergence());
            assertEquals(expected[0], f.vMin(), f.divergence().id() + " vMin");
            assertEquals(expected[1], f.vMax(), f.divergence().id() + " vMax");
            for (double v = -1000; v <= 1000; v += 0.5) {
                double[] out = {f.g(v), f.gPrime(v), f.conjugateOfG(v), f.conjugateOfGPrime(v)};
                for (double o : out) {
                    assertTrue(Double.isFinite(o), f.divergence().id() + " not finite at v = " + v);
                    assertTrue(Math.abs(o) <= 1e18, f.divergence().id() + " exceeds e^40 at v = " + v);
                }
            }
        }
    }
}
