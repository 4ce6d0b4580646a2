package lab.minimax.distribution.mnist;

import lab.minimax.experiment.DigitSubset;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lab.minimax.random.SplitMix64;
import org.junit.jupiter.api.Test;

class MnistSamplerTest {
    private static final MnistDigits DIGITS = MnistDigits.standard();
    private static final MnistSplit SPLIT = MnistSplit.standard();
    private static final int B = 64;

    @Test
    void rowsAreTrainingImagesWithTheirLabels() {
        Map<ByteBuffer, List<Integer>> training = imagesByContent(SPLIT.trainingIndices());
        MnistSampler s = MnistSampler.training(DigitSubset.all(), PixelScale.UNIT);
        assertEquals(8_000, s.poolSize());
        assertEquals(784, s.dim());
        float[] x = new float[B * 784];
        int[] y = new int[B];
        s.sample(new SplitMix64(1), x, y, B);
        for (int r = 0; r < B; r++) {
            List<Integer> same = training.get(key(x, r));
            assertNotNull(same, "row " + r + " is an image of the training split");
            int label = y[r];
            assertTrue(same.stream().anyMatch(i -> DIGITS.label(i) == label), "row " + r + " has its image's label");
        }
    }

    @Test
    void unitRowsLieIn01AndSymmetricRowsAreTheSameImagesIn11() {
        float[] unit = new float[B * 784];
        float[] sym = new float[B * 784];
        int[] yu = new int[B];
        int[] ys = new int[B];
        MnistSampler.training(DigitSubset.all(), PixelScale.UNIT).sample(new SplitMix64(5), unit, yu, B);
        MnistSampler.training(DigitSubset.all(), PixelScale.SYMMETRIC).sample(new SplitMix64(5), sym, ys, B);
        assertArrayEquals(yu, ys);
        float min = 1;
        float max = 0;
        for (int k = 0; k < unit.length; k++) {
            assertTrue(unit[k] >= 0 && unit[k] <= 1, "unit value " + unit[k]);
            assertTrue(sym[k] >= -1 && sym[k] <= 1, "symmetric value " + sym[k]);
            assertEquals(2.0 * unit[k] - 1, sym[k], 2.4e-7);
            min = Math.min(min, sym[k]);
            max = Math.max(max, sym[k]);
        }
        assertEquals(-1f, min); // background
        assertEquals(1f, max);  // full ink, byte 255
    }

    @Test
    void aSubsetGivesOnlyItsDigitsAtTheirTrainingFrequencies() {
        DigitSubset subset = DigitSubset.parse("0,1,7");
        MnistSampler s = MnistSampler.training(subset, PixelScale.UNIT);
        // training 0s, 1s and 7s: the JSON counts less the held-out quotas 200, 225, 214
        int[] pool = {1001 - 200, 1127 - 225, 1070 - 214};
        assertEquals(pool[0] + pool[1] + pool[2], s.poolSize());
        double[] f = s.labelFrequencies();
        int total = 625 * B; // 40,000 draws
        float[] x = new float[B * 784];
        int[] y = new int[B];
        int[] counts = new int[10];
        SplitMix64 rng = new SplitMix64(7);
        for (int drawn = 0; drawn < total; drawn += B) {
            s.sample(rng, x, y, B);
            for (int label : y) {
                counts[label]++;
            }
        }
        int[] digits = {0, 1, 7};
        for (int k = 0; k < 3; k++) {
            int d = digits[k];
            double p = (double) pool[k] / s.poolSize();
            assertEquals(p, f[d], 1e-12, "frequency of " + d);
            double sd = Math.sqrt(total * p * (1 - p));
            assertTrue(Math.abs(counts[d] - total * p) < 5 * sd, d + ": " + counts[d] + " of " + total + ", expected "
                    + total * p + " ± " + sd);
        }
        assertEquals(total, counts[0] + counts[1] + counts[7], "no digit outside 0, 1, 7: " + Arrays.toString(counts));
    }

