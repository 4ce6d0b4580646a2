package lab.minimax.nn;

import lab.minimax.nn.f32.FloatKernels;
import org.ejml.data.FMatrixRMaj;

/**
 * A network with an activation s on its output (an image generator's tanh or sigmoid):
 * <pre>
 *   forward:   A = f(X),  Y = s(A)
 *   backward:  ∂L/∂A = ∂L/∂Y ⊙ s'(A)   (read from Y),  then f's backward
 * </pre>
 * Parameters, gradients and the optimiser's view are the inner network's. The input gradient and
 * the gradient penalty are for a critic, whose output stays affine: they throw here.
 */
public final class OutputActivated implements Network {
    private final Network inner;
    private final Activation s;
    /** Y = s(A), n × outputDim. */
    private final FMatrixRMaj y = new FMatrixRMaj(1, 1);
    /** ∂L/∂A, n × outputDim. */
    private final FMatrixRMaj dA = new FMatrixRMaj(1, 1);

    public OutputActivated(Network inner, Activation s) {
        this.inner = inner;
        this.s = s;
    }

    /** The network without its output activation. */
    public Network inner() {
        return inner;
    }

    /** The output activation s. */
    public Activation outputActivation() {
        return s;
    }

    @Override
    public int inputDim() {
        return inner.inputDim();
    }

    @Override
    public int outputDim() {
        return inner.outputDim();
    }

    @Override
    public Activation activation() {
        return inner.activation();
    }

    @Override
    public FloatKernels kernels() {
        return inner.kernels();
    }

    @Override
    public int parameterCount() {
        return inner.parameterCount();
    }

    @Override
    public FMatrixRMaj forward(FMatrixRMaj X) {
        FMatrixRMaj a = inner.forward(X);
        y.reshape(a.numRows, a.numCols);
        int len = a.numRows * a.numCols;
        System.arraycopy(a.data, 0, y.data, 0, len);
        s.apply(y.data, len);
        return y;
    }

    @Override
    public void backward(FMatrixRMaj dY, boolean weightGrads, FMatrixRMaj dX) {
        dA.reshape(dY.numRows, dY.numCols);
        int len = dY.numRows * dY.numCols;
        System.arraycopy(dY.data, 0, dA.data, 0, len);
        s.multiplyDerivative(y.data, dA.data, len);
        inner.backward(dA, weightGrads, dX);
    }

    @Override
    public void zeroGrad() {
        inner.zeroGrad();
    }

    @Override
    public double gradientPenalty(FMatrixRMaj xHat, double lambda) {
        throw new UnsupportedOperationException("a gradient penalty is for a critic, whose output is affine");
    }

    @Override
    public void inputGradient(FMatrixRMaj X, FMatrixRMaj out) {
        throw new UnsupportedOperationException("the input gradient is for a critic, whose output is affine");
    }

    @Override
    public float[][] parameters() {
        return inner.parameters();
    }

    @Override
    public float[][] gradients() {
        return inner.gradients();
    }

    @Override
    public double gradientNorm() {
        return inner.gradientNorm();
    }

    @Override
    public void clipWeights(double c) {
        inner.clipWeights(c);
    }

    @Override
    public Network copy() {
        return new OutputActivated(inner.copy(), s);
    }

    @Override
    public void copyFrom(Network other) {
        if (!(other instanceof OutputActivated o) || !o.s.name().equals(s.name())) {
            throw new IllegalArgumentException("shape " + (other == null ? "null" : other.shape()) + " is not " + shape());
        }
        inner.copyFrom(o.inner);
    }

    @Override
    public String shape() {
        return inner.shape() + " → " + s.name();
    }
}
