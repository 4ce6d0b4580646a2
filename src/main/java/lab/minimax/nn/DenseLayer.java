package lab.minimax.nn;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import lab.minimax.nn.f32.FloatKernels;
import lab.minimax.nn.f32.FloatKernels.Epilogue;
import lab.minimax.nn.f32.FloatOps;
import org.ejml.data.FMatrixRMaj;

/**
 * An affine layer Z = X·W + 1·bᵀ on row batches, in float32: X is n × fanIn (one sample per row),
 * W is fanIn × fanOut (row-major, so W[i, j] = {@code w[i·fanOut + j]} connects input i to output
 * j; this is the transpose of PyTorch's {@code nn.Linear.weight}), b has length fanOut. The
 * parameter arrays and their gradient buffers dW, db are allocated once and never replaced.
 *
 * <p>Products whose output has fewer than {@link #NARROW} columns (a critic's scalar output, a 2D
 * generator's output, the input gradient of a 2D layer) run as ordered dot products
 * ({@link FloatKernels#multTransB}); the others as register-tiled products across the output
 * columns. Either way each output element is summed in the fixed order of {@link FloatKernels}.
 *
 * <p>Not thread-safe: one layer belongs to one network used by one thread at a time.
 */
public final class DenseLayer {
    /** Below this many output columns a product runs as dot products (no vector tile fits). */
    static final int NARROW = 8;
    /** The bias sums and the gradient accumulation (same bits on every path). */
    private static final FloatOps OPS = FloatOps.selected();

    private final int fanIn;
    private final int fanOut;
    private final FMatrixRMaj W;
    private final float[] b;
    private final FMatrixRMaj dW;
    private final float[] db;
    /** Scratch for Wᵀ (fanOut × fanIn), refreshed before each use. */
    private final float[] Wt;
    /** Scratch for this batch's weight gradient T = Xᵀ·G (fanIn × fanOut), or Tᵀ for a narrow layer. */
    private final float[] dWt;

    /** A layer with zero parameters; see {@link #initialize}. */
    public DenseLayer(int fanIn, int fanOut) {
        if (fanIn < 1 || fanOut < 1) {
            throw new IllegalArgumentException("layer sizes must be >= 1, got fanIn=" + fanIn + ", fanOut=" + fanOut);
        }
        this.fanIn = fanIn;
        this.fanOut = fanOut;
        this.W = new FMatrixRMaj(fanIn, fanOut);
        this.b = new float[fanOut];
        this.dW = new FMatrixRMaj(fanIn, fanOut);
        this.db = new float[fanOut];
        this.Wt = new float[fanIn * fanOut];
        this.dWt = new float[fanIn * fanOut];
    }

    public int fanIn() {
        return fanIn;
    }

    public int fanOut() {
        return fanOut;
    }

    /** fanIn·fanOut + fanOut. */
    public int parameterCount() {
        return fanIn * fanOut + fanOut;
    }

    /** The live weights W (fanIn × fanOut). */
    public FMatrixRMaj W() {
        return W;
    }

    /** The live bias b (length fanOut). */
    public float[] b() {
        return b;
    }

    /** The live weight gradient dL/dW (fanIn × fanOut). */
    public FMatrixRMaj dW() {
        return dW;
    }

    /** The live bias gradient dL/db (length fanOut). */
    public float[] db() {
        return db;
    }

    /**
     * Draws W then b from rng (in double, rounded to float): W in its row-major order (i over
     * inputs, j over outputs), then b in order. PYTORCH: W, b ~ U(±1/√fanIn) as bound·(2u − 1),
     * u = rng.nextDouble(). HE: W ~ N(0, 2/fanIn) as rng.nextGaussian()·√(2/fanIn), b = 0 (not
     * drawn). GLOROT: W ~ U(±√(6/(fanIn + fanOut))) as above, b = 0 (not drawn).
     */
    public void initialize(Init init, RandomGenerator rng) {
        LayerInit.draw(init, W.data, b, fanIn, fanOut, rng);
    }

    /**
     * Z = X·W + 1·bᵀ, or A = max(0, Z) when relu (in the product's store); X is n × fanIn, Z is
     * reshaped to n × fanOut.
     */
    public void forward(FloatKernels K, FMatrixRMaj X, FMatrixRMaj Z, boolean relu) {
        final int n = X.numRows;
        Z.reshape(n, fanOut);
        if (fanOut < NARROW) {
            // Z_ij = b_j + X_i· · (Wᵀ)_j·
            transposeW();
            K.multTransB(X.data, Wt, b, Z.data, n, fanIn, fanOut);
            if (relu) {
                Relu.applyTo(Z.data, n * fanOut);
            }
        } else {
            K.mult(X.data, W.data, b, null, Z.data, n, fanIn, fanOut, relu ? Epilogue.BIAS_RELU : Epilogue.BIAS);
        }
    }

