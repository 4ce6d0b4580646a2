package lab.minimax.metrics.mnist;

import lab.minimax.distribution.mnist.MnistDigits;
import lab.minimax.distribution.mnist.PixelScale;
import org.ejml.data.FMatrixRMaj;

/** The share of images a classifier labels correctly (the arg-max logit, ties to the lower digit). */
final class Accuracy {
    private static final int CHUNK = 250;

    private Accuracy() {
    }

    /** Correctly classified images among {@code images} (indices into {@code digits}). */
    static int correct(DigitClassifier net, MnistDigits digits, int[] images) {
        FMatrixRMaj x = new FMatrixRMaj(CHUNK, MnistDigits.PIXELS);
        int correct = 0;
        for (int start = 0; start < images.length; start += CHUNK) {
            int n = Math.min(CHUNK, images.length - start);
            x.reshape(n, MnistDigits.PIXELS);
            for (int r = 0; r < n; r++) {
                digits.copyImage(images[start + r], PixelScale.UNIT, x.data, r * MnistDigits.PIXELS);
            }
            FMatrixRMaj y = net.logits(x);
            for (int r = 0; r < n; r++) {
                correct += argMax(y.data, r * y.numCols, y.numCols) == digits.label(images[start + r]) ? 1 : 0;
            }
        }
        return correct;
    }

    static int argMax(float[] a, int off, int len) {
        int best = 0;
        for (int k = 1; k < len; k++) {
            if (a[off + k] > a[off + best]) {
                best = k;
            }
        }
        return best;
    }
}
