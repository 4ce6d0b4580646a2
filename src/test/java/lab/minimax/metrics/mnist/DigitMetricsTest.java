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

    /**
     * labelAccuracy on real digits "asked for" their true labels is the classifier's worst per-digit
     * accuracy (≥ 0.9 on held-out digits); asked for the next digit instead, almost none are read as asked.
     */
    @Test
    void theLabelAccuracyIsTheWorstDigitsShareReadAsAsked() {
        MnistDigits digits = MnistDigits.standard();
        int[] held = MnistSplit.standard().heldOutIndices();
        double[] w = frequencies(held);
        int[] truth = java.util.Arrays.stream(held).map(digits::label).toArray();
        int[] wrong = java.util.Arrays.stream(truth).map(y -> (y + 1) % 10).toArray();
        DigitClassifier c = DigitClassifier.standard();
        DigitMetrics.Result right = DigitMetrics.compute(c, images(held), truth, held.length, w);
        DigitMetrics.Result off = DigitMetrics.compute(c, images(held), wrong, held.length, w);
        System.out.printf("held-out digits asked for their label: worst digit %.4f; for the next digit: %.4f%n",
                right.labelAccuracy(), off.labelAccuracy());
        assertTrue(right.labelAccuracy() >= 0.9 && right.labelAccuracy() < 1, "worst digit " + right.labelAccuracy());
        assertTrue(off.labelAccuracy() < 0.05, "asked for the wrong digit: " + off.labelAccuracy());
        assertTrue(Double.isNaN(DigitMetrics.compute(c, images(held), held.length, w).labelAccuracy()), "nothing asked");
        // the worst of the digits asked for, ignoring digits never asked for
        assertEquals(0.25, DigitMetrics.worstShare(new int[] {3, 0, 1, 0}, new int[] {3, 0, 4, 0}));
    }
}
