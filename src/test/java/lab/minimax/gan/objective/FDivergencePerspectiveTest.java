package lab.minimax.gan.objective;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import lab.minimax.experiment.Divergence;
import org.junit.jupiter.api.Test;

/**
 * The perspective q·f(p/q) of every f-divergence from log p and log q, over logs from −3000 to 50
 * (so p, q and p/q each under- and overflow the double range), against q·f(p/q) in 160-digit
 * arithmetic: relative error ≤ 1e-12, or below 1e-300 in size where the value itself is (a term
 * below the double range may round to 0). Where p or q is 0 (log −∞) the limits q·f(0⁺) and
 * p·lim f(u)/u are the textbook ones. A value beyond the largest double must be +∞.
 */
class FDivergencePerspectiveTest {
    private static final double NEG_INF = Double.NEGATIVE_INFINITY;
    private static final double[] LOGS = {NEG_INF, -3000, -800, -746, -740, -700, -300, -20, -1, -1e-9, 0, 0.5, 3, 50};

    /** q·f(p/q) in 160 digits; null for +∞. */
    private static BigDecimal exact(Divergence d, double lp, double lq) {
        if (lp == NEG_INF) {
            BigDecimal f0 = TextbookForms.fAtZero(d);
            return f0 == null ? null : HighPrecision.exp(HighPrecision.of(lq)).multiply(f0, HighPrecision.MC);
        }
        BigDecimal p = HighPrecision.exp(HighPrecision.of(lp));
        if (lq == NEG_INF) {
            BigDecimal slope = TextbookForms.slopeAtInfinity(d);
            return slope == null ? null : p.multiply(slope, HighPrecision.MC);
        }
        BigDecimal q = HighPrecision.exp(HighPrecision.of(lq));
        return q.multiply(TextbookForms.fExact(d, p.divide(q, HighPrecision.MC)), HighPrecision.MC);
    }

    @Test
    void perspectiveIsAccurateWherePQOrTheirRatioUnderOrOverflow() {
        List<String> wrong = new ArrayList<>();
        BigDecimal max = HighPrecision.of(Double.MAX_VALUE);
        BigDecimal tiny = new BigDecimal("1e-300");
        int compared = 0;
        for (FDivergence f : TextbookForms.divergences()) {
            Divergence d = f.divergence();
            for (double lp : LOGS) {
                for (double lq : LOGS) {
                    if (lp == NEG_INF && lq == NEG_INF) {
                        continue;
                    }
                    double got = f.perspective(lp, lq);
                    BigDecimal e = exact(d, lp, lq);
                    String what = d.id() + " at log p = " + lp + ", log q = " + lq + ": " + got;
                    if (e == null || e.compareTo(max) > 0) {
                        if (got != Double.POSITIVE_INFINITY) {
                            wrong.add(what + ", expected +∞");
                        }
                        continue;
                    }
                    compared++;
                    if (!Double.isFinite(got)) {
                        wrong.add(what + ", exact " + e.doubleValue());
                        continue;
                    }
                    BigDecimal err = HighPrecision.of(got).subtract(e, HighPrecision.MC).abs();
                    boolean ok = e.abs().compareTo(tiny) < 0
                            ? err.compareTo(tiny) < 0
                            : err.compareTo(e.abs().multiply(new BigDecimal("1e-12"), HighPrecision.MC)) <= 0;
                    if (!ok) {
                        wrong.add(what + ", exact " + e.doubleValue() + " (error " + err.doubleValue() + ")");
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(compared > 1400, "finite cases compared: " + compared);
    }
}
