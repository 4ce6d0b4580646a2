package lab.minimax.nn;

import java.util.random.RandomGenerator;
import lab.minimax.nn.f32.FloatKernels;
import lab.minimax.nn.f32.FloatKernels.Epilogue;
import org.ejml.data.FMatrixRMaj;

/**
 * A 2D convolution on row batches, in float32: C_in → C_out channels, a k × k kernel, stride s,
 * zero padding p, and a bias per output channel (PyTorch's {@code nn.Conv2d}, cross-correlation).
 *
 * <p><b>Layout (NHWC per row).</b> X is n × (H·W·C_in): row i holds sample i's pixels row by row,
 * each pixel's C_in channels contiguous, X[i, h, w, c] at column (h·W + w)·C_in + c. The output Z
 * is n × (Ho·Wo·C_out) in the same layout. So the batch matrix of a {@link DenseLayer} with
 * fanOut = H·W·C is such an image, and Z is a dense layer's input, without a copy; and Z's data,
 * read as the (n·Ho·Wo) × C_out matrix of positions × channels, is exactly the GEMM's output.
 *
 * <p><b>Parameters.</b> W is (k·k·C_in) × C_out, row-major: W[(kh·k + kw)·C_in + c, o] weights
 * input channel c at tap (kh, kw) for output channel o (PyTorch's {@code weight[o][c][kh][kw]},
 * permuted). b has length C_out.
 *
 * <p><b>Maths</b> (P = im2col(X), {@link ConvGeometry}, rows the n·Ho·Wo output positions):
 * <pre>
 *   Z  = P·W + 1·bᵀ                  forward
 *   dW += Pᵀ·G,  db += 1ᵀ·G           weight gradients (G = dL/dZ as positions × C_out)
 *   dX = col2im(G·Wᵀ)                 input gradient
 * </pre>
 * Every product goes through {@link FloatKernels} (each element summed over its inner index in
 * order, one FMA per term, the same bits on every path); im2col, col2im and the bias sums are
 * plain loops in a fixed order. So the result is bit-identical on the Vector API and the plain
 * kernels, at every vector width and with any thread count.
 *
 * <p>For the WGAN-GP double backprop the layer offers the same operations as {@link DenseLayer}:
 * {@link #backwardInput} (D = col2im(G·Wᵀ), linear in G and in W), {@link #multiplyByW}
 * (Ḡ = im2col(D̄)·W, the adjoint of backwardInput in G) and {@link #accumulateGradients} with any
 * X (dW += im2col(D̄)ᵀ·G, its adjoint in W).
 *
 * <p>Scratch (the patch matrices) grows to the largest batch seen; calls at a batch size seen
 * before allocate nothing. Not thread-safe: one layer belongs to one network used by one thread.
 */
public final class Conv2d extends LayerParameters implements Layer {
    final ConvGeometry g;
    final int cOut;
    /** P of the last forward's input (rows of the last forward). */
    private float[] col = new float[0];
    private int colRows = -1;
    /** A second patch matrix: im2col of another X, or G·Wᵀ before col2im. */
    private float[] scratch = new float[0];

    /**
     * @param height, width the input image's side (H, W)
     * @param cIn     input channels
     * @param cOut    output channels
     * @param k       kernel side
     * @param stride  s ≥ 1
     * @param padding p, 0 ≤ p &lt; k
     */
    public Conv2d(int height, int width, int cIn, int cOut, int k, int stride, int padding) {
        super(k * k * cIn, requirePositive("cOut", cOut), cOut);
        this.g = new ConvGeometry(height, width, cIn, k, stride, padding);
        this.cOut = cOut;
    }

    /** Input floats per sample, H·W·C_in. */
    @Override
    public int inSize() {
        return g.largeSize();
    }

    /** Output floats per sample, Ho·Wo·C_out. */
    @Override
    public int outSize() {
        return g.positions() * cOut;
    }

    public int outputHeight() {
        return g.Ho;
    }

    public int outputWidth() {
        return g.Wo;
    }

    public int outputChannels() {
        return cOut;
    }

    /** k·k·C_in·C_out + C_out. */
    @Override
    public int parameterCount() {
        return g.taps * cOut + cOut;
    }

    /** Multiply-adds of one forward pass per sample, Ho·Wo·k·k·C_in·C_out. */
    public long macsPerSample() {
        return (long) g.positions() * g.taps * cOut;
    }

    /**
     * W then b from rng with fan_in = k·k·C_in and fan_out = k·k·C_out (PyTorch's fans), as
     * {@link DenseLayer#initialize}: PYTORCH is {@code nn.Conv2d}'s default, U(±1/√fan_in) for both.
     */
    @Override
    public void initialize(Init init, RandomGenerator rng) {
        LayerInit.draw(init, W.data, b, g.taps, g.k * g.k * cOut, rng);
    }

