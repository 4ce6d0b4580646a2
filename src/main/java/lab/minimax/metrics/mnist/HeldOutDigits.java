package lab.minimax.metrics.mnist;

import lab.minimax.distribution.mnist.MnistDigits;
import lab.minimax.distribution.mnist.MnistSplit;
import lab.minimax.distribution.mnist.PixelScale;

/**
 * The reference side of the image metrics: the 2,000 held-out digits of the standard split read
 * by the standard classifier, computed once and shared. Their feature Gaussian is what a generated
 * set's Fréchet distance is measured against; their own metrics (every digit covered, the held-out
 * share of confident digits) are the ceiling a perfect generator would reach.
 */
public final class HeldOutDigits {
    private static volatile DigitMetrics.Result result;

    private HeldOutDigits() {
    }

    /** The held-out digits' metrics against the training split's class frequencies w. */
    public static DigitMetrics.Result metrics() {
        DigitMetrics.Result r = result;
        if (r == null) {
            synchronized (HeldOutDigits.class) {
                r = result;
                if (r == null) {
                    MnistDigits digits = MnistDigits.standard();
                    int[] held = MnistSplit.standard().heldOutIndices();
                    float[] images = new float[held.length * MnistDigits.PIXELS];
                    for (int k = 0; k < held.length; k++) {
                        digits.copyImage(held[k], PixelScale.UNIT, images, k * MnistDigits.PIXELS);
                    }
                    double[] w = new double[MnistDigits.CLASSES];
                    for (int i : held) {
                        w[digits.label(i)] += 1.0 / held.length;
                    }
                    r = DigitMetrics.compute(DigitClassifier.standard(), images, held.length, w);
                    result = r;
                }
            }
        }
        return r;
    }

    /** d² of the Fréchet distance between {@code generated}'s features and the held-out digits'. */
    public static double frechet(DigitMetrics.Result generated) {
        return FrechetDistance.squared(generated.features(), metrics().features());
    }
}
