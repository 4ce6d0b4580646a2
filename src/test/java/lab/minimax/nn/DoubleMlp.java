package lab.minimax.nn;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * TEST ORACLE: the former double-precision engine, kept to check the float32 engine against and
 * for finite-difference gradient checks in double. Activations are evaluated through their scalar
 * definitions ({@link Activation#value} etc.), so they are defined in one place.
 * A multilayer perceptron on row batches, in double precision:
 * A₀ = X, Z_l = A_{l−1}·W_l + 1·b_lᵀ, A_l = σ(Z_l) for the hidden layers l = 1..L−1, and the
 * affine output Y = Z_L (L = hidden.length + 1). Layout of W_l: see {@link DoubleDenseLayer}.
 *
 * <p>Scratch matrices are fields that grow to the largest batch seen and are then
 * {@code reshape}d, so repeated calls with a batch size seen before allocate nothing. Products go
 * through {@link DoubleKernels#selected()}. Not thread-safe: use one net from one thread at a time.
 */
public final class DoubleMlp {
    final int inputDim;
    final int outputDim;
    private final int[] hidden;
    final Activation act;
    final DoubleKernels K;
    /** layers[l − 1] maps A_{l−1} to Z_l, l = 1..L. */
    final DoubleDenseLayer[] layers;
    private final double[][] params;
    private final double[][] grads;

    /** A[0] = the copied input X, A[l] = σ(Z[l]) for hidden l; Z[L] = Y. */
    final DMatrixRMaj[] A;
    final DMatrixRMaj[] Z;
    /** G[l] = dL/dZ_l for hidden l (back-propagation scratch). */
    final DMatrixRMaj[] G;
    /** An n×1 column of ones (dY for input gradients). */
    final DMatrixRMaj ones = new DMatrixRMaj(0, 1);
    /** Rows of the last forward pass, −1 before the first. */
    int rows = -1;
    private DoubleGradientPenalty penalty;

    /**
     * @param inputDim  ≥ 1
     * @param hidden    0–4 hidden widths (input side first), each ≥ 1
     * @param outputDim ≥ 1
     * @param act       the hidden activation
     * @param init      the initialisation; parameters are drawn layer by layer, W_l then b_l (see
     *                  {@link DoubleDenseLayer#initialize})
     * @param rng       the only source of randomness
     */
    DoubleMlp(int inputDim, int[] hidden, int outputDim, Activation act, Init init, RandomGenerator rng) {
        this(inputDim, hidden, outputDim, act, DoublePlainKernels.INSTANCE);
        if (init == null || rng == null) {
            throw new IllegalArgumentException("init and rng must not be null");
        }
        for (DoubleDenseLayer layer : layers) {
            layer.initialize(init, rng);
        }
    }

    /** A zero-parameter net on the given kernels (tests compare kernel implementations). */
    DoubleMlp(int inputDim, int[] hidden, int outputDim, Activation act, DoubleKernels kernels) {
        if (inputDim < 1) {
            throw new IllegalArgumentException("inputDim must be >= 1, got " + inputDim);
        }
        if (outputDim < 1) {
            throw new IllegalArgumentException("outputDim must be >= 1, got " + outputDim);
        }
        if (hidden == null || hidden.length > 4) {
            throw new IllegalArgumentException("hidden must have 0–4 layers, got "
                    + (hidden == null ? "null" : hidden.length));
        }
        for (int w : hidden) {
            if (w < 1) {
                throw new IllegalArgumentException("hidden widths must be >= 1, got " + Arrays.toString(hidden));
            }
        }
        if (act == null || kernels == null) {
            throw new IllegalArgumentException("activation must not be null");
        }
        this.inputDim = inputDim;
        this.outputDim = outputDim;
        this.hidden = hidden.clone();
        this.act = act;
        this.K = kernels;
        final int L = hidden.length + 1;
        this.layers = new DoubleDenseLayer[L];
        this.params = new double[2 * L][];
        this.grads = new double[2 * L][];
        this.A = new DMatrixRMaj[L];
        this.Z = new DMatrixRMaj[L + 1];
        this.G = new DMatrixRMaj[L];
        for (int l = 1; l <= L; l++) {
            DoubleDenseLayer layer = new DoubleDenseLayer(width(l - 1), width(l));
            layers[l - 1] = layer;
            params[2 * l - 2] = layer.W().data;
            params[2 * l - 1] = layer.b();
            grads[2 * l - 2] = layer.dW().data;
            grads[2 * l - 1] = layer.db();
            Z[l] = new DMatrixRMaj(0, width(l));
        }
        for (int l = 0; l < L; l++) {
            A[l] = new DMatrixRMaj(0, width(l));
            G[l] = new DMatrixRMaj(0, width(l));
        }
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

    /** Σ_l (d_{l−1}·d_l + d_l). */
    public int parameterCount() {
        int count = 0;
        for (DoubleDenseLayer layer : layers) {
            count += layer.parameterCount();
        }
        return count;
    }

    /**
     * Y = net(X) for X (n × inputDim); keeps what backward needs (X is copied, so the caller may
     * reuse it). Returns a net-owned matrix (n × outputDim), valid until the next
     * forward/penalty call on this net.
     */
    public DMatrixRMaj forward(DMatrixRMaj X) {
        DoubleShapes.matrix("X", X, -1, inputDim);
        final int n = X.numRows;
        final int L = layers.length;
        rows = n;
        A[0].reshape(n, inputDim);
        System.arraycopy(X.data, 0, A[0].data, 0, n * inputDim);
        for (int l = 1; l <= L; l++) {
            // Z_l = A_{l−1}·W_l + 1·b_lᵀ
            layers[l - 1].forward(K, A[l - 1], Z[l]);
            if (l < L) {
                // A_l = σ(Z_l)
                A[l].reshape(n, width(l));
                apply(act, Z[l].data, A[l].data, n * width(l));
            }
        }
        return Z[L];
    }

    /**
     * Back-propagates dL/dY of the last forward. If weightGrads, ADDS dL/dθ into the gradient
     * buffers; if dX != null, writes dL/dX into it (reshaped to n × inputDim). dX must not be dY.
     */
    public void backward(DMatrixRMaj dY, boolean weightGrads, DMatrixRMaj dX) {
        if (rows < 0) {
            throw new IllegalStateException("backward needs a forward pass first");
        }
        DoubleShapes.matrix("dY", dY, rows, outputDim);
        if (!weightGrads && dX == null) {
            return;
        }
        final int n = rows;
        DMatrixRMaj Gl = dY;
        for (int l = layers.length; l >= 1; l--) {
            DoubleDenseLayer layer = layers[l - 1];
            if (weightGrads) {
                // dW_l += A_{l−1}ᵀ·G_l, db_l += 1ᵀ·G_l
                layer.accumulateGradients(K, A[l - 1], Gl, true);
            }
            if (l > 1) {
                // G_{l−1} = (G_l·W_lᵀ) ⊙ σ'(Z_{l−1})
                DMatrixRMaj next = G[l - 1];
                layer.backwardInput(K, Gl, next);
                multiplyDerivative(act, Z[l - 1].data, A[l - 1].data, next.data, n * width(l - 1));
                Gl = next;
            } else if (dX != null) {
                // dL/dX = G_1·W_1ᵀ
                layer.backwardInput(K, Gl, dX);
            }
        }
    }

    /** Sets every gradient buffer to 0. */
    public void zeroGrad() {
        for (DoubleDenseLayer layer : layers) {
            layer.zeroGrad();
        }
    }

    /**
     * WGAN-GP, outputDim must be 1: returns P = (1/n) Σ_i λ(‖∇ₓV(x̂_i)‖₂ − 1)² and ADDS dP/dθ into
     * the gradient buffers (double backprop; a row with ∇ₓV = 0 contributes no gradient). May
     * overwrite the forward cache.
     */
    public double gradientPenalty(DMatrixRMaj xHat, double lambda) {
        requireScalarOutput("gradientPenalty");
        if (!Double.isFinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite, got " + lambda);
        }
        if (penalty == null) {
            penalty = new DoubleGradientPenalty(this);
        }
        return penalty.compute(xHat, lambda);
    }

    /** outputDim 1: out (reshaped to n × inputDim) row i = ∇ₓV(X_i). Overwrites the forward cache. */
    public void inputGradient(DMatrixRMaj X, DMatrixRMaj out) {
        requireScalarOutput("inputGradient");
        if (out == null) {
            throw new IllegalArgumentException("out must not be null");
        }
        forward(X);
        backward(onesColumn(X.numRows), false, out);
    }

    /** The n×1 column of ones, reshaped. */
    DMatrixRMaj onesColumn(int n) {
        ones.reshape(n, 1);
        Arrays.fill(ones.data, 0, n, 1.0);
        return ones;
    }

    private void requireScalarOutput(String what) {
        if (outputDim != 1) {
            throw new IllegalStateException(what + " needs outputDim 1 (a critic), this net has " + outputDim);
        }
    }

    /** Live parameter arrays W1, b1, W2, b2, … (W_l row-major fan_in × fan_out). */
    public double[][] parameters() {
        return params;
    }

    /** Live gradient arrays dW1, db1, dW2, db2, … of the same shapes as {@link #parameters()}. */
    public double[][] gradients() {
        return grads;
    }

    /** The layers, input side first (live). */
    public DoubleDenseLayer layer(int index) {
        return layers[index];
    }

    /** ‖dL/dθ‖₂ over all gradient buffers. */
    public double gradientNorm() {
        double s = 0;
        for (double[] a : grads) {
            for (double v : a) {
                s += v * v;
            }
        }
        return Math.sqrt(s);
    }

    /** Clamps every parameter (weights and biases, as in the WGAN paper) to [−c, c]; c ≥ 0. */
    public void clipWeights(double c) {
        for (double[] a : params) {
            for (int i = 0; i < a.length; i++) {
                a[i] = Math.max(-c, Math.min(c, a[i]));
            }
        }
    }

    /** A deep copy: same shape, activation and kernels, copied parameters and gradients, own scratch. */
    public DoubleMlp copy() {
        DoubleMlp m = new DoubleMlp(inputDim, hidden, outputDim, act, K);
        m.copyFrom(this);
        copyArrays(grads, m.grads);
        return m;
    }

    /** Copies the parameters of a net with the same input, hidden and output sizes. */
    public void copyFrom(DoubleMlp other) {
        if (other.inputDim != inputDim || other.outputDim != outputDim || !Arrays.equals(other.hidden, hidden)) {
            throw new IllegalArgumentException("copyFrom needs the same shape: this is " + shape()
                    + ", other is " + other.shape());
        }
        copyArrays(other.params, params);
    }

    /** e.g. "2-64-64-1 relu". */
    public String shape() {
        StringBuilder sb = new StringBuilder().append(inputDim);
        for (int w : hidden) {
            sb.append('-').append(w);
        }
        return sb.append('-').append(outputDim).append(' ').append(act.name()).toString();
    }

    @Override
    public String toString() {
        return "DoubleMlp[" + shape() + ", kernels=" + K.name() + "]";
    }

    private static void copyArrays(double[][] from, double[][] to) {
        for (int i = 0; i < from.length; i++) {
            System.arraycopy(from[i], 0, to[i], 0, from[i].length);
        }
    }

    /** A = σ(Z) by the scalar definition. */
    static void apply(Activation act, double[] z, double[] a, int len) {
        for (int i = 0; i < len; i++) {
            a[i] = act.value(z[i]);
        }
    }

    /** G ⊙= σ'(Z) by the scalar definition. */
    static void multiplyDerivative(Activation act, double[] z, double[] a, double[] g, int len) {
        for (int i = 0; i < len; i++) {
            g[i] *= act.derivative(z[i]);
        }
    }

    /** Z̄ = Ḡ ⊙ D ⊙ σ''(Z), then Ḡ ⊙= σ'(Z), by the scalar definitions. */
    static void secondOrder(Activation act, double[] z, double[] a, double[] d, double[] gBar, double[] zBar, int len) {
        for (int i = 0; i < len; i++) {
            zBar[i] = gBar[i] * d[i] * act.secondDerivative(z[i]);
            gBar[i] *= act.derivative(z[i]);
        }
    }

    /** The double twin of a float32 net: same shape and activation, its parameters widened exactly. */
    public static DoubleMlp of(Mlp net) {
        DoubleMlp d = new DoubleMlp(net.inputDim(), net.hidden(), net.outputDim(), net.activation(),
                DoublePlainKernels.INSTANCE);
        float[][] p = net.parameters();
        for (int s = 0; s < p.length; s++) {
            for (int i = 0; i < p[s].length; i++) {
                d.parameters()[s][i] = p[s][i];
            }
        }
        return d;
    }
}
