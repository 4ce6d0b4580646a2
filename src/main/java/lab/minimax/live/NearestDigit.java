package lab.minimax.live;

import lab.minimax.distribution.mnist.MnistDigits;
import lab.minimax.distribution.mnist.MnistSplit;
import lab.minimax.live.frame.ImageFrame;

import java.util.Arrays;

/**
 * The training digit nearest to an image the view shows ("is the GAN copying?"): the L2 distance
 * over the 784 pixels in [0, 1], √Σ (a − b)² with a, b = byte / 255, against every training image
 * of the standard split ({@link MnistSplit#standard()}, 8,000 digits); ties go to the lower
 * training index. The search runs on the bytes the browser paints, so its answer is about the
 * picture the student clicked. The training pixels are gathered once (6.3 MB, shared).
 */
public final class NearestDigit {
    /** A match: the training image (its index in {@link MnistDigits}), its digit, its pixels and the distance. */
    public record Match(int trainingIndex, int label, byte[] pixels, double distance, int pool) {
    }

    private static volatile NearestDigit standard;

    private final int[] indices;
    private final int[] labels;
    private final byte[] pixels;

    NearestDigit(int[] indices, int[] labels, byte[] pixels) {
        this.indices = indices;
        this.labels = labels;
        this.pixels = pixels;
    }

    /** The search over the standard training split (built on the first call). */
    public static NearestDigit standard() {
        NearestDigit n = standard;
        if (n == null) {
            synchronized (NearestDigit.class) {
                n = standard;
                if (n == null) {
                    n = of(MnistDigits.standard(), MnistSplit.standard().trainingIndices());
                    standard = n;
                }
            }
        }
        return n;
    }

    /** The search over the images {@code indices} of {@code digits}. */
    static NearestDigit of(MnistDigits digits, int[] indices) {
        int side = MnistDigits.SIDE;
        byte[] px = new byte[indices.length * ImageFrame.PIXELS];
        int[] labels = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            labels[k] = digits.label(indices[k]);
            for (int r = 0; r < side; r++) {
                for (int c = 0; c < side; c++) {
                    px[k * ImageFrame.PIXELS + r * side + c] = (byte) digits.pixelByte(indices[k], r, c);
                }
            }
        }
        return new NearestDigit(indices.clone(), labels, px);
    }

    /** Images searched. */
    public int size() {
        return indices.length;
    }

    /** The training digit nearest to image {@code k} of {@code images} (784 bytes an image). */
    public Match nearest(byte[] images, int k) {
        int n = ImageFrame.PIXELS;
        if (k < 0 || (long) (k + 1) * n > images.length) {
            throw new IllegalArgumentException("no image " + k + " in " + images.length / n + " images");
        }
        int base = k * n;
        long best = Long.MAX_VALUE;
        int arg = -1;
        for (int t = 0; t < indices.length; t++) {
            long d = 0;
            int o = t * n;
            for (int p = 0; p < n && d < best; p++) {
                int e = (images[base + p] & 0xFF) - (pixels[o + p] & 0xFF);
                d += e * e;
            }
            if (d < best) {
                best = d;
                arg = t;
            }
        }
        return new Match(indices[arg], labels[arg], Arrays.copyOfRange(pixels, arg * n, (arg + 1) * n),
                Math.sqrt(best) / 255.0, indices.length);
    }
}
