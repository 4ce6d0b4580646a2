package lab.minimax.metrics.mnist;

import lab.minimax.distribution.mnist.MnistDigits;
import lab.minimax.distribution.mnist.MnistSplit;
import lab.minimax.distribution.mnist.PixelScale;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The image metrics on real digits, whose answers are known: the held-out digits cover all ten
 * classes in the data's proportions and sit near the training digits in feature space; the
 * held-out 7s alone cover one digit, with KL(h ‖ w) = log(1/w₇).
 */
class DigitMetricsTest {
    private static float[] images(int[] indices) {
        MnistDigits digits = MnistDigits.standard();
        float[] out = new float[indices.length * MnistDigits.PIXELS];
        for (int k = 0; k < indices.length; k++) {
            digits.copyImage(indices[k], PixelScale.UNIT, out, k * MnistDigits.PIXELS);
        }
        return out;
    }

    private static double[] frequencies(int[] indices) {
        MnistDigits digits = MnistDigits.standard();
        double[] w = new double[MnistDigits.CLASSES];
        for (int i : indices) {
            w[digits.label(i)] += 1.0 / indices.length;
        }
        return w;
    }

    @Test
    void heldOutDigitsCoverEveryClassInTheDataProportionsAndSevensAloneCoverOne() {
        MnistSplit split = MnistSplit.standard();
        int[] train = split.trainingIndices();
        int[] held = split.heldOutIndices();
        double[] w = frequencies(train);
        DigitClassifier c = DigitClassifier.standard();
        DigitMetrics.Result trainResult = DigitMetrics.compute(c, images(train), train.length, w);
        DigitMetrics.Result heldResult = DigitMetrics.compute(c, images(held), held.length, w);
        double fd = FrechetDistance.squared(heldResult.features(), trainResult.features());
        System.out.printf("held-out digits: %d of 10 covered, high quality %.4f, class KL %.5f, Fréchet² to training %.3f%n",
                heldResult.modesCovered(), heldResult.highQualityFraction(), heldResult.classKl(), fd);
        assertEquals(10, heldResult.modesCovered());
        assertTrue(heldResult.highQualityFraction() >= 0.9, "confident on real digits: " + heldResult.highQualityFraction());
        assertTrue(heldResult.classKl() < 0.01, "class proportions of the data: " + heldResult.classKl());

        MnistDigits digits = MnistDigits.standard();
        int[] sevens = java.util.Arrays.stream(held).filter(i -> digits.label(i) == 7).toArray();
        DigitMetrics.Result seven = DigitMetrics.compute(c, images(sevens), sevens.length, w);
        double fdSeven = FrechetDistance.squared(seven.features(), trainResult.features());
        System.out.printf("held-out 7s: %d covered, class KL %.4f (log 1/w7 = %.4f), Fréchet² %.3f%n",
                seven.modesCovered(), seven.classKl(), Math.log(1 / w[7]), fdSeven);
        assertEquals(1, seven.modesCovered());
        assertTrue(seven.histogram()[7] >= 0.9 * sevens.length);
        // all confident 7s but a few: h ≈ (0, …, 1, …) so KL ≈ log(1/w₇)
        assertEquals(Math.log(1 / w[7]), seven.classKl(), 0.1);
        assertTrue(fdSeven > 10 * fd, "one digit is far from all ten in feature space: " + fdSeven + " vs " + fd);
    }
}