    /**
     * dW += Xᵀ·G and, if withBias, db += 1ᵀ·G (column sums); X is n × fanIn, G is n × fanOut. The
     * batch's product T = Xᵀ·G is formed in scratch and then added (dW ← dW + T, element by
     * element), so every element is rounded the same way on every path.
     */
    public void accumulateGradients(FloatKernels K, FMatrixRMaj X, FMatrixRMaj G, boolean withBias) {
        final int n = X.numRows;
        final float[] g = G.data;
        final float[] d = dW.data;
        if (fanOut < NARROW) {
            // Tᵀ = Gᵀ·X (fanOut × fanIn, vectors across the inputs), then dW += (Tᵀ)ᵀ
            K.multTransA(g, X.data, dWt, fanOut, n, fanIn);
            for (int i = 0; i < fanIn; i++) {
                for (int j = 0; j < fanOut; j++) {
                    d[i * fanOut + j] += dWt[j * fanIn + i];
                }
            }
        } else {
            // T = Xᵀ·G, then dW += T
            K.multTransA(X.data, g, dWt, fanIn, n, fanOut);
            OPS.add(dWt, d, d.length);
        }
        if (withBias) {
            // db_j += Σ_i G[i, j], i in order
            OPS.addColumnSums(g, n, fanOut, db);
        }
    }

    /**
     * dX = G·Wᵀ, or dX = (G·Wᵀ) ⊙ [mask &gt; 0] when mask != null (ReLU's derivative read from
     * the layer's input activations); G is n × fanOut, dX is reshaped to n × fanIn.
     */
    public void backwardInput(FloatKernels K, FMatrixRMaj G, FMatrixRMaj dX, FMatrixRMaj mask) {
        final int n = G.numRows;
        dX.reshape(n, fanIn);
        if (fanIn < NARROW) {
            // dX_ij = G_i· · W_j· (W's rows are its inputs)
            K.multTransB(G.data, W.data, null, dX.data, n, fanOut, fanIn);
            if (mask != null) {
                Relu.maskWith(mask.data, dX.data, n * fanIn);
            }
        } else {
            // the register-tiled G·Wᵀ, W's panels transposed in the packing
            K.multTransB(G.data, W.data, mask == null ? null : mask.data, dX.data, n, fanOut, fanIn,
                    mask == null ? Epilogue.NONE : Epilogue.MASK);
        }
    }

    /**
     * Ḡ = D̄·W (the double-backprop pass of WGAN-GP), or Ḡ = (D̄·W) ⊙ [mask &gt; 0] when mask != null
     * (ReLU's derivative read from the layer's output activations, in the product's store); D̄ is
     * n × fanIn, Ḡ reshaped to n × fanOut.
     */
    public void multiplyByW(FloatKernels K, FMatrixRMaj Dbar, FMatrixRMaj Gbar, FMatrixRMaj mask) {
        final int n = Dbar.numRows;
        Gbar.reshape(n, fanOut);
        if (fanOut < NARROW) {
            transposeW();
            K.multTransB(Dbar.data, Wt, null, Gbar.data, n, fanIn, fanOut);
            if (mask != null) {
                Relu.maskWith(mask.data, Gbar.data, n * fanOut);
            }
        } else {
            K.mult(Dbar.data, W.data, null, mask == null ? null : mask.data, Gbar.data, n, fanIn, fanOut,
                    mask == null ? Epilogue.NONE : Epilogue.MASK);
        }
    }

    /**
     * Wt = Wᵀ (Wt[j·fanIn + i] = W[i·fanOut + j]) in 16 × 16 blocks: a row-by-row transpose
     * writes Wt at a stride of fanIn floats, which for a power-of-two width falls into a few L1
     * sets and misses at every store.
     */
    private void transposeW() {
        final float[] w = W.data;
        final int blk = 16;
        for (int i0 = 0; i0 < fanIn; i0 += blk) {
            final int i1 = Math.min(i0 + blk, fanIn);
            for (int j0 = 0; j0 < fanOut; j0 += blk) {
                final int j1 = Math.min(j0 + blk, fanOut);
                for (int j = j0; j < j1; j++) {
                    for (int i = i0, ti = j * fanIn + i0; i < i1; i++, ti++) {
                        Wt[ti] = w[i * fanOut + j];
                    }
                }
            }
        }
    }

    /** dW = 0, db = 0. */
    public void zeroGrad() {
        Arrays.fill(dW.data, 0f);
        Arrays.fill(db, 0f);
    }
}
