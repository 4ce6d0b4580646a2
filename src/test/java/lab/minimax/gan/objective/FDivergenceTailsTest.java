package lab.minimax.gan.objective;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import lab.minimax.experiment.Divergence;
import org.junit.jupiter.api.Test;

/**
 * f(u) and f'(u) of every f-divergence over the whole positive double range, subnormals
 * included, against the textbook formulas in 160-digit arithmetic: relative error ≤ 1e-12 (plus
 * one subnormal step, 1e-320, where the value itself is subnormal). Where the exact value lies
 * beyond the largest double (Neyman's 1/u for u &lt; 1e-308, Pearson's u² for u &gt; 1e154,
 * u log u beyond 1e305) the result must be the infinity of the right sign; nowhere NaN.
 */
class FDivergenceTailsTest {
    /** u from the smallest subnormal to 1e300, dense at both ends and around 1. */
    static List<Double> ratios() {
        List<Double> us = new ArrayList<>(List.of(Double.MIN_VALUE, 1e-323, 1e-320, 1e-315, 1e-310, 5.6e-309,
                Double.MIN_NORMAL, 1e-300, 1e-200, 1e-100, 1e-20, 1e-8, 1e-3, 0.25, 0.5, 0.9, 0.999, 1.0,
                1.001, 1.5, 2.0, 10.0, 1e3, 1e8, 1e20, 1e100, 1e154, 1e200, 1e300, 1e306));
        return us;
    }

    @Test
    void fAndItsDerivativeAreAccurateFromSubnormalRatiosToHugeOnes() {
        List<String> wrong = new ArrayList<>();
        for (FDivergence f : TextbookForms.divergences()) {
            Divergence d = f.divergence();
            for (double u : ratios()) {
                BigDecimal bu = HighPrecision.of(u);
                check(wrong, d.id() + " f(" + u + ")", f.f(u), TextbookForms.fExact(d, bu), u);
                check(wrong, d.id() + " f'(" + u + ")", f.fPrime(u), TextbookForms.fPrimeExact(d, bu), u);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** Adds a line to {@code wrong} unless approx is exact to the tolerance above. */
    private static void check(List<String> wrong, String what, double approx, BigDecimal exact, double u) {
        String got = what + " = " + approx + ", exact " + exact.doubleValue();
        if (exact.abs().compareTo(HighPrecision.of(Double.MAX_VALUE)) > 0) {
            if (approx != exact.signum() * Double.POSITIVE_INFINITY) {
                wrong.add(got + ": beyond the double range, expected an infinity");
            }
            return;
        }
        if (!Double.isFinite(approx)) {
            wrong.add(got);
            return;
        }
        double err = HighPrecision.of(approx).subtract(exact, HighPrecision.MC).abs().doubleValue();
        // near u = 1 the rows with f(1) = 0 are compared on the scale of their neighbourhood
        double scale = Math.max(Math.abs(exact.doubleValue()), u > 0.25 && u < 4 ? 1 : 0);
        if (!(err <= 1e-12 * scale + 1e-320)) {
            wrong.add(got + " (error " + err + ")");
        }
    }
}
