package lab.minimax.nn;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import lab.minimax.nn.f32.FloatKernels;
import org.ejml.data.FMatrixRMaj;

/**
 * A multilayer perceptron on row batches, in float32 (the one training engine of the lab):
 * A₀ = X, Z_l = A_{l−1}·W_l + 1·b_lᵀ, A_l = σ(Z_l) for the hidden layers l = 1..L−1, and the
 * affine output Y = Z_L (L = hidden.length + 1). Layout of W_l: see {@link DenseLayer}. Only the
 * activations A_l are kept: σ' and σ'' are read from them ({@link Activation}); ReLU's forward and
 * mask run in the products' stores.
 *
 * <p>Scratch matrices are fields that grow to the largest batch seen and are then
 * {@code reshape}d, so repeated calls with a batch size seen before allocate nothing. Products go
 * through the {@link FloatKernels} given (by default {@link FloatKernels#selected()}), whose fixed
 * summation order makes a run the same bits on every CPU. Not thread-safe: use one net from one
 * thread at a time.
 */
public final class Mlp implements Network {
    final int inputDim;
    final int outputDim;
    private final int[] hidden;
    final Activation act;
    final FloatKernels K;
    /** layers[l − 1] maps A_{l−1} to Z_l, l = 1..L. */
    final DenseLayer[] layers;
    private final float[][] params;
    private final float[][] grads;

    /** A[0] = the copied input X, A[l] = σ(Z_l) for hidden l. */
    final FMatrixRMaj[] A;
    /** Y = Z_L. */
    final FMatrixRMaj Y;
    /** G[l] = dL/dZ_l for hidden l (back-propagation scratch). */
    final FMatrixRMaj[] G;
    /** An n×1 column of ones (dY for input gradients). */
    final FMatrixRMaj ones = new FMatrixRMaj(0, 1);
    /** Rows of the last forward pass, −1 before the first. */
    int rows = -1;
    private GradientPenalty penalty;

    /**
     * @param inputDim  ≥ 1
     * @param hidden    0–4 hidden widths (input side first), each ≥ 1
     * @param outputDim ≥ 1
     * @param act       the hidden activation
     * @param init      the initialisation; parameters are drawn layer by layer, W_l then b_l (see
     *                  {@link DenseLayer#initialize})
     * @param rng       the only source of randomness
     */
    public Mlp(int inputDim, int[] hidden, int outputDim, Activation act, Init init, RandomGenerator rng) {
        this(inputDim, hidden, outputDim, act, init, rng, FloatKernels.selected());
    }

    /** The same on the given kernels (e.g. two-thread kernels, or the plain ones in tests). */
    public Mlp(int inputDim, int[] hidden, int outputDim, Activation act, Init init, RandomGenerator rng,
               FloatKernels kernels) {
        this(inputDim, hidden, outputDim, act, kernels);
        if (init == null || rng == null) {
            throw new IllegalArgumentException("init and rng must not be null");
        }
        for (DenseLayer layer : layers) {
            layer.initialize(init, rng);
        }
    }

    /** A zero-parameter net on the given kernels. */
    Mlp(int inputDim, int[] hidden, int outputDim, Activation act, FloatKernels kernels) {
        Shapes.network(inputDim, hidden, outputDim);
        if (act == null || kernels == null) {
            throw new IllegalArgumentException("activation and kernels must not be null");
        }
        this.inputDim = inputDim;
        this.outputDim = outputDim;
        this.hidden = hidden.clone();
        this.act = act;
        this.K = kernels;
        final int L = hidden.length + 1;
        this.layers = new DenseLayer[L];
        this.params = new float[2 * L][];
        this.grads = new float[2 * L][];
        this.A = new FMatrixRMaj[L];
        this.G = new FMatrixRMaj[L];
        for (int l = 1; l <= L; l++) {
            DenseLayer layer = new DenseLayer(width(l - 1), width(l));
            layers[l - 1] = layer;
            params[2 * l - 2] = layer.W().data;
            params[2 * l - 1] = layer.b();
            grads[2 * l - 2] = layer.dW().data;
            grads[2 * l - 1] = layer.db();
        }
        for (int l = 0; l < L; l++) {
            A[l] = new FMatrixRMaj(0, width(l));
            G[l] = new FMatrixRMaj(0, width(l));
        }
        Y = new FMatrixRMaj(0, outputDim);
    }

    /** d_l: d_0 = inputDim, d_l = hidden[l − 1], d_L = outputDim. */
    int width(int l) {
        return l == 0 ? inputDim : l <= hidden.length ? hidden[l - 1] : outputDim;
    }

    public int inputDim() {
        return inputDim;
    }

    public int outputDim() {
        return outputDim;
    }

    /** A copy of the hidden widths. */
    public int[] hidden() {
        return hidden.clone();
    }

    public Activation activation() {
        return act;
    }

    /** The kernels this net's products run on. */
    public FloatKernels kernels() {
        return K;
    }

    /** Σ_l (d_{l−1}·d_l + d_l). */
    public int parameterCount() {
        int count = 0;
        for (DenseLayer layer : layers) {
            count += layer.parameterCount();
        }
        return count;
    }

