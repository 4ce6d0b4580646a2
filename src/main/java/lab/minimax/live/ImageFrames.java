package lab.minimax.live;

import lab.minimax.distribution.MnistTarget;
import lab.minimax.gan.Evaluation;
import lab.minimax.gan.ImageMetrics;
import lab.minimax.gan.ImageRows;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.objective.Objective;
import lab.minimax.live.frame.HeatKind;
import lab.minimax.live.frame.ImageFrame;
import lab.minimax.live.frame.ImageSet;
import lab.minimax.live.wire.ImageCoding;
import lab.minimax.random.SplitMix64;

/**
 * The image view's frames of one run on an image target ({@link ImageLayout}): G(z) for a fixed
 * grid of z (one row per trained digit when conditional), G along the segment z_a → z_b, and one
 * real training digit of each trained digit, each image with D's score as the objective displays
 * it; the class histogram of the last heavy pass once per pass. The z, the digits asked for and
 * the real digits are drawn once from the builder's own stream, so frames change only as the
 * networks learn. Bound to one trainer; call from the thread that holds the run's lock.
 */
final class ImageFrames {
    private final Trainer trainer;
    private final MnistTarget target;
    private final HeatKind kind;
    private final int rows;
    private final int cols;
    private final int[] rowLabels;
    private final float[] zGrid;
    private final int[] gridLabels;
    private final float[] zStrip;
    private final int[] stripLabels;
    private final int stripLabel;
    private final float[] real;
    private final int[] realLabels;
    private final byte[] realPixels;
    private final float[] dataShares;
    // the last heavy pass's histogram, sent with the next frame (null: nothing new)
    private int[] classCounts;
    private int classSamples;

    ImageFrames(Trainer trainer, MnistTarget target, HeatKind kind, long seed) {
        this.trainer = trainer;
        this.target = target;
        this.kind = kind;
        SplitMix64 rng = new SplitMix64(seed ^ 0x1A6E5F3C2B4D9E87L);
        int[] digits = target.subset().digits();
        boolean conditional = trainer.conditional();
        rows = conditional ? digits.length : ImageLayout.ROWS;
        cols = ImageLayout.cols(conditional);
        rowLabels = conditional ? digits.clone() : new int[0];
        zGrid = ImageRows.noise(trainer, rng, rows * cols);
        gridLabels = new int[rows * cols];
        for (int i = 0; i < gridLabels.length; i++) {
            gridLabels[i] = conditional ? digits[i / cols] : 0;
        }
        // z_a → z_b, ends included: z_k = (1 − t_k) z_a + t_k z_b, t_k = k / (STRIP − 1)
        float[] ends = ImageRows.noise(trainer, rng, 2);
        int dz = trainer.noiseDim();
        int n = ImageLayout.STRIP;
        zStrip = new float[n * dz];
        for (int k = 0; k < n; k++) {
            float t = (float) k / (n - 1);
            for (int j = 0; j < dz; j++) {
                zStrip[k * dz + j] = (1 - t) * ends[j] + t * ends[dz + j];
            }
        }
        stripLabel = conditional ? digits[digits.length / 2] : -1;
        stripLabels = new int[n];
        java.util.Arrays.fill(stripLabels, Math.max(0, stripLabel));
        realLabels = digits.clone();
        real = realOfEach(target, digits, rng);
        realPixels = ImageCoding.pixelBytes(ImageRows.toUnit(target, real), 0, 1);
        double[] w = target.sampler().labelFrequencies();
        dataShares = new float[ImageFrame.CLASSES];
        for (int d = 0; d < dataShares.length; d++) {
            dataShares[d] = (float) w[d];
        }
    }

    /** One training image of each digit, in the digits' order: drawn until each has come up (bounded). */
    private static float[] realOfEach(MnistTarget target, int[] digits, SplitMix64 rng) {
        int px = ImageFrame.PIXELS;
        float[] out = new float[digits.length * px];
        boolean[] found = new boolean[digits.length];
        int left = digits.length;
        float[] x = new float[64 * px];
        int[] y = new int[64];
        for (int round = 0; round < 1000 && left > 0; round++) {
            target.sample(rng, x, y, 64);
            for (int i = 0; i < 64 && left > 0; i++) {
                for (int k = 0; k < digits.length; k++) {
                    if (!found[k] && digits[k] == y[i]) {
                        System.arraycopy(x, i * px, out, k * px, px);
                        found[k] = true;
                        left--;
                    }
                }
            }
        }
        return out;
    }

    /** The image metrics of a heavy pass, for the next frame's histogram. */
    void heavy(Evaluation e) {
        ImageMetrics m = e.image();
        if (m != null) {
            classCounts = m.digits().histogram().clone();
            classSamples = m.digits().n();
        }
    }

    /** The frame now: the networks on the fixed z and real digits; the histogram if one is new. */
    ImageFrame frame() {
        int n = rows * cols;
        float[] g = ImageRows.generate(trainer, zGrid, gridLabels, n);
        float[] s = ImageRows.generate(trainer, zStrip, stripLabels, ImageLayout.STRIP);
        ImageSet grid = new ImageSet(n, bytes(g), scores(g, gridLabels, n));
        ImageSet strip = new ImageSet(ImageLayout.STRIP, bytes(s), scores(s, stripLabels, ImageLayout.STRIP));
        ImageSet realSet = new ImageSet(realLabels.length, realPixels, scores(real, realLabels, realLabels.length));
        ImageFrame f = new ImageFrame(kind, grid, rows, cols, rowLabels, strip, stripLabel, realSet, realLabels,
                classCounts, classSamples, dataShares);
        classCounts = null;
        return f;
    }

    private byte[] bytes(float[] x) {
        return ImageCoding.pixelBytes(ImageRows.toUnit(target, x), 0, 1);
    }

    /** D's score of each image as the objective displays it (D̂ for an f-GAN, else the critic's value). */
    private float[] scores(float[] x, int[] labels, int n) {
        double[] v = ImageRows.critic(trainer, x, labels, n);
        Objective o = trainer.objective();
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            double d = o.display(v[i]);
            out[i] = Double.isFinite(d) ? (float) d : Float.NaN;
        }
        return out;
    }
}
