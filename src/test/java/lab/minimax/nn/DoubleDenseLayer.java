package lab.minimax.nn;

import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * TEST ORACLE: the former double-precision layer. An affine layer Z = X·W + 1·bᵀ on row batches: X is n × fanIn (one sample per row), W is
 * fanIn × fanOut (row-major, so W[i, j] = {@code w[i·fanOut + j]} connects input i to output j;
 * this is the transpose of PyTorch's {@code nn.Linear.weight}), b has length fanOut. The
 * parameter arrays and their gradient buffers dW, db are allocated once and never replaced.
 *
 * <p>Not thread-safe: one layer belongs to one network used by one thread at a time.
 */
final class DoubleDenseLayer {
    private final int fanIn;
    private final int fanOut;
    private final DMatrixRMaj W;
    private final double[] b;
    private final DMatrixRMaj dW;
    private final double[] db;
    /** Scratch for Wᵀ (fanOut × fanIn), refreshed before each use. */
    private final DMatrixRMaj Wt;

    /** A layer with zero parameters; see {@link #initialize}. */
    DoubleDenseLayer(int fanIn, int fanOut) {
        if (fanIn < 1 || fanOut < 1) {
            throw new IllegalArgumentException("layer sizes must be >= 1, got fanIn=" + fanIn + ", fanOut=" + fanOut);
        }
        this.fanIn = fanIn;
        this.fanOut = fanOut;
        this.W = new DMatrixRMaj(fanIn, fanOut);
        this.b = new double[fanOut];
        this.dW = new DMatrixRMaj(fanIn, fanOut);
        this.db = new double[fanOut];
        this.Wt = new DMatrixRMaj(fanOut, fanIn);
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
    public DMatrixRMaj W() {
        return W;
    }

    /** The live bias b (length fanOut). */
    public double[] b() {
        return b;
    }

    /** The live weight gradient dL/dW (fanIn × fanOut). */
    public DMatrixRMaj dW() {
        return dW;
    }

    /** The live bias gradient dL/db (length fanOut). */
    public double[] db() {
        return db;
    }

    /**
     * Draws W then b from rng: W in its row-major order (i over inputs, j over outputs), then b in
     * order. PYTORCH: W, b ~ U(±1/√fanIn) as bound·(2u − 1), u = rng.nextDouble(). HE:
     * W ~ N(0, 2/fanIn) as rng.nextGaussian()·√(2/fanIn), b = 0 (not drawn). GLOROT:
     * W ~ U(±√(6/(fanIn + fanOut))) as above, b = 0 (not drawn).
     */
    public void initialize(Init init, RandomGenerator rng) {
        double[] w = W.data;
        switch (init) {
            case PYTORCH: {
                double bound = 1.0 / Math.sqrt(fanIn);
                uniform(w, bound, rng);
                uniform(b, bound, rng);
                break;
            }
            case HE: {
                double sd = Math.sqrt(2.0 / fanIn);
                for (int i = 0; i < w.length; i++) {
                    w[i] = rng.nextGaussian() * sd;
                }
                java.util.Arrays.fill(b, 0.0);
                break;
            }
            case GLOROT: {
                uniform(w, Math.sqrt(6.0 / (fanIn + fanOut)), rng);
                java.util.Arrays.fill(b, 0.0);
                break;
            }
            default:
                throw new IllegalArgumentException("unknown init " + init);
        }
    }

    private static void uniform(double[] x, double bound, RandomGenerator rng) {
        for (int i = 0; i < x.length; i++) {
            x[i] = bound * (2.0 * rng.nextDouble() - 1.0);
        }
    }

    /** Z = X·W + 1·bᵀ; X is n × fanIn, Z is reshaped to n × fanOut. */
    public void forward(DoubleKernels K, DMatrixRMaj X, DMatrixRMaj Z) {
        Z.reshape(X.numRows, fanOut);
        K.mult(X.data, W.data, b, Z.data, X.numRows, fanIn, fanOut, false);
    }

    /** dW += Xᵀ·G and, if withBias, db += 1ᵀ·G (column sums); X is n × fanIn, G is n × fanOut. */
    public void accumulateGradients(DoubleKernels K, DMatrixRMaj X, DMatrixRMaj G, boolean withBias) {
        final int n = X.numRows;
        K.multTransA(X.data, G.data, dW.data, fanIn, n, fanOut, true);
        if (withBias) {
            // db_j += Σ_i G[i, j]
            final double[] g = G.data;
            for (int i = 0, gi = 0; i < n; i++, gi += fanOut) {
                for (int j = 0; j < fanOut; j++) {
                    db[j] += g[gi + j];
                }
            }
        }
    }

    /** dX = G·Wᵀ; G is n × fanOut, dX is reshaped to n × fanIn. */
    public void backwardInput(DoubleKernels K, DMatrixRMaj G, DMatrixRMaj dX) {
        final int n = G.numRows;
        dX.reshape(n, fanIn);
        if (fanIn < 16 && fanIn < fanOut) {
            // narrow output: dot products along the long fanOut axis
            K.multTransB(G.data, W.data, dX.data, n, fanOut, fanIn, false);
        } else {
            // Wᵀ copied once (fanIn·fanOut), then the register-tiled A·B
            transposeW();
            K.mult(G.data, Wt.data, null, dX.data, n, fanOut, fanIn, false);
        }
    }

    /** Ḡ = D̄·W (the double-backprop pass of WGAN-GP); D̄ is n × fanIn, Ḡ reshaped to n × fanOut. */
    public void multiplyByW(DoubleKernels K, DMatrixRMaj Dbar, DMatrixRMaj Gbar) {
        Gbar.reshape(Dbar.numRows, fanOut);
        K.mult(Dbar.data, W.data, null, Gbar.data, Dbar.numRows, fanIn, fanOut, false);
    }

    private void transposeW() {
        final double[] w = W.data;
        final double[] t = Wt.data;
        for (int i = 0; i < fanIn; i++) {
            for (int j = 0, wi = i * fanOut; j < fanOut; j++) {
                t[j * fanIn + i] = w[wi + j];
            }
        }
    }

    /** dW = 0, db = 0. */
    public void zeroGrad() {
        java.util.Arrays.fill(dW.data, 0.0);
        java.util.Arrays.fill(db, 0.0);
    }
}
