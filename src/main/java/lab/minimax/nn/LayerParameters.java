package lab.minimax.nn;

import java.util.Arrays;
import lab.minimax.nn.f32.FloatKernels;
import org.ejml.data.FMatrixRMaj;

/**
 * The parameters of an affine image layer ({@link Conv2d}, {@link ConvTranspose2d}): the weight
 * matrix W, the bias b (one per output channel), their gradient buffers dW, db (allocated once,
 * never replaced), and the two fixed-order gradient updates every such layer ends with.
 */
abstract class LayerParameters {
    final FMatrixRMaj W;
    final float[] b;
    final FMatrixRMaj dW;
    final float[] db;
    /** This batch's weight-gradient product (or its transpose), added into dW by {@link #addProductTransA}. */
    final float[] dWt;
    private final float[][] params;
    private final float[][] grads;

    LayerParameters(int rows, int cols, int channels) {
        this.W = new FMatrixRMaj(rows, cols);
        this.b = new float[channels];
        this.dW = new FMatrixRMaj(rows, cols);
        this.db = new float[channels];
        this.dWt = new float[rows * cols];
        this.params = new float[][]{W.data, b};
        this.grads = new float[][]{dW.data, db};
    }

    /** The live weights W (layout: see the layer). */
    public FMatrixRMaj W() {
        return W;
    }

    /** The live bias b (one per output channel). */
    public float[] b() {
        return b;
    }

    /** The live weight gradient dL/dW. */
    public FMatrixRMaj dW() {
        return dW;
    }

    /** The live bias gradient dL/db. */
    public float[] db() {
        return db;
    }

    /** W, b (the optimizers' arrays). */
    public float[][] parameters() {
        return params;
    }

    /** dW, db. */
    public float[][] gradients() {
        return grads;
    }

    /** dW = 0, db = 0. */
    public void zeroGrad() {
        Arrays.fill(dW.data, 0f);
        Arrays.fill(db, 0f);
    }

    /**
     * dW += Aᵀ·B (A is k × m, B is k × n, dW is m × n): the batch's product T is formed in scratch
     * and then added element by element. When T is narrower than it is tall, Tᵀ = Bᵀ·A is formed
     * instead (a wide product vectorises across more columns: on its own, convT2's 32 × 16 product
     * over k = 12,544 took 3.3–4.2 ms as Aᵀ·B and 0.2–0.3 ms as Bᵀ·A here; inside the bench's
     * step both took ~0.5 ms, not understood), which gives the same bits: each element is the same
     * FMA chain over k in order (fma(a, b, c) = fma(b, a, c)).
     */
    final void addProductTransA(FloatKernels K, float[] a, float[] bMat, int m, int k, int n) {
        final float[] d = dW.data;
        if (n >= m) {
            // T = Aᵀ·B, dW += T
            K.multTransA(a, bMat, dWt, m, k, n);
            for (int t = 0; t < m * n; t++) {
                d[t] += dWt[t];
            }
        } else {
            // Tᵀ = Bᵀ·A, dW += (Tᵀ)ᵀ
            K.multTransA(bMat, a, dWt, n, k, m);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    d[i * n + j] += dWt[j * m + i];
                }
            }
        }
    }

    /** db_o += Σ_r G[r, o] over the rows r = pixels·channels in order (G's rows of b.length channels). */
    final void addChannelSums(float[] g, int pixels) {
        final int c = b.length;
        for (int r = 0, gr = 0; r < pixels; r++, gr += c) {
            for (int o = 0; o < c; o++) {
                db[o] += g[gr + o];
            }
        }
    }
}
