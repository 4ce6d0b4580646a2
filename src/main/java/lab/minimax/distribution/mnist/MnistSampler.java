package lab.minimax.distribution.mnist;

import lab.minimax.experiment.DigitSubset;
import java.util.random.RandomGenerator;

/**
 * Draws training batches of digits: each row is an image of the pool, i.i.d. uniform (with
 * replacement), drawn by exactly one {@code rng.nextInt(poolSize)} per row, so a seeded
 * {@link lab.minimax.random.SplitMix64} stream gives the same batches on every JVM and CPU. The
 * pool is the training part of {@link MnistSplit} restricted to a {@link DigitSubset}, in ascending
 * image order. Rows are 784 floats (28×28 row-major) in the sampler's {@link PixelScale}; labels
 * (for conditional GANs) come with them. {@link #sample} fills the caller's buffers and allocates
 * nothing.
 */
public final class MnistSampler {
    private final MnistDigits digits;
    private final int[] pool;
    private final PixelScale scale;
    private final DigitSubset subset;

    private MnistSampler(MnistDigits digits, int[] pool, DigitSubset subset, PixelScale scale) {
        this.digits = digits;
        this.pool = pool;
        this.subset = subset;
        this.scale = scale;
    }

    /** Samples the standard training split's images of {@code subset}, in {@code scale}. */
    public static MnistSampler training(DigitSubset subset, PixelScale scale) {
        return of(MnistDigits.standard(), MnistSplit.standard().trainingIndices(), subset, scale);
    }

    /** Samples those of {@code images} (indices into {@code digits}) whose label is in {@code subset}. */
    static MnistSampler of(MnistDigits digits, int[] images, DigitSubset subset, PixelScale scale) {
        int n = 0;
        for (int i : images) {
            if (subset.contains(digits.label(i))) {
                n++;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException(DigitSubset.FIELD + ": no image of " + subset + " to sample");
        }
        int[] pool = new int[n];
        int k = 0;
        for (int i : images) {
            if (subset.contains(digits.label(i))) {
                pool[k++] = i;
            }
        }
        return new MnistSampler(digits, pool, subset, scale);
    }

    /** Values per row, 784. */
    public int dim() {
        return MnistDigits.PIXELS;
    }

    /** Number of images drawn from. */
    public int poolSize() {
        return pool.length;
    }

    /** The digits drawn from. */
    public DigitSubset subset() {
        return subset;
    }

    /** The pixel scale of the rows. */
    public PixelScale scale() {
        return scale;
    }

    /** The share of each digit 0–9 in the pool (0 outside the subset): the data's class frequencies. */
    public double[] labelFrequencies() {
        double[] f = new double[MnistDigits.CLASSES];
        for (int i : pool) {
            f[digits.label(i)]++;
        }
        for (int d = 0; d < f.length; d++) {
            f[d] /= pool.length;
        }
        return f;
    }

    /**
     * Writes n images into out[0 .. n·784), row i at out[i·784 ..], and, when {@code labels} is not
     * null, their digits into labels[0 .. n). Uses only {@code rng} for randomness, one
     * {@code nextInt(poolSize())} per row.
     */
    public void sample(RandomGenerator rng, float[] out, int[] labels, int n) {
        if (n < 0 || (long) n * MnistDigits.PIXELS > out.length) {
            throw new IllegalArgumentException("n must be in 0–" + out.length / MnistDigits.PIXELS
                    + " for an output of " + out.length + " floats (784 per image), got " + n);
        }
        if (labels != null && labels.length < n) {
            throw new IllegalArgumentException("labels holds " + labels.length + " entries, " + n + " needed");
        }
        for (int r = 0; r < n; r++) {
            int image = pool[rng.nextInt(pool.length)];
            digits.copyImage(image, scale, out, r * MnistDigits.PIXELS);
            if (labels != null) {
                labels[r] = digits.label(image);
            }
        }
    }
}
