package lab.minimax.metrics.mnist;

import lab.minimax.distribution.mnist.MnistDigits;
import org.ejml.data.FMatrixRMaj;

/**
 * The image metrics of a set of digits (generated, or real for reference), read by the digit
 * classifier:
 * <ul>
 *   <li>a sample is <em>confident</em> when its largest class probability is ≥ {@link #CONFIDENCE};
 *   <li>{@code highQualityFraction}: confident samples / n;
 *   <li>{@code modesCovered}: digits that are the class of confident samples making up ≥ 1 % of n
 *       (the 2D targets' "mode covered", with the classifier as the mode assignment);
 *   <li>{@code classKl}: KL(h ‖ w) in nats, h the class histogram of the confident samples, w the
 *       data's class frequencies (0·log 0 = 0; NaN with no confident sample);
 *   <li>{@code features}: the Gaussian of the classifier's penultimate layer, for the Fréchet distance;
 *   <li>{@code labelAccuracy}: for samples asked for a digit (a conditional generator), the worst
 *       digit's share of its samples whose most probable class is the digit asked for,
 *       min_d #{i : y_i = d, argmax p_i = d} / #{i : y_i = d}; NaN when nothing was asked.
 * </ul>
 * Images are rows of 784 values in [0, 1]; they are classified in chunks of {@link #CHUNK}.
 */
public final class DigitMetrics {
    public static final double CONFIDENCE = 0.9;
    public static final double COVERED_SHARE = 0.01;
    static final int CHUNK = 500;

    private DigitMetrics() {
    }

    /**
     * @param modesCovered        digits holding ≥ 1 % of the samples as confident ones
     * @param highQualityFraction confident samples / n
     * @param classKl             KL(h ‖ w) of the confident samples' class histogram, nats
     * @param histogram           confident samples per digit
     * @param features            the Gaussian of the penultimate features
     * @param n                   samples read
     * @param labelAccuracy       the worst asked-for digit's share classified as asked; NaN if none was asked
     */
    public record Result(int modesCovered, double highQualityFraction, double classKl, int[] histogram,
                         FrechetDistance.Gaussian features, int n, double labelAccuracy) {
    }

    /** The metrics of n images (row-major n × 784 in [0, 1]) against the data's class frequencies w. */
    public static Result compute(DigitClassifier c, float[] images, int n, double[] w) {
        return compute(c, images, null, n, w);
    }

    /**
     * The metrics of n images, image i asked for digit {@code asked[i]} (null: an unconditional
     * generator), against the data's class frequencies w.
     */
    public static Result compute(DigitClassifier c, float[] images, int[] asked, int n, double[] w) {
        int d = MnistDigits.PIXELS;
        int k = MnistDigits.CLASSES;
        int[] hist = new int[k];
        int[] askedFor = new int[k];
        int[] asGiven = new int[k];
        int confident = 0;
        float[] feats = new float[n * c.featureDim()];
        FMatrixRMaj x = new FMatrixRMaj(0, d);
        FMatrixRMaj p = new FMatrixRMaj(0, k);
        for (int start = 0; start < n; start += CHUNK) {
            int m = Math.min(CHUNK, n - start);
            x.reshape(m, d);
            System.arraycopy(images, start * d, x.data, 0, m * d);
            c.probabilities(x, p);
            System.arraycopy(c.features().data, 0, feats, start * c.featureDim(), m * c.featureDim());
            for (int i = 0; i < m; i++) {
                int best = 0;
                for (int j = 1; j < k; j++) {
                    if (p.data[i * k + j] > p.data[i * k + best]) {
                        best = j;
                    }
                }
                if (asked != null) {
                    int y = asked[start + i];
                    askedFor[y]++;
                    asGiven[y] += best == y ? 1 : 0;
                }
                if (p.data[i * k + best] >= CONFIDENCE) {
                    hist[best]++;
                    confident++;
                }
            }
        }
        int covered = 0;
        for (int h : hist) {
            covered += h >= COVERED_SHARE * n ? 1 : 0;
        }
        return new Result(covered, n == 0 ? Double.NaN : (double) confident / n, kl(hist, confident, w), hist,
                FrechetDistance.fit(feats, n, c.featureDim()), n, worstShare(asGiven, askedFor));
    }

    /** min over the digits d with asked_d > 0 of given_d / asked_d; NaN when no digit was asked. */
    static double worstShare(int[] given, int[] asked) {
        double worst = Double.NaN;
        for (int d = 0; d < asked.length; d++) {
            if (asked[d] > 0) {
                double share = (double) given[d] / asked[d];
                worst = Double.isNaN(worst) ? share : Math.min(worst, share);
            }
        }
        return worst;
    }

    /** KL(h ‖ w) = Σ h_d log(h_d / w_d) over the digits with h_d > 0, h = counts / total. */
    static double kl(int[] counts, int total, double[] w) {
        if (total == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (int j = 0; j < counts.length; j++) {
            if (counts[j] > 0) {
                double h = (double) counts[j] / total;
                s += h * StrictMath.log(h / w[j]);
            }
        }
        return s;
    }
}
