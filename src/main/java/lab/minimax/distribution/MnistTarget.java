package lab.minimax.distribution;

import lab.minimax.distribution.mnist.DigitSubset;
import lab.minimax.distribution.mnist.MnistSampler;
import lab.minimax.distribution.mnist.PixelScale;

import java.util.random.RandomGenerator;

/**
 * STUB (branch imageview): the names of the lead's MNIST target, so that the image view compiles
 * before the engine lands. Never constructed here; on merging main, take main's file.
 */
public final class MnistTarget implements Target {
    private MnistTarget() {
    }

    private static UnsupportedOperationException stub() {
        return new UnsupportedOperationException("MnistTarget is a stub until the engine lands");
    }

    @Override
    public String name() {
        return "mnist";
    }

    @Override
    public int dim() {
        return 784;
    }

    public MnistSampler sampler() {
        throw stub();
    }

    public PixelScale scale() {
        throw stub();
    }

    public DigitSubset subset() {
        throw stub();
    }

    public void sample(RandomGenerator rng, float[] out, int[] labels, int n) {
        throw stub();
    }

    @Override
    public void sample(RandomGenerator rng, double[] out, int n) {
        throw stub();
    }

    @Override
    public double density(double[] x, int offset) {
        throw stub();
    }

    @Override
    public Box box() {
        throw stub();
    }

    public float toUnit(float v) {
        throw stub();
    }
}
