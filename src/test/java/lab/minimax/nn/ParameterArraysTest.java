package lab.minimax.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The parameter vector's norm against exact arithmetic, for every remainder of its 8 partial sums. */
class ParameterArraysTest {
    @Test
    void normOfOnesIsTheSquareRootOfTheCount() {
        // every partial sum is an integer below 2⁵³: exact
        for (int n = 0; n <= 40; n++) {
            float[] a = new float[n];
            java.util.Arrays.fill(a, 1f);
            float[] b = new float[n % 7];
            java.util.Arrays.fill(b, -2f);
            assertEquals(Math.sqrt(n + 4.0 * b.length), ParameterArrays.norm(new float[][]{a, b}), 0, "n=" + n);
        }
    }

    @Test
    void normIsTheExactNormWithinTheRoundingOfItsSums() {
        SplittableRandom r = new SplittableRandom(9);
        for (int n : new int[]{1, 7, 8, 9, 15, 63, 64, 65, 4417, 65_792}) {
            float[][] arrays = {new float[n], new float[n % 13 + 1], new float[3]};
            BigDecimal exact = BigDecimal.ZERO;
            for (float[] a : arrays) {
                for (int i = 0; i < a.length; i++) {
                    a[i] = (float) (r.nextGaussian() * Math.exp(4 * r.nextDouble() - 2));
                    exact = exact.add(new BigDecimal((double) a[i]).pow(2));
                }
            }
            double want = Math.sqrt(exact.round(MathContext.DECIMAL64).doubleValue());
            double got = ParameterArrays.norm(arrays);
            // positive terms, at most n/8 + 3 roundings per chain: relative error of ‖θ‖² ≤ (n/8 + 4)·2⁻⁵³
            double bound = 0.5 * (n / 8.0 + 4) * 0x1p-53 * want + Math.ulp(want);
            assertTrue(Math.abs(got - want) <= bound, "n=" + n + ": " + got + " vs " + want);
        }
    }
}
