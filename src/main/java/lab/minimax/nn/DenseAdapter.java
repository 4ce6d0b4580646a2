package lab.minimax.nn;

import java.util.random.RandomGenerator;
import lab.minimax.nn.f32.FloatKernels;
import org.ejml.data.FMatrixRMaj;

/** A {@link DenseLayer} as a {@link Layer} of a {@link LayerStack} (the same operations, forwarded). */
final class DenseAdapter implements Layer {
    final DenseLayer d;
    private final float[][] params;
    private final float[][] grads;

    DenseAdapter(int fanIn, int fanOut) {
        this.d = new DenseLayer(fanIn, fanOut);
        this.params = new float[][]{d.W().data, d.b()};
        this.grads = new float[][]{d.dW().data, d.db()};
    }

    @Override
    public int inSize() {
        return d.fanIn();
    }

    @Override
    public int outSize() {
        return d.fanOut();
    }

    @Override
    public int parameterCount() {
        return d.parameterCount();
    }

    @Override
    public void forward(FloatKernels K, FMatrixRMaj X, FMatrixRMaj Z, boolean relu) {
        d.forward(K, X, Z, relu);
    }

    @Override
    public void accumulateGradients(FloatKernels K, FMatrixRMaj X, FMatrixRMaj G, boolean withBias) {
        d.accumulateGradients(K, X, G, withBias);
    }

    @Override
    public void backwardInput(FloatKernels K, FMatrixRMaj G, FMatrixRMaj dX) {
        d.backwardInput(K, G, dX, null);
    }

    @Override
    public void multiplyByW(FloatKernels K, FMatrixRMaj Dbar, FMatrixRMaj Gbar) {
        d.multiplyByW(K, Dbar, Gbar, null);
    }

    @Override
    public void initialize(Init init, RandomGenerator rng) {
        d.initialize(init, rng);
    }

    @Override
    public float[][] parameters() {
        return params;
    }

    @Override
    public float[][] gradients() {
        return grads;
    }

    @Override
    public void zeroGrad() {
        d.zeroGrad();
    }

    @Override
    public Layer blank() {
        return new DenseAdapter(d.fanIn(), d.fanOut());
    }

    @Override
    public String toString() {
        return "Dense[" + d.fanIn() + "→" + d.fanOut() + "]";
    }
}
