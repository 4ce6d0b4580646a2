package lab.minimax.random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bounded integers, doubles, floats and booleans: ranges, uniformity (χ²) and bad arguments. */
class UniformDrawsTest {
    @Property(tries = 300)
    void nextIntStaysInItsRange(@ForAll long seed, @ForAll @IntRange(min = 1) int bound, @ForAll int origin) {
        SplitMix64 rng = new SplitMix64(seed);
        long hi = Math.min((long) origin + bound, Integer.MAX_VALUE);
        for (int i = 0; i < 100; i++) {
            int r = rng.nextInt(bound);
            assertTrue(r >= 0 && r < bound, r + " outside [0, " + bound + ")");
            if (origin < hi) {
                int s = rng.nextInt(origin, (int) hi);
                assertTrue(s >= origin && s < hi, s + " outside [" + origin + ", " + hi + ")");
            }
        }
    }

    @Test
    void nextIntIsUniformByChiSquare() {
        // small bounds value by value, large ones in 100 equal-width cells (the golden values
        // from the C code pin the rejection step itself)
        int[] bounds = {2, 3, 7, 10, 97, 1000, Integer.MAX_VALUE, 3 << 29};
        SplitMix64 rng = new SplitMix64(11);
        for (int bound : bounds) {
            int cells = Math.min(bound, 100);
            long[] counts = new long[cells];
            int n = 2_000_000;
            for (int i = 0; i < n; i++) {
                counts[(int) ((long) rng.nextInt(bound) * cells / bound)]++;
            }
            double[] expected = new double[cells];
            for (int c = 0; c < cells; c++) {
                // the integers v with ⌊v·cells/bound⌋ = c are ⌈c·bound/cells⌉ … ⌈(c+1)·bound/cells⌉ − 1
                long lo = ceilDiv((long) c * bound, cells);
                long hi = ceilDiv((long) (c + 1) * bound, cells);
                expected[c] = (double) n * (hi - lo) / bound;
            }
            double chi = Stats.chiSquare(counts, expected);
            assertTrue(chi < Stats.chiSquareBound(cells - 1), "bound " + bound + ": χ² = " + chi);
        }
    }

    @Test
    void nextLongIsUniformByChiSquare() {
        long[] bounds = {5, 1L << 40, 3L << 61, Long.MAX_VALUE}; // 3·2⁶¹: a plain u mod n doubles [0, 2⁶¹)
        SplitMix64 rng = new SplitMix64(12);
        for (long bound : bounds) {
            int cells = (int) Math.min(bound, 50);
            long[] counts = new long[cells];
            int n = 500_000;
            for (int i = 0; i < n; i++) {
                long r = rng.nextLong(bound);
                assertTrue(r >= 0 && r < bound, r + " outside [0, " + bound + ")");
                counts[Math.min(cells - 1, (int) (cells * (double) r / bound))]++;
            }
            double[] expected = new double[cells];
            Arrays.fill(expected, n / (double) cells); // off by < 50/2⁴⁰ relative for the large bounds
            double chi = Stats.chiSquare(counts, expected);
            assertTrue(chi < Stats.chiSquareBound(cells - 1), "bound " + bound + ": χ² = " + chi);
        }
        SplitMix64 wide = new SplitMix64(13);
        for (int i = 0; i < 1000; i++) {
            long r = wide.nextLong(-5, Long.MAX_VALUE); // width overflows a long
            assertTrue(r >= -5);
        }
    }

    @Test
    void doublesAndFloatsStayBelowOneAtTheLargestDraw() {
        SplitMix64 max = stateBefore(-1L);
        assertEquals(1 - 0x1.0p-53, max.nextDouble());
        assertEquals(1 - 0x1.0p-24f, stateBefore(-1L).nextFloat());
        assertTrue(stateBefore(-1L).nextDouble(3.0) < 3.0);
        assertTrue(stateBefore(-1L).nextDouble(-1.0, 1e-300) < 1e-300);
        assertTrue(stateBefore(-1L).nextFloat(-1f, 1e-30f) < 1e-30f);
        assertEquals(0.0, stateBefore(0L).nextDouble());
        assertEquals(2.5, stateBefore(0L).nextDouble(2.5, 4.0));
        assertTrue(stateBefore(-1L).nextBoolean());
        assertTrue(!stateBefore(Long.MAX_VALUE).nextBoolean());
    }

    @Test
    void doublesAreUniformOnTheUnitInterval() {
        SplitMix64 rng = new SplitMix64(14);
        int n = 1_000_000;
        double[] u = new double[n];
        long trues = 0;
        for (int i = 0; i < n; i++) {
            u[i] = rng.nextDouble();
            assertTrue(u[i] >= 0 && u[i] < 1);
            trues += rng.nextBoolean() ? 1 : 0;
        }
        assertTrue(Stats.ksScaled(u, x -> x) < Stats.KS_BOUND);
        assertTrue(Math.abs(trues - n / 2.0) < 5 * Math.sqrt(n / 4.0), "nextBoolean true " + trues + " of " + n);
    }

    @Test
    void badArgumentsNameTheParameterAndTheValue() {
        SplitMix64 rng = new SplitMix64(1);
        assertEquals("bound must be positive, got 0",
                assertThrows(IllegalArgumentException.class, () -> rng.nextInt(0)).getMessage());
        assertEquals("bound must be positive, got -4",
                assertThrows(IllegalArgumentException.class, () -> rng.nextLong(-4)).getMessage());
        assertEquals("origin must be below bound, got origin 3, bound 3",
                assertThrows(IllegalArgumentException.class, () -> rng.nextInt(3, 3)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> rng.nextDouble(Double.NaN))
                .getMessage().contains("bound"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> rng.nextGaussian(0, -1))
                .getMessage().startsWith("stddev must be finite and ≥ 0, got -1"));
    }

    /** A stream whose next nextLong() is {@code output}: the state is mix⁻¹(output) − γ. */
    static SplitMix64 stateBefore(long output) {
        long z = output;
        z ^= (z >>> 31) ^ (z >>> 62);
        z *= inverse(0x94D049BB133111EBL);
        z ^= (z >>> 27) ^ (z >>> 54);
        z *= inverse(0xBF58476D1CE4E5B9L);
        z ^= (z >>> 30) ^ (z >>> 60);
        return SplitMix64.fromState(z - SplitMix64.GAMMA);
    }

    /** The inverse of an odd a mod 2⁶⁴ by Newton's iteration x ← x(2 − a x) (bits double each step). */
    private static long inverse(long a) {
        long x = a;
        for (int i = 0; i < 6; i++) {
            x *= 2 - a * x;
        }
        return x;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    @Test
    void theInverseMixRoundTrips() {
        for (long v : new long[] {0, 1, -1, 0x123456789ABCDEFL, Long.MIN_VALUE}) {
            assertEquals(v, stateBefore(v).nextLong());
        }
    }
}
