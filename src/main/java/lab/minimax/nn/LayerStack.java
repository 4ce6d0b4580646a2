package lab.minimax.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import lab.minimax.nn.f32.FloatKernels;
import org.ejml.data.FMatrixRMaj;

/**
 * A feed-forward net of dense, convolutional and transposed-convolutional layers on row batches,
 * in float32, with {@link Mlp}'s contract: A₀ = X, Z_l = A_l(A_{l−1}) + b_l, A_l = σ(Z_l) for the
 * hidden layers, the affine output Y = Z_L. Every layer reads and writes the row-major batch
 * matrix (images NHWC per row, see {@link Conv2d}), so a dense layer of 7·7·64 outputs feeds a
 * transposed convolution on a 7×7×64 image, and a convolution's 7×7×64 output feeds a dense
 * head, without copies. Build one with {@link #builder}, or the DCGAN nets of issue 14 with
 * {@link #dcganGenerator} and {@link #dcganCritic}.
 *
 * <p>Scratch grows to the largest batch seen and is then reshaped: calls at a batch size seen
 * before allocate nothing. Same bits on every kernel path (see the layers). Not thread-safe.
 */
public final class LayerStack implements Network {
    final int inputDim;
    final int outputDim;
    final Activation act;
    final FloatKernels K;
    final Layer[] layers;
    /** bn[l] normalises Z_l before σ (hidden l only), or null. */
    final BatchNorm[] bn;
    /** Zpre[l] = A_l(A_{l−1}) + b_l before batch norm (l with bn), else null; then its gradient. */
    final FMatrixRMaj[] Zpre;
    private final float[][] params;
    private final float[][] grads;
    /** A[0] = the copied input, A[l] = σ(Z_l) for hidden l. */
    final FMatrixRMaj[] A;
    final FMatrixRMaj Y;
    /** G[l] = dL/dZ_l for hidden l. */
    final FMatrixRMaj[] G;
    final FMatrixRMaj ones = new FMatrixRMaj(0, 1);
    int rows = -1;
    private StackGradientPenalty penalty;

    LayerStack(Layer[] layers, Activation act, FloatKernels kernels) {
        this(layers, new BatchNorm[layers.length + 1], act, kernels);
    }

    /** bn[l] (l = 1..L−1) normalises hidden layer l's output, or is null; bn has length L + 1. */
    LayerStack(Layer[] layers, BatchNorm[] bn, Activation act, FloatKernels kernels) {
        if (layers.length < 1 || act == null || kernels == null) {
            throw new IllegalArgumentException("a stack needs >= 1 layer, an activation and kernels");
        }
        for (int l = 1; l < layers.length; l++) {
            if (layers[l].inSize() != layers[l - 1].outSize()) {
                throw new IllegalArgumentException("layer " + l + " (" + layers[l] + ") takes " + layers[l].inSize()
                        + " floats, layer " + (l - 1) + " (" + layers[l - 1] + ") gives " + layers[l - 1].outSize());
            }
        }
        this.layers = layers.clone();
        if (bn.length != layers.length + 1 || bn[0] != null || bn[layers.length] != null) {
            throw new IllegalArgumentException("batch norm goes on hidden layers only");
        }
        this.bn = bn.clone();
        this.Zpre = new FMatrixRMaj[layers.length + 1];
        this.act = act;
        this.K = kernels;
        this.inputDim = layers[0].inSize();
        this.outputDim = layers[layers.length - 1].outSize();
        final int L = layers.length;
        List<float[]> p = new ArrayList<>(), g = new ArrayList<>();
        this.A = new FMatrixRMaj[L];
        this.G = new FMatrixRMaj[L];
        for (int l = 0; l < L; l++) {
            p.add(layers[l].parameters()[0]);
            p.add(layers[l].parameters()[1]);
            g.add(layers[l].gradients()[0]);
            g.add(layers[l].gradients()[1]);
            BatchNorm b = bn[l + 1];
            if (b != null) {
                if (layers[l].outSize() % b.channels() != 0) {
                    throw new IllegalArgumentException(b + " does not divide layer " + l + "'s " + layers[l].outSize()
                            + " outputs");
                }
                p.add(b.gamma());
                p.add(b.beta());
                g.add(b.dGamma());
                g.add(b.dBeta());
                Zpre[l + 1] = new FMatrixRMaj(0, layers[l].outSize());
            }
            A[l] = new FMatrixRMaj(0, width(l));
            G[l] = new FMatrixRMaj(0, width(l));
        }
        this.params = p.toArray(new float[0][]);
        this.grads = g.toArray(new float[0][]);
        this.Y = new FMatrixRMaj(0, outputDim);
    }

