package lab.minimax.distribution;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import lab.minimax.distribution.mnist.MnistDigits;
import lab.minimax.distribution.mnist.MnistSampler;
import lab.minimax.distribution.mnist.PixelScale;
import lab.minimax.experiment.DigitSubset;
import lab.minimax.experiment.TargetCatalog;

/**
 * The image target {@code mnist}: p is the empirical distribution of the training split's digits
 * (of a {@link DigitSubset}), each a row of 784 pixels in the {@link PixelScale} the generator's
 * output matches (tanh: [−1, 1], otherwise [0, 1]). It has labels, for conditional runs, but no
 * density: the 1D/2D metrics that need p(x) (plug-in divergences, D*, the heatmap) are not defined
 * for it, and {@link #density} throws.
 */
public final class MnistTarget implements Target {
    private final MnistSampler sampler;
    private final float[] rowScratch = new float[MnistDigits.PIXELS];

    public MnistTarget(DigitSubset subset, PixelScale scale) {
        this.sampler = MnistSampler.training(subset, scale);
    }

    @Override
    public String name() {
        return TargetCatalog.MNIST;
    }

    /** 784. */
    @Override
    public int dim() {
        return MnistDigits.PIXELS;
    }

    /** The training batches' sampler: rows in {@link #scale()} with their labels. */
    public MnistSampler sampler() {
        return sampler;
    }

    public PixelScale scale() {
        return sampler.scale();
    }

    public DigitSubset subset() {
        return sampler.subset();
    }

    /** n images with their digits (labels may be null): one {@code nextInt} of rng per image. */
    public void sample(RandomGenerator rng, float[] out, int[] labels, int n) {
        sampler.sample(rng, out, labels, n);
    }

    /** The {@link Target} contract in double: the same draws as {@link #sample(RandomGenerator, float[], int[], int)}. */
    @Override
    public synchronized void sample(RandomGenerator rng, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            sampler.sample(rng, rowScratch, null, 1);
            for (int j = 0; j < rowScratch.length; j++) {
                out[i * rowScratch.length + j] = rowScratch[j];
            }
        }
    }

    /** Images have no density here: always throws. */
    @Override
    public double density(double[] x, int offset) {
        throw new UnsupportedOperationException("the mnist target has no density: p(x) is only defined for 1D and 2D targets");
    }

    /** The pixel range in every dimension. */
    @Override
    public Box box() {
        double[] lo = new double[dim()];
        double[] hi = new double[dim()];
        Arrays.fill(lo, scale() == PixelScale.UNIT ? 0 : -1);
        Arrays.fill(hi, 1);
        return new Box(lo, hi);
    }

    /** A pixel value of this target's scale mapped to [0, 1] (the classifier's and the view's range). */
    public float toUnit(float v) {
        return scale() == PixelScale.UNIT ? v : (v + 1) * 0.5f;
    }
}