    @Test
    void theSameSeedGivesTheSameBatchesBitForBit() {
        MnistSampler s = MnistSampler.training(DigitSubset.parse("3,8"), PixelScale.SYMMETRIC);
        float[] a = new float[B * 784];
        float[] b = new float[B * 784];
        int[] ya = new int[B];
        int[] yb = new int[B];
        SplitMix64 ra = new SplitMix64(42);
        SplitMix64 rb = new SplitMix64(42);
        for (int step = 0; step < 3; step++) {
            s.sample(ra, a, ya, B);
            MnistSampler.training(DigitSubset.parse("8,3"), PixelScale.SYMMETRIC).sample(rb, b, yb, B);
            assertArrayEquals(a, b, "step " + step);
            assertArrayEquals(ya, yb, "step " + step);
        }
        assertEquals(ra.state(), rb.state());
        // one draw per row: the stream advanced by 3·B nextInt calls without rejection, or a few more
        SplitMix64 fresh = new SplitMix64(42);
        for (int k = 0; k < 3 * B; k++) {
            fresh.nextInt(s.poolSize());
        }
        assertEquals(fresh.state(), ra.state(), "exactly one bounded draw per row");
    }

    @Test
    void labelsMayBeLeftOutAndTheBatchIsTheSame() {
        MnistSampler s = MnistSampler.training(DigitSubset.all(), PixelScale.UNIT);
        float[] a = new float[10 * 784];
        float[] b = new float[10 * 784];
        s.sample(new SplitMix64(3), a, null, 10);
        s.sample(new SplitMix64(3), b, new int[10], 10);
        assertArrayEquals(a, b);
    }

    @Test
    void badBuffersAreRefusedWithTheirSizes() {
        MnistSampler s = MnistSampler.training(DigitSubset.all(), PixelScale.UNIT);
        SplitMix64 rng = new SplitMix64(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.sample(rng, new float[2 * 784], null, 3));
        assertTrue(e.getMessage().contains("n must be in 0–2") && e.getMessage().contains("got 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> s.sample(rng, new float[2 * 784], new int[1], 2));
        assertTrue(e.getMessage().contains("labels holds 1 entries, 2 needed"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MnistSampler.of(DIGITS, new int[] {0, 1, 2},
                DigitSubset.of(5), PixelScale.UNIT));
        assertTrue(e.getMessage().startsWith("target.digits: no image of 5"), e.getMessage());
    }

    @Test
    void steadyStateSamplingAllocatesNothing() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        MnistSampler s = MnistSampler.training(DigitSubset.parse("0,1,7"), PixelScale.SYMMETRIC);
        float[] x = new float[B * 784];
        int[] y = new int[B];
        SplitMix64 rng = new SplitMix64(9);
        for (int k = 0; k < 3_000; k++) {
            s.sample(rng, x, y, B);
        }
        long id = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(id);
        for (int k = 0; k < 1_000; k++) {
            s.sample(rng, x, y, B);
        }
        long bytes = mx.getThreadAllocatedBytes(id) - before;
        // one object per batch would be ≥ 16 KB here
        assertTrue(bytes <= 1024, "1000 batches allocated " + bytes + " bytes");
    }

    private static Map<ByteBuffer, List<Integer>> imagesByContent(int[] indices) {
        Map<ByteBuffer, List<Integer>> m = new HashMap<>();
        float[] img = new float[784];
        for (int i : indices) {
            DIGITS.copyImage(i, PixelScale.UNIT, img, 0);
            m.computeIfAbsent(key(img, 0), k -> new java.util.ArrayList<>()).add(i);
        }
        return m;
    }

    private static ByteBuffer key(float[] x, int row) {
        ByteBuffer b = ByteBuffer.allocate(784 * 4);
        for (int p = 0; p < 784; p++) {
            b.putFloat(x[row * 784 + p]);
        }
        return b.flip();
    }
}