    /** d_l: the floats per row of A_l (d_0 = inputDim, d_L = outputDim). */
    int width(int l) {
        return l == 0 ? inputDim : layers[l - 1].outSize();
    }

    /** A builder for a stack on rows of inputDim floats (an image: see {@link LayerStackBuilder#image}). */
    public static LayerStackBuilder builder(int inputDim) {
        return new LayerStackBuilder(inputDim);
    }

    /**
     * Issue 14's DCGAN generator: z (noiseDim) → dense 7·7·c1 → σ → convT 4×4/2/1 to 14×14×c2 → σ →
     * convT 4×4/2/1 to 28×28×channels (affine output).
     */
    public static LayerStack dcganGenerator(int noiseDim, int c1, int c2, int channels, Activation act, Init init,
                                            RandomGenerator rng, FloatKernels kernels) {
        return dcganGenerator(noiseDim, c1, c2, channels, false, act, init, rng, kernels);
    }

    /** The same, with batch norm after the dense layer and the first convT when batchNorm (DCGAN's G). */
    public static LayerStack dcganGenerator(int noiseDim, int c1, int c2, int channels, boolean batchNorm,
                                            Activation act, Init init, RandomGenerator rng, FloatKernels kernels) {
        LayerStackBuilder b = builder(noiseDim).dense(7 * 7 * c1).image(7, 7, c1);
        if (batchNorm) {
            b.batchNorm();
        }
        b.convTranspose(c2, 4, 2, 1);
        if (batchNorm) {
            b.batchNorm();
        }
        return b.convTranspose(channels, 4, 2, 1).build(act, init, rng, kernels);
    }

    /**
     * Issue 14's DCGAN critic (no batch norm): 28×28×channels → conv 4×4/2/1 ×c1 → σ → conv 4×4/2/1
     * ×c2 → σ → dense 7·7·c2 → 1.
     */
    public static LayerStack dcganCritic(int channels, int c1, int c2, Activation act, Init init, RandomGenerator rng,
                                         FloatKernels kernels) {
        return builder(28 * 28 * channels).image(28, 28, channels).conv(c1, 4, 2, 1).conv(c2, 4, 2, 1).dense(1)
                .build(act, init, rng, kernels);
    }

    public int inputDim() {
        return inputDim;
    }

    public int outputDim() {
        return outputDim;
    }

    public Activation activation() {
        return act;
    }

    public FloatKernels kernels() {
        return K;
    }

    public int parameterCount() {
        int c = 0;
        for (float[] a : params) { // every layer's W and b, and each batch norm's γ and β
            c += a.length;
        }
        return c;
    }

    /** Y = net(X) for X (n × inputDim), X copied; returns a net-owned n × outputDim matrix. */
    public FMatrixRMaj forward(FMatrixRMaj X) {
        Shapes.matrix("X", X, -1, inputDim);
        final int n = X.numRows;
        final int L = layers.length;
        rows = n;
        A[0].reshape(n, inputDim);
        System.arraycopy(X.data, 0, A[0].data, 0, n * inputDim);
        final boolean relu = act.isRelu();
        for (int l = 1; l < L; l++) {
            if (bn[l] != null) {
                // A_l = σ(BN(A_l(A_{l−1}) + b_l))
                layers[l - 1].forward(K, A[l - 1], Zpre[l], false);
                bn[l].forward(Zpre[l], A[l]);
                act.apply(A[l].data, n * width(l));
                continue;
            }
            // A_l = σ(A_l(A_{l−1}) + b_l) (ReLU in the product's store)
            layers[l - 1].forward(K, A[l - 1], A[l], relu);
            if (!relu) {
                act.apply(A[l].data, n * width(l));
            }
        }
        // Y = A_L(A_{L−1}) + b_L
        layers[L - 1].forward(K, A[L - 1], Y, false);
        return Y;
    }