    /**
     * Z = P·W + 1·bᵀ, or max(0, ·) when relu (in the product's store); X is n × (H·W·C_in), Z is
     * reshaped to n × (Ho·Wo·C_out). Keeps P for {@link #accumulateGradients(FloatKernels, FMatrixRMaj, boolean)}.
     */
    @Override
    public void forward(FloatKernels K, FMatrixRMaj X, FMatrixRMaj Z, boolean relu) {
        final int n = rows(X);
        final int m = n * g.positions();
        col = grow(col, m * g.taps);
        g.im2col(X.data, n, col);
        colRows = n;
        Z.reshape(n, outSize());
        // Z (positions × C_out) = P·W + 1·bᵀ
        K.mult(col, W.data, b, null, Z.data, m, g.taps, cOut, relu ? Epilogue.BIAS_RELU : Epilogue.BIAS);
    }

    /** Ḡ = im2col(D̄)·W (no bias). */
    @Override
    public void multiplyByW(FloatKernels K, FMatrixRMaj Dbar, FMatrixRMaj Gbar) {
        multiplyByW(K, Dbar, Gbar, null);
    }

    /**
     * Ḡ = im2col(D̄)·W (no bias; the double-backprop pass), or (im2col(D̄)·W) ⊙ [mask &gt; 0] when
     * mask != null; D̄ is n × (H·W·C_in), Ḡ reshaped to n × (Ho·Wo·C_out).
     */
    public void multiplyByW(FloatKernels K, FMatrixRMaj Dbar, FMatrixRMaj Gbar, FMatrixRMaj mask) {
        final int n = rows(Dbar);
        final int m = n * g.positions();
        scratch = grow(scratch, m * g.taps);
        g.im2col(Dbar.data, n, scratch);
        Gbar.reshape(n, outSize());
        K.mult(scratch, W.data, null, mask == null ? null : mask.data, Gbar.data, m, g.taps, cOut,
                mask == null ? Epilogue.NONE : Epilogue.MASK);
    }

    /** dW += Pᵀ·G and, if withBias, db += 1ᵀ·G, with P kept by the last {@link #forward}. */
    public void accumulateGradients(FloatKernels K, FMatrixRMaj G, boolean withBias) {
        if (colRows < 0 || G.numRows != colRows) {
            throw new IllegalStateException("accumulateGradients(G) needs a forward pass with " + G.numRows
                    + " rows first (last: " + colRows + ")");
        }
        accumulate(K, col, G, withBias);
    }

    /**
     * dW += im2col(X)ᵀ·G and, if withBias, db += 1ᵀ·G, for any X of this layer's input shape (the
     * double-backprop pass gives D̄ here). The batch's product is formed in scratch and then added,
     * element by element, as in {@link DenseLayer#accumulateGradients}.
     */
    @Override
    public void accumulateGradients(FloatKernels K, FMatrixRMaj X, FMatrixRMaj G, boolean withBias) {
        final int n = rows(X);
        scratch = grow(scratch, n * g.positions() * g.taps);
        g.im2col(X.data, n, scratch);
        accumulate(K, scratch, G, withBias);
    }

    private void accumulate(FloatKernels K, float[] patches, FMatrixRMaj G, boolean withBias) {
        final int n = G.numRows;
        Shapes.matrix("G", G, n, outSize());
        final int m = n * g.positions();
        final float[] gd = G.data;
        // T = Pᵀ·G (taps × C_out, each element summed over the positions in order), dW += T
        addProductTransA(K, patches, gd, g.taps, m, cOut);
        if (withBias) {
            // db_o += Σ_r G[r, o], positions r in order
            addChannelSums(gd, m);
        }
    }

    /** dX = col2im(G·Wᵀ); G is n × (Ho·Wo·C_out), dX reshaped to n × (H·W·C_in). */
    @Override
    public void backwardInput(FloatKernels K, FMatrixRMaj G, FMatrixRMaj dX) {
        final int n = G.numRows;
        Shapes.matrix("G", G, -1, outSize());
        final int m = n * g.positions();
        scratch = grow(scratch, m * g.taps);
        // P̄ = G·Wᵀ (positions × taps, each summed over C_out in order)
        K.multTransB(G.data, W.data, null, scratch, m, cOut, g.taps, Epilogue.NONE);
        dX.reshape(n, inSize());
        g.col2im(scratch, n, null, dX.data);
    }

    /**
     * The backward step of the last forward (X its input): the weight gradient from the patches
     * that forward kept, so im2col runs once per step.
     */
    @Override
    public void backward(FloatKernels K, FMatrixRMaj X, FMatrixRMaj G, boolean weightGrads, FMatrixRMaj dX) {
        if (weightGrads) {
            accumulateGradients(K, G, true);
        }
        if (dX != null) {
            backwardInput(K, G, dX);
        }
    }

    @Override
    public Conv2d blank() {
        return new Conv2d(g.H, g.W, g.C, cOut, g.k, g.s, g.p);
    }

    private int rows(FMatrixRMaj X) {
        Shapes.matrix("X", X, -1, inSize());
        return X.numRows;
    }

    static int requirePositive(String what, int v) {
        if (v < 1) {
            throw new IllegalArgumentException(what + " must be >= 1, got " + v);
        }
        return v;
    }

    /** a when it holds len floats, else a new array of len (the only allocation: a larger batch). */
    static float[] grow(float[] a, int len) {
        return a.length >= len ? a : new float[len];
    }

    @Override
    public String toString() {
        return "Conv2d[" + g + "×" + cOut + "]";
    }
}
