package lab.minimax.metrics.mnist;

import lab.minimax.distribution.mnist.MnistDigits;
import lab.minimax.distribution.mnist.MnistSplit;
import lab.minimax.distribution.mnist.PixelScale;
import lab.minimax.nn.f32.FloatKernels;

/**
 * The nearest training digit of an image ("is the GAN copying?"): the training image t of the
 * standard split minimising the Euclidean distance ‖x − t‖ in [0, 1] pixels, computed for a chunk
 * of images X at once as
 * <pre>
 *   ‖x_i − t_j‖² = ‖x_i‖² + ‖t_j‖² − 2 (X·Tᵀ)_ij
 * </pre>
 * with X·Tᵀ on the engine's {@link FloatKernels} (a fixed summation order, so the same bits on
 * every CPU) and the norms in double. The 8,000 training images (25 MB as floats) are loaded once
 * and shared; an instance holds its own scratch (one per thread).
 */
public final class NearestDigit {
    /** Images per product X·Tᵀ (the scratch is CHUNK × 8,000 floats). */
    static final int CHUNK = 32;
    private static final int D = MnistDigits.PIXELS;

    private static volatile Training training;

    private final Training t;
    private final FloatKernels kernels;
    private final float[] dots;
    private final float[] x = new float[CHUNK * D];

    /** The 8,000 training images as rows, and their squared norms. */
    private record Training(float[] images, double[] norms, int[] index, int n) {
    }

    public NearestDigit(FloatKernels kernels) {
        this.t = training();
        this.kernels = kernels;
        this.dots = new float[CHUNK * t.n];
    }

    private static Training training() {
        Training tr = training;
        if (tr == null) {
            synchronized (NearestDigit.class) {
                tr = training;
                if (tr == null) {
                    MnistDigits digits = MnistDigits.standard();
                    int[] index = MnistSplit.standard().trainingIndices();
                    float[] images = new float[index.length * D];
                    double[] norms = new double[index.length];
                    for (int k = 0; k < index.length; k++) {
                        digits.copyImage(index[k], PixelScale.UNIT, images, k * D);
                        norms[k] = squaredNorm(images, k * D);
                    }
                    tr = new Training(images, norms, index, index.length);
                    training = tr;
                }
            }
        }
        return tr;
    }

    private static double squaredNorm(float[] a, int off) {
        double s = 0;
        for (int j = 0; j < D; j++) {
            s += (double) a[off + j] * a[off + j];
        }
        return s;
    }

    /** Index (into {@link MnistDigits#standard()}) and distance of an image's nearest training digit. */
    public record Match(int image, int label, double distance) {
    }

    /**
     * The nearest training digit of each of n images (rows of 784 in [0, 1] from images[0 ..]),
     * into a new array.
     */
    public Match[] nearest(float[] images, int n) {
        Match[] out = new Match[n];
        MnistDigits digits = MnistDigits.standard();
        for (int start = 0; start < n; start += CHUNK) {
            int m = Math.min(CHUNK, n - start);
            System.arraycopy(images, start * D, x, 0, m * D);
            // (X·Tᵀ)_ij, X m × 784, T n_t × 784
            kernels.multTransB(x, t.images, null, dots, m, D, t.n, FloatKernels.Epilogue.NONE);
            for (int i = 0; i < m; i++) {
                double xx = squaredNorm(x, i * D);
                int best = 0;
                double bestD2 = Double.POSITIVE_INFINITY;
                for (int j = 0; j < t.n; j++) {
                    double d2 = xx + t.norms[j] - 2.0 * dots[i * t.n + j];
                    if (d2 < bestD2) {
                        bestD2 = d2;
                        best = j;
                    }
                }
                int image = t.index[best];
                out[start + i] = new Match(image, digits.label(image), Math.sqrt(Math.max(0, bestD2)));
            }
        }
        return out;
    }

    /** The mean distance of n images to their nearest training digits (summed in order). */
    public double meanDistance(float[] images, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (Match m : nearest(images, n)) {
            s += m.distance();
        }
        return s / n;
    }
}