    /**
     * Back-propagates dL/dY of the last forward: ADDS dL/dθ into the gradient buffers if
     * weightGrads, writes dL/dX into dX (reshaped to n × inputDim) if dX != null.
     */
    public void backward(FMatrixRMaj dY, boolean weightGrads, FMatrixRMaj dX) {
        if (rows < 0) {
            throw new IllegalStateException("backward needs a forward pass first");
        }
        Shapes.matrix("dY", dY, rows, outputDim);
        if (!weightGrads && dX == null) {
            return;
        }
        FMatrixRMaj Gl = dY;
        for (int l = layers.length; l >= 1; l--) {
            if (bn[l] != null) {
                // through the batch norm: dL/d(pre-norm Z_l), and dγ_l, dβ_l
                bn[l].backward(Gl, Zpre[l], weightGrads);
                Gl = Zpre[l];
            }
            // dW_l += ∂⟨G_l, A_l(A_{l−1})⟩/∂W_l; G_{l−1} = A_lᵀ(G_l) ⊙ σ'(Z_{l−1})
            FMatrixRMaj next = l > 1 ? G[l - 1] : dX;
            layers[l - 1].backward(K, A[l - 1], Gl, weightGrads, next);
            if (l > 1) {
                act.multiplyDerivative(A[l - 1].data, next.data, rows * width(l - 1));
            }
            Gl = next;
        }
    }

    public void zeroGrad() {
        for (Layer l : layers) {
            l.zeroGrad();
        }
        for (BatchNorm b : bn) {
            if (b != null) {
                b.zeroGrad();
            }
        }
    }

    /** WGAN-GP, outputDim 1: P = (1/n) Σ_i λ(‖∇ₓV(x̂_i)‖₂ − 1)², ADDS dP/dθ (see {@link StackGradientPenalty}). */
    public double gradientPenalty(FMatrixRMaj xHat, double lambda) {
        requireScalarOutput("gradientPenalty");
        for (BatchNorm b : bn) {
            if (b != null) {
                throw new IllegalStateException("the gradient penalty is not implemented through batch norm"
                        + " (issue 14: no batch norm in D)");
            }
        }
        if (!Double.isFinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite, got " + lambda);
        }
        if (penalty == null) {
            penalty = new StackGradientPenalty(this);
        }
        return penalty.compute(xHat, lambda);
    }

    /** outputDim 1: out (n × inputDim) row i = ∇ₓV(X_i). Overwrites the forward cache. */
    public void inputGradient(FMatrixRMaj X, FMatrixRMaj out) {
        requireScalarOutput("inputGradient");
        forward(X);
        backward(onesColumn(X.numRows), false, out);
    }

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

    /** Live W1, b1, W2, b2, … (each layer's layout: see its class). */
    public float[][] parameters() {
        return params;
    }

    /** Live dW1, db1, … of the same shapes. */
    public float[][] gradients() {
        return grads;
    }

    public double gradientNorm() {
        return ParameterArrays.norm(grads);
    }

    public void clipWeights(double c) {
        ParameterArrays.clamp(params, c);
    }

    /** A deep copy with its own scratch. */
    public LayerStack copy() {
        Layer[] blank = new Layer[layers.length];
        for (int l = 0; l < layers.length; l++) {
            blank[l] = layers[l].blank();
        }
        BatchNorm[] norms = new BatchNorm[bn.length];
        for (int l = 0; l < bn.length; l++) {
            norms[l] = bn[l] == null ? null : new BatchNorm(bn[l].channels(), bn[l].eps());
        }
        LayerStack s = new LayerStack(blank, norms, act, K);
        ParameterArrays.copy(params, s.params);
        ParameterArrays.copy(grads, s.grads);
        return s;
    }

    /** Copies the parameters (W, b, and γ, β of batch norms) of a stack of the same shape. */
    @Override
    public void copyFrom(Network other) {
        if (!(other instanceof LayerStack same) || !same.shape().equals(shape())) {
            throw new IllegalArgumentException("copyFrom needs the same shape: this is " + shape() + ", other is "
                    + other.shape());
        }
        ParameterArrays.copy(same.params, params);
    }

    /** The layers, batch norms and activation as text, e.g. "[Dense[64→3136], BatchNorm[64], …] relu". */
    public String shape() {
        StringBuilder sb = new StringBuilder("[");
        for (int l = 0; l < layers.length; l++) {
            sb.append(l > 0 ? ", " : "").append(layers[l]);
            if (bn[l + 1] != null) {
                sb.append(", ").append(bn[l + 1]);
            }
        }
        return sb.append("] ").append(act.name()).toString();
    }

    @Override
    public String toString() {
        return "LayerStack" + shape() + ", kernels=" + K.name();
    }
}
