package lab.minimax.nn.f32;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A multilayer perceptron in float32 for the training hot loop and the lab's probes: A₀ = X,
 * A_l = σ(A_{l−1}·W_l + 1·b_lᵀ) for hidden l, Y = A_{L−1}·W_L + 1·b_Lᵀ. W_l is fanIn × fanOut
 * row-major (as the double {@code lab.minimax.nn.DenseLayer}). For σ = ReLU (the benchmark's net)
 * bias and ReLU are fused into the forward GEMM's store, the ReLU mask into the backward GEMM's
 * store; another {@link FloatActivation} runs as a pass over the layer's output.
 *
 * <p>Scratch grows to the largest batch seen, so repeated calls with batches seen before allocate
 * nothing. Not thread-safe: one net is used from one thread at a time.
 */
public final class FloatMlp {
    /** Below this many outputs a layer's products run as dot products (no full vector tile fits). */
    static final int NARROW = 8;

    private final int[] width;
    private final int depth;
    private final FloatKernels K;
    private final FloatActivation act;
    private final float[][] W, b, dW, db, Wt, dWt;
    private final float[][] params, grads;
    /** A[0] = copied input, A[l] = hidden activations; Y the output; G[l] = dL/dZ_l scratch. */
    private final float[][] A, G;
    private float[] Y;
    private int capacity;
    private int rows = -1;

    /**
     * @param inputDim  ≥ 1
     * @param hidden    hidden widths, each ≥ 1
     * @param outputDim ≥ 1
     * @param kernels   the products
     * @param rng       PyTorch initialisation: per layer W (row-major) then b, each bound·(2u − 1), bound = 1/√fanIn
     */
    public FloatMlp(int inputDim, int[] hidden, int outputDim, FloatKernels kernels, RandomGenerator rng) {
        this(inputDim, hidden, outputDim, FloatActivation.RELU, kernels, rng);
    }

    /** The same with hidden activation {@code act}. */
    public FloatMlp(int inputDim, int[] hidden, int outputDim, FloatActivation act, FloatKernels kernels,
                    RandomGenerator rng) {
        this.act = java.util.Objects.requireNonNull(act);
        if (inputDim < 1 || outputDim < 1 || hidden == null) {
            throw new IllegalArgumentException("inputDim and outputDim must be >= 1 and hidden non-null");
        }
        depth = hidden.length + 1;
        width = new int[depth + 1];
        width[0] = inputDim;
        for (int l = 1; l < depth; l++) {
            if (hidden[l - 1] < 1) {
                throw new IllegalArgumentException("hidden widths must be >= 1, got " + Arrays.toString(hidden));
            }
            width[l] = hidden[l - 1];
        }
        width[depth] = outputDim;
        K = kernels;
        W = new float[depth][];
        b = new float[depth][];
        dW = new float[depth][];
        db = new float[depth][];
        Wt = new float[depth][];
        dWt = new float[depth][];
        params = new float[2 * depth][];
        grads = new float[2 * depth][];
        for (int q = 0; q < depth; q++) {
            int in = width[q], out = width[q + 1];
            W[q] = new float[in * out];
            b[q] = new float[out];
            dW[q] = new float[in * out];
            db[q] = new float[out];
            Wt[q] = new float[in * out];
            dWt[q] = new float[in * out];
            params[2 * q] = W[q];
            params[2 * q + 1] = b[q];
            grads[2 * q] = dW[q];
            grads[2 * q + 1] = db[q];
            double bound = 1 / Math.sqrt(in);
            for (int i = 0; i < W[q].length; i++) {
                W[q][i] = (float) (bound * (2 * rng.nextDouble() - 1));
            }
            for (int i = 0; i < out; i++) {
                b[q][i] = (float) (bound * (2 * rng.nextDouble() - 1));
            }
        }
        A = new float[depth][];
        G = new float[depth][];
        ensure(1);
    }

    private void ensure(int n) {
        if (n <= capacity) {
            return;
        }
        for (int l = 0; l < depth; l++) {
            A[l] = new float[n * width[l]];
            G[l] = new float[n * width[l]];
        }
        Y = new float[n * width[depth]];
        capacity = n;
    }

    public int inputDim() {
        return width[0];
    }

    public int outputDim() {
        return width[depth];
    }

    /**
     * Y = net(X) for the first n rows of X (n × inputDim, copied). Returns the net-owned output
     * (its first n × outputDim entries), valid until the next forward.
     */
    public float[] forward(float[] X, int n) {
        ensure(n);
        rows = n;
        System.arraycopy(X, 0, A[0], 0, n * width[0]);
        for (int q = 0; q < depth; q++) {
            int in = width[q], out = width[q + 1];
            float[] dst = q < depth - 1 ? A[q + 1] : Y;
            boolean hiddenLayer = q < depth - 1;
            if (hiddenLayer && !act.isRelu()) {
                // Z = A·W + 1·bᵀ, then A_next = σ(Z) in place
                K.mult(A[q], W[q], b[q], null, dst, n, in, out, FloatKernels.Epilogue.BIAS);
                act.apply(dst, n * out);
            } else if (hiddenLayer || out >= NARROW) {
                // Z = A·W + 1·bᵀ, A_next = max(0, Z) for hidden layers, in the tile's store
                K.mult(A[q], W[q], b[q], null, dst, n, in, out,
                        hiddenLayer ? FloatKernels.Epilogue.BIAS_RELU : FloatKernels.Epilogue.BIAS);
            } else {
                // narrow output: Y_ij = A_i· · (Wᵀ)_j· + b_j
                transpose(W[q], Wt[q], in, out);
                K.multTransB(A[q], Wt[q], b[q], dst, n, in, out);
            }
        }
        return Y;
    }

    /**
     * Back-propagates dL/dY (n × outputDim) of the last forward. If weightGrads, OVERWRITES the
     * gradient buffers with dL/dθ; if dX != null, writes dL/dX (n × inputDim) into it.
     */
    public void backward(float[] dY, boolean weightGrads, float[] dX) {
        if (rows < 0) {
            throw new IllegalStateException("backward needs a forward pass first");
        }
        final int n = rows;
        float[] Gl = dY;
        for (int q = depth - 1; q >= 0; q--) {
            int in = width[q], out = width[q + 1];
            if (weightGrads) {
                if (out >= NARROW) {
                    // dW = A_{l−1}ᵀ·G_l
                    K.multTransA(A[q], Gl, dW[q], in, n, out);
                } else {
                    // dWᵀ = G_lᵀ·A_{l−1}, then transposed
                    K.multTransA(Gl, A[q], dWt[q], out, n, in);
                    transpose(dWt[q], dW[q], out, in);
                }
                // db = 1ᵀ·G_l
                float[] d = db[q];
                Arrays.fill(d, 0f);
                for (int r = 0; r < n; r++) {
                    int o = r * out;
                    for (int j = 0; j < out; j++) {
                        d[j] += Gl[o + j];
                    }
                }
            }
            if (q > 0) {
                transpose(W[q], Wt[q], in, out);
                if (act.isRelu()) {
                    // G_{l−1} = (G_l·W_lᵀ) ⊙ [A_{l−1} > 0]
                    K.mult(Gl, Wt[q], null, A[q], G[q], n, out, in, FloatKernels.Epilogue.MASK);
                } else {
                    // G_{l−1} = (G_l·W_lᵀ) ⊙ σ'(Z_{l−1}), σ' read from A_{l−1}
                    K.mult(Gl, Wt[q], null, null, G[q], n, out, in, FloatKernels.Epilogue.NONE);
                    act.multiplyDerivative(A[q], G[q], n * in);
                }
                Gl = G[q];
            } else if (dX != null) {
                // dL/dX = G_1·W_1ᵀ
                K.multTransB(Gl, W[q], null, dX, n, out, in);
            }
        }
    }

    /** T (c × r) = Sᵀ for S (r × c). */
    static void transpose(float[] s, float[] t, int r, int c) {
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                t[j * r + i] = s[i * c + j];
            }
        }
    }

    /** Live parameter arrays W1, b1, W2, b2, … */
    public float[][] parameters() {
        return params;
    }

    /** Live gradient arrays, same shapes as {@link #parameters()}. */
    public float[][] gradients() {
        return grads;
    }

    /** Σ_l (d_{l−1}·d_l + d_l). */
    public int parameterCount() {
        int c = 0;
        for (float[] p : params) {
            c += p.length;
        }
        return c;
    }

    /** Sets the parameters from double arrays of the same layout (e.g. a double {@code Mlp}'s). */
    public void setParameters(double[][] source) {
        if (source.length != params.length) {
            throw new IllegalArgumentException("expected " + params.length + " parameter arrays, got " + source.length);
        }
        for (int s = 0; s < params.length; s++) {
            if (source[s].length != params[s].length) {
                throw new IllegalArgumentException("parameter array " + s + " has length " + source[s].length
                        + ", expected " + params[s].length);
            }
            for (int i = 0; i < params[s].length; i++) {
                params[s][i] = (float) source[s][i];
            }
        }
    }

    /** "vector" or "plain". */
    public String kernels() {
        return K.name();
    }
}