    /**
     * Y = net(X) for X (n × inputDim); keeps what backward needs (X is copied, so the caller may
     * reuse it). Returns a net-owned matrix (n × outputDim), valid until the next
     * forward/penalty call on this net.
     */
    public FMatrixRMaj forward(FMatrixRMaj X) {
        Shapes.matrix("X", X, -1, inputDim);
        final int n = X.numRows;
        final int L = layers.length;
        rows = n;
        A[0].reshape(n, inputDim);
        System.arraycopy(X.data, 0, A[0].data, 0, n * inputDim);
        final boolean relu = act.isRelu();
        for (int l = 1; l <= L; l++) {
            if (l < L) {
                // A_l = σ(A_{l−1}·W_l + 1·b_lᵀ) (ReLU in the product's store)
                layers[l - 1].forward(K, A[l - 1], A[l], relu);
                if (!relu) {
                    act.apply(A[l].data, n * width(l));
                }
            } else {
                // Y = A_{L−1}·W_L + 1·b_Lᵀ
                layers[l - 1].forward(K, A[l - 1], Y, false);
            }
        }
        return Y;
    }

    /**
     * Back-propagates dL/dY of the last forward. If weightGrads, ADDS dL/dθ into the gradient
     * buffers; if dX != null, writes dL/dX into it (reshaped to n × inputDim). dX must not be dY.
     */
    public void backward(FMatrixRMaj dY, boolean weightGrads, FMatrixRMaj dX) {
        if (rows < 0) {
            throw new IllegalStateException("backward needs a forward pass first");
        }
        Shapes.matrix("dY", dY, rows, outputDim);
        if (!weightGrads && dX == null) {
            return;
        }
        final int n = rows;
        final boolean relu = act.isRelu();
        FMatrixRMaj Gl = dY;
        for (int l = layers.length; l >= 1; l--) {
            DenseLayer layer = layers[l - 1];
            if (weightGrads) {
                // dW_l += A_{l−1}ᵀ·G_l, db_l += 1ᵀ·G_l
                layer.accumulateGradients(K, A[l - 1], Gl, true);
            }
            if (l > 1) {
                // G_{l−1} = (G_l·W_lᵀ) ⊙ σ'(Z_{l−1}), σ' read from A_{l−1} (ReLU: in the store)
                FMatrixRMaj next = G[l - 1];
                layer.backwardInput(K, Gl, next, relu ? A[l - 1] : null);
                if (!relu) {
                    act.multiplyDerivative(A[l - 1].data, next.data, n * width(l - 1));
                }
                Gl = next;
            } else if (dX != null) {
                // dL/dX = G_1·W_1ᵀ
                layer.backwardInput(K, Gl, dX, null);
            }
        }
    }

    /** Sets every gradient buffer to 0. */
    public void zeroGrad() {
        for (DenseLayer layer : layers) {
            layer.zeroGrad();
        }
    }

    /**
     * WGAN-GP, outputDim must be 1: returns P = (1/n) Σ_i λ(‖∇ₓV(x̂_i)‖₂ − 1)² and ADDS dP/dθ into
     * the gradient buffers (double backprop; a row with ∇ₓV = 0 contributes no gradient). May
     * overwrite the forward cache.
     */
    public double gradientPenalty(FMatrixRMaj xHat, double lambda) {
        requireScalarOutput("gradientPenalty");
        if (!Double.isFinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite, got " + lambda);
        }
        if (penalty == null) {
            penalty = new GradientPenalty(this);
        }
        return penalty.compute(xHat, lambda);
    }

    /** outputDim 1: out (reshaped to n × inputDim) row i = ∇ₓV(X_i). Overwrites the forward cache. */
    public void inputGradient(FMatrixRMaj X, FMatrixRMaj out) {
        requireScalarOutput("inputGradient");
        if (out == null) {
            throw new IllegalArgumentException("out must not be null");
        }
        forward(X);
        backward(onesColumn(X.numRows), false, out);
    }

    /** The n×1 column of ones, reshaped. */
    FMatrixRMaj onesColumn(int n) {
        ones.reshape(n, 1);
        Arrays.fill(ones.data, 0, n, 1f);
        return ones;
    }

    private void requireScalarOutput(String what) {
        if (outputDim != 1) {
            throw new IllegalStateException(what + " needs outputDim 1 (a critic), this net has " + outputDim);
        }
    }

    /** Live parameter arrays W1, b1, W2, b2, … (W_l row-major fan_in × fan_out). */
    public float[][] parameters() {
        return params;
    }

    /** Live gradient arrays dW1, db1, dW2, db2, … of the same shapes as {@link #parameters()}. */
    public float[][] gradients() {
        return grads;
    }

    /** The layers, input side first (live). */
    public DenseLayer layer(int index) {
        return layers[index];
    }

    /** ‖dL/dθ‖₂ over all gradient buffers. */
    public double gradientNorm() {
        return ParameterArrays.norm(grads);
    }

    /** Clamps every parameter (weights and biases, as in the WGAN paper) to [−c, c]; c ≥ 0. */
    public void clipWeights(double c) {
        ParameterArrays.clamp(params, c);
    }

    /** A deep copy: same shape, activation and kernels, copied parameters and gradients, own scratch. */
    public Mlp copy() {
        Mlp m = new Mlp(inputDim, hidden, outputDim, act, K);
        m.copyFrom(this);
        ParameterArrays.copy(grads, m.grads);
        return m;
    }

    /** Copies the parameters of an MLP with the same input, hidden and output sizes. */
    @Override
    public void copyFrom(Network other) {
        if (!(other instanceof Mlp m) || m.inputDim != inputDim || m.outputDim != outputDim
                || !Arrays.equals(m.hidden, hidden)) {
            throw new IllegalArgumentException("copyFrom needs the same shape: this is " + shape()
                    + ", other is " + other.shape());
        }
        ParameterArrays.copy(m.params, params);
    }

    /** e.g. "2-64-64-1 relu". */
    public String shape() {
        return Shapes.describe(inputDim, hidden, outputDim, act.name());
    }

    @Override
    public String toString() {
        return "Mlp[" + shape() + ", kernels=" + K.name() + "]";
    }
}
