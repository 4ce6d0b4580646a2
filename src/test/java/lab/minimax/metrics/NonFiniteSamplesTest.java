package lab.minimax.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import lab.minimax.distribution.GaussianTarget;
import lab.minimax.distribution.Ring8Target;

/**
 * A diverged generator's samples (NaN, +∞, −∞ in some coordinates) never make a metric throw.
 * Counting metrics count such a sample as not high quality and covering no mode; metrics of the
 * sample's positions (W1, sliced W, MMD, k-NN entropy) are NaN (undefined: null in summary.json);
 * a KDE refuses them with a message naming the sample.
 */
class NonFiniteSamplesTest {
    private static final double[] BAD = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    /** n good ring8 samples followed by 3 bad ones (one of each kind, in x or y). */
    private static double[] ringWithBadTail(int n) {
        double[] x = new double[2 * (n + BAD.length)];
        new Ring8Target(2, 0.02).sample(new SplittableRandom(1), x, n);
        for (int i = 0; i < BAD.length; i++) {
            x[2 * (n + i) + (i % 2)] = BAD[i];
            x[2 * (n + i) + 1 - (i % 2)] = 0.5;
        }
        return x;
    }

    @Test
    void modeCoverageCountsNonFiniteSamplesAsNotHighQuality() {
        Ring8Target t = new Ring8Target(2, 0.02);
        int n = 2000;
        double[] x = ringWithBadTail(n);
        ModeCoverage.Result good = ModeCoverage.compute(t.modes().orElseThrow(), Arrays.copyOf(x, 2 * n), n);
        ModeCoverage.Result all = ModeCoverage.compute(t.modes().orElseThrow(), x, n + BAD.length);
        assertEquals(n + BAD.length, all.n());
        assertEquals(good.modesCovered(), all.modesCovered());
        assertEquals(good.highQualityFraction() * n / (n + BAD.length), all.highQualityFraction(), 1e-15);
        assertEquals(good.modeReverseKl(), all.modeReverseKl(), 0.0);
        // nothing but bad samples: no mode, no high quality sample, the KL undefined
        double[] bad = Arrays.copyOfRange(x, 2 * n, x.length);
        ModeCoverage.Result none = ModeCoverage.compute(t.modes().orElseThrow(), bad, BAD.length);
        assertEquals(0, none.modesCovered());
        assertEquals(0.0, none.highQualityFraction());
        assertTrue(Double.isNaN(none.modeReverseKl()));
    }

    @Test
    void distancesOfASampleWithANonFinitePointAreNaN() {
        int n = 500;
        double[] x = ringWithBadTail(n);
        int m = n + BAD.length;
        double[] y = new double[2 * m];
        new Ring8Target(2, 0.02).sample(new SplittableRandom(2), y, m);
        for (int i = 0; i < BAD.length; i++) {
            double[] one = Arrays.copyOf(y, y.length);
            one[7] = BAD[i];
            String what = " with " + BAD[i];
            assertTrue(Double.isNaN(SlicedWasserstein.compute(one, m, y, m, new SplittableRandom(3)).value()), "SW" + what);
            assertTrue(Double.isNaN(SlicedWasserstein.compute(y, m, one, m, new SplittableRandom(3)).value()), "SW" + what);
            assertTrue(Double.isNaN(Mmd.unbiased(one, m, y, m, 2, 0.02).value()), "MMD" + what);
            assertTrue(Double.isNaN(Mmd.unbiased(y, m, one, m, 2, 0.02).value()), "MMD" + what);
            assertTrue(Double.isNaN(KnnEntropy.estimate(one, m, 2, 3)), "k-NN entropy" + what);
            double[] line = {0.1, -0.3, BAD[i], 1.2, 0.7};
            double[] ok = {0.0, 0.2, 0.4, -0.5, 1.0};
            assertTrue(Double.isNaN(Wasserstein1D.twoSample(line, 5, ok, 5).value()), "W1" + what);
            assertTrue(Double.isNaN(Wasserstein1D.twoSample(ok, 5, line, 4).value()), "W1 unequal sizes" + what);
            assertTrue(Double.isNaN(Wasserstein1D.toTarget(line, 5, new GaussianTarget(0, 1)).value()), "W1 to target" + what);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Kde(one, m, 2, 0.1));
            assertTrue(e.getMessage().contains("sample 3") && e.getMessage().contains("not finite"), e.getMessage());
        }
        // the good part alone is a number
        assertTrue(Double.isFinite(SlicedWasserstein.compute(x, n, y, n, new SplittableRandom(3)).value()));
    }
}
