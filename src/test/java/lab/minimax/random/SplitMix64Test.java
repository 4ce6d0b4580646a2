package lab.minimax.random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The raw stream against Vigna's reference C code, state save/restore and split. The expected
 * values were printed by src/test/c/splitmix64.c (Vigna's splitmix64.c plus Lemire's bounded
 * draw and the 53-bit double), compiled with {@code gcc -O2 -std=c99} and run on x86-64.
 */
class SplitMix64Test {
    private static final long[][] GOLDEN = {
            {0L, 0xe220a8397b1dcdafL, 0x6e789e6aa1b965f4L, 0x06c45d188009454fL, 0xf88bb8a8724c81ecL,
                    0x1b39896a51a8749bL, 0x53cb9f0c747ea2eaL, 0xb54cda58fbbee87eL},
            {1L, 0x910a2dec89025cc1L, 0xbeeb8da1658eec67L, 0xf893a2eefb32555eL, 0x71c18690ee42c90bL,
                    0x71bb54d8d101b5b9L, 0xc34d0bff90150280L, 0xb54cda58fbbee87fL},
            {42L, 0xbdd732262feb6e95L, 0x28efe333b266f103L, 0x47526757130f9f52L, 0x581ce1ff0e4ae394L,
                    0x09bc585a244823f2L, 0xde4431fa3c80db06L, 0xb54cda58fbbee8a8L},
            {0xdeadbeefcafebabeL, 0x0d7d93560d1929d2L, 0x491dfb740e50d43fL, 0x42722bf4473e5e7dL,
                    0xd6ca8a0790fffc45L, 0xb2d3ab004cdb504bL, 0xb75625fc4e9510a6L, 0x93fa9948c6bda33cL}};

    @Test
    void nextLongMatchesTheReferenceCode() {
        for (long[] row : GOLDEN) {
            SplitMix64 rng = new SplitMix64(row[0]);
            for (int i = 1; i <= 6; i++) {
                assertEquals(row[i], rng.nextLong(), "seed " + row[0] + ", draw " + i);
            }
            assertEquals(row[7], rng.state(), "state after 6 draws, seed " + row[0]);
        }
    }

    @Test
    void nextDoubleAndBoundedIntsMatchTheReferenceCode() {
        SplitMix64 rng = new SplitMix64(42);
        double[] doubles = {0x1.7bae644c5fd6dp-1, 0x1.477f199d93378p-3, 0x1.1d499d5c4c3e6p-2, 0x1.607387fc392b8p-2};
        for (double d : doubles) {
            assertEquals(d, rng.nextDouble());
        }
        rng = new SplitMix64(42);
        int[] tens = {7, 1, 2, 3, 0, 8, 2, 8};
        for (int t : tens) {
            assertEquals(t, rng.nextInt(10));
        }
        // bounded(3000000000) in C: a width beyond Integer.MAX_VALUE, through nextInt(origin, bound);
        // the first two draws fall below 2³² mod 3e9 and are rejected
        rng = new SplitMix64(42);
        long[] wide = {835803390L, 1032572149L, 114090505L, 2604684229L};
        int origin = Integer.MIN_VALUE;
        int bound = (int) (Integer.MIN_VALUE + 3_000_000_000L);
        for (long w : wide) {
            assertEquals(origin + w, rng.nextInt(origin, bound));
        }
    }

    @Property(tries = 200)
    void restoringTheStateContinuesTheSameSequence(@ForAll long seed, @ForAll("skip") int skip) {
        SplitMix64 a = new SplitMix64(seed);
        for (int i = 0; i < skip; i++) {
            a.nextGaussian(); // a variable number of draws per call
        }
        SplitMix64 b = SplitMix64.fromState(a.state());
        for (int i = 0; i < 50; i++) {
            assertEquals(a.nextLong(), b.nextLong());
            assertEquals(a.nextGaussian(), b.nextGaussian());
            assertEquals(a.nextExponential(), b.nextExponential());
            assertEquals(a.nextInt(7), b.nextInt(7));
        }
        assertEquals(a.state(), b.state());
    }

    @Provide
    Arbitrary<Integer> skip() {
        return Arbitraries.integers().between(0, 300);
    }

    @Test
    void theStateAdvancesByGammaPerDraw() {
        SplitMix64 rng = new SplitMix64(123);
        rng.nextLong();
        rng.nextDouble();
        rng.nextBoolean();
        assertEquals(123 + 3 * 0x9E3779B97F4A7C15L, rng.state());
    }

    @Test
    void splitIsDeterministicAndAdvancesTheParentByOneDraw() {
        SplitMix64 p1 = new SplitMix64(7);
        SplitMix64 p2 = new SplitMix64(7);
        SplitMix64 c1 = p1.split();
        SplitMix64 c2 = p2.split();
        assertEquals(c1.state(), c2.state());
        assertEquals(p1.state(), p2.state());
        SplitMix64 reference = new SplitMix64(7);
        reference.nextLong();
        assertEquals(reference.state(), p1.state());
        long[] x = new long[100];
        long[] y = new long[100];
        for (int i = 0; i < 100; i++) {
            x[i] = c1.nextLong();
            y[i] = c2.nextLong();
        }
        assertArrayEquals(x, y);
    }

    @Test
    void parentAndChildrenDoNotOverlap() {
        SplitMix64 parent = new SplitMix64(2024);
        SplitMix64 first = parent.split();
        SplitMix64 second = parent.split();
        SplitMix64 grandchild = first.split();
        SplitMix64[] streams = {parent, first, second, grandchild};
        int perStream = 250_000;
        long[] all = new long[streams.length * perStream];
        for (int s = 0; s < streams.length; s++) {
            for (int i = 0; i < perStream; i++) {
                all[s * perStream + i] = streams[s].nextLong();
            }
        }
        Arrays.sort(all);
        for (int i = 1; i < all.length; i++) {
            assertNotEquals(all[i - 1], all[i], "a value repeated across or within streams");
        }
        // the child's state is not one of the parent's outputs
        SplitMix64 p = new SplitMix64(5);
        long out = new SplitMix64(5).nextLong();
        assertNotEquals(out, p.split().state());
    }

    @Test
    void childStreamsAreUncorrelatedWithTheParent() {
        SplitMix64 parent = new SplitMix64(99);
        SplitMix64 child = parent.split();
        int n = 1_000_000;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (parent.nextDouble() - 0.5) * (child.nextDouble() - 0.5);
        }
        double corr = sxy / n * 12; // Var U = 1/12; SE of the estimate 1/√n
        assertTrue(Math.abs(corr) < 5 / Math.sqrt(n), "correlation " + corr);
    }

    @Test
    void nextBytesTakesTheLowByteFirst() {
        SplitMix64 longs = new SplitMix64(3);
        long r0 = longs.nextLong();
        long r1 = longs.nextLong();
        byte[] b = new byte[11];
        new SplitMix64(3).nextBytes(b);
        for (int i = 0; i < 11; i++) {
            long r = i < 8 ? r0 : r1;
            assertEquals((byte) (r >>> (8 * (i % 8))), b[i], "byte " + i);
        }
    }
}
