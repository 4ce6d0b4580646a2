package lab.minimax.gan.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** softplus, log σ, σ and sech² against 160-digit textbook evaluations, |x| ≤ 100. */
class StableMathTest {
    @Test
    void scalarPiecesMatchHighPrecision() {
        for (double x = -100; x <= 100; x += 0.37) {
            BigDecimal bx = HighPrecision.of(x);
            BigDecimal sp = HighPrecision.softplus(bx);
            BigDecimal sig = HighPrecision.sigmoid(bx);
            BigDecimal th = HighPrecision.tanh(bx);
            BigDecimal sech2 = HighPrecision.ONE.subtract(th.multiply(th, HighPrecision.MC), HighPrecision.MC);
            assertTrue(HighPrecision.relativeError(StableMath.softplus(x), sp) < 1e-15, "softplus " + x);
            assertTrue(HighPrecision.relativeError(StableMath.logSigmoid(-x), sp.negate()) < 1e-15, "log σ " + x);
            assertTrue(HighPrecision.relativeError(StableMath.sigmoid(x), sig) < 1e-15, "σ " + x);
            assertTrue(HighPrecision.relativeError(StableMath.sech2(x), sech2) < 1e-15, "sech² " + x);
        }
    }

    @Test
    void softplusIdentityAndNoOverflow() {
        for (double x = -1000; x <= 1000; x += 0.5) {
            assertEquals(x, StableMath.softplus(x) - StableMath.softplus(-x), 1e-13 * Math.max(1, Math.abs(x)));
            assertTrue(Double.isFinite(StableMath.softplus(x)) && Double.isFinite(StableMath.sigmoid(x)));
        }
        assertEquals(Math.log(2), StableMath.softplus(0), 1e-16);
    }
}
