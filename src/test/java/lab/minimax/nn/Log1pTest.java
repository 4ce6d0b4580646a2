package lab.minimax.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Our fdlibm log1p against the JDK's ({@code StrictMath.log1p}, the same algorithm in C) bit for
 * bit, on the objective heads' range e^(−|v|) ∈ (0, 1], on every branch's edges and on random bit
 * patterns of every exponent; and against closed forms.
 */
class Log1pTest {
    private static void same(double x) {
        double want = StrictMath.log1p(x);
        double got = Log1p.log1p(x);
        if (Double.isNaN(want)) {
            assertTrue(Double.isNaN(got), "log1p(" + x + ") = " + got + ", want NaN");
        } else {
            assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got),
                    "log1p(" + x + ") = " + got + ", StrictMath gives " + want);
        }
    }

    @Test
    void closedForms() {
        assertEquals(0.0, Log1p.log1p(0.0), 0);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Log1p.log1p(-0.0)));
        assertEquals(Double.NEGATIVE_INFINITY, Log1p.log1p(-1.0), 0);
        assertTrue(Double.isNaN(Log1p.log1p(-1.5)));
        assertTrue(Double.isNaN(Log1p.log1p(Double.NaN)));
        assertEquals(Double.POSITIVE_INFINITY, Log1p.log1p(Double.POSITIVE_INFINITY), 0);
        assertEquals(Math.log(2), Log1p.log1p(1.0), 1e-16);
        assertEquals(1.0, Log1p.log1p(Math.E - 1), 2e-16);
        // log(1 + x) = x − x²/2 + x³/3 − … for tiny x
        assertEquals(1e-10 - 5e-21, Log1p.log1p(1e-10), 1e-30);
    }

    @Test
    void edgesOfEveryBranchMatchStrictMath() {
        double[] xs = {4.9e-324, -4.9e-324, 1e-300, 0x1p-60, 0x1p-54, 0x1.fffffffffffffp-55, 0x1p-29,
            0x1.fffffffffffffp-30, 0x1p-20, 1e-7, -1e-7, 0.41421, 0.4142135623730950, 0.41422,
            -0.29289321881345254, -0.2929, -0.2928, -0.5, -0.9999999999, 0.5, 1, 2, 3, 1e10, 0x1p53,
            0x1.fffffffffffffp53, 0x1p54, 1e300, Double.MAX_VALUE, Double.MIN_NORMAL};
        for (double x : xs) {
            same(x);
            same(Math.nextUp(x));
            same(Math.nextDown(x));
        }
    }

    @Test
    void randomArgumentsMatchStrictMath() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 1_000_000; i++) {
            same(r.nextDouble());                          // (0, 1)
            same(StrictMath.exp(-40 * r.nextDouble()));     // e^(−|v|), the softplus argument
            same(-r.nextDouble());                          // (−1, 0]
            same(Double.longBitsToDouble(r.nextLong()));    // any exponent, sign, NaN
        }
    }
}
