package lab.minimax.nn;

import java.util.Arrays;
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
    /** This batch's weight-gradient product, added into dW by {@link #addBatchGradient}. */
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

    /** dW += T (T = dWt, element by element: every element rounded the same way on every path). */
    final void addBatchGradient() {
        final float[] d = dW.data;
        for (int t = 0; t < d.length; t++) {
            d[t] += dWt[t];
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
