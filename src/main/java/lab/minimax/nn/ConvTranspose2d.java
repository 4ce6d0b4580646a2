package lab.minimax.nn;

import java.util.random.RandomGenerator;
import lab.minimax.nn.f32.FloatKernels;
import lab.minimax.nn.f32.FloatKernels.Epilogue;
import org.ejml.data.FMatrixRMaj;

/**
 * A 2D transposed convolution ("fractionally strided", the DCGAN generator's upsampling) on row
 * batches, in float32: C_in → C_out channels, k × k kernel, stride s, padding p, bias per output
 * channel (PyTorch's {@code nn.ConvTranspose2d}, output_padding 0). An Hi × Wi input gives
 * Ho = (Hi − 1)·s − 2p + k rows (and likewise columns): 4×4/2/1 doubles the side, 7 → 14 → 28.
 * It is the adjoint of the {@link Conv2d} from the output's side to the input's with the same
 * k, s, p ({@link ConvGeometry} with the output as its large image).
 *
 * <p><b>Layout</b>: NHWC per row, as {@link Conv2d}: X is n × (Hi·Wi·C_in), Y is n × (Ho·Wo·C_out).
 * A dense layer with fanOut = Hi·Wi·C_in feeds it directly (its output row read as an image).
 *
 * <p><b>Parameters.</b> W is C_in × (k·k·C_out), row-major: W[c, (kh·k + kw)·C_out + o] is the
 * weight from input channel c to output channel o at tap (kh, kw) (PyTorch's
 * {@code weight[c][o][kh][kw]}, permuted). b has length C_out.
 *
 * <p><b>Maths</b> (X as the (n·Hi·Wi) × C_in matrix of input pixels; P̄ a patch matrix of the
 * output, one row per input pixel, one column per tap (kh, kw, o)):
 * <pre>
 *   Y  = 1·bᵀ + col2im(X·W)          forward: each input pixel scatters a k×k×C_out patch
 *   P  = im2col(G)                    G = dL/dY
 *   dX = P·Wᵀ                         input gradient
 *   dW += Xᵀ·P,  db += Σ_pixels G     weight gradients
 * </pre>
 * Products through {@link FloatKernels}, col2im / im2col / bias sums in fixed-order loops: the
 * same bits on every kernel path, vector width and thread count. Scratch grows to the largest
 * batch seen; steady-state calls allocate nothing. Not thread-safe.
 */
public final class ConvTranspose2d extends LayerParameters implements Layer {
    /** The output side is the geometry's large image; the input is its Ho × Wo. */
    final ConvGeometry g;
    final int cIn;
    final int hIn, wIn;
    /** The patch matrix: X·W in forward, im2col(G) in backward. */
    private float[] col = new float[0];

    /**
     * @param heightIn, widthIn the input image's side (Hi, Wi)
     * @param cIn    input channels
     * @param cOut   output channels
     * @param k      kernel side
     * @param stride s ≥ 1
     * @param padding p, 0 ≤ p &lt; k
     */
    public ConvTranspose2d(int heightIn, int widthIn, int cIn, int cOut, int k, int stride, int padding) {
        super(Conv2d.requirePositive("C_in", cIn), k * k * Conv2d.requirePositive("C_out", cOut), cOut);
        if (heightIn < 1 || widthIn < 1) {
            throw new IllegalArgumentException("transposed convolution needs Hi, Wi, C_in >= 1, got Hi=" + heightIn
                    + ", Wi=" + widthIn + ", C_in=" + cIn);
        }
        if (stride < 1) {
            throw new IllegalArgumentException("stride must be >= 1, got " + stride);
        }
        int hOut = (heightIn - 1) * stride - 2 * padding + k;
        int wOut = (widthIn - 1) * stride - 2 * padding + k;
        if (hOut < 1 || wOut < 1) {
            throw new IllegalArgumentException("output would be " + hOut + "×" + wOut + " for input " + heightIn + "×"
                    + widthIn + ", k=" + k + ", s=" + stride + ", p=" + padding);
        }
        this.g = new ConvGeometry(hOut, wOut, cOut, k, stride, padding);
        if (g.Ho != heightIn || g.Wo != widthIn) {
            throw new IllegalStateException("geometry " + g + " does not invert " + heightIn + "×" + widthIn);
        }
        this.cIn = cIn;
        this.hIn = heightIn;
        this.wIn = widthIn;
    }

    /** Input floats per sample, Hi·Wi·C_in. */
    @Override
    public int inSize() {
        return hIn * wIn * cIn;
    }

    /** Output floats per sample, Ho·Wo·C_out. */
    @Override
    public int outSize() {
        return g.largeSize();
    }

    public int outputHeight() {
        return g.H;
    }

    public int outputWidth() {
        return g.W;
    }

    public int outputChannels() {
        return g.C;
    }

    /** C_in·k·k·C_out + C_out. */
    @Override
    public int parameterCount() {
        return cIn * g.taps + g.C;
    }

    /** Multiply-adds of one forward pass per sample, Hi·Wi·C_in·k·k·C_out. */
    public long macsPerSample() {
        return (long) hIn * wIn * cIn * g.taps;
    }

    /**
     * W then b from rng as {@link DenseLayer#initialize}, with PyTorch's fans for this layer:
     * fan_in = C_out·k·k (PyTorch reads it from the weight's second axis, which for a transposed
     * convolution is C_out), fan_out = C_in·k·k.
     */
    @Override
    public void initialize(Init init, RandomGenerator rng) {
        LayerInit.draw(init, W.data, b, g.taps, cIn * g.k * g.k, rng);
    }

    /** Y = 1·bᵀ + col2im(X·W) (then max(0, ·) when relu). */
    @Override
    public void forward(FloatKernels K, FMatrixRMaj X, FMatrixRMaj Y, boolean relu) {
        forward(K, X, Y);
        if (relu) {
            Relu.applyTo(Y.data, Y.getNumElements());
        }
    }

    /** Ḡ = col2im(D̄·W) (no bias). */
    @Override
    public void multiplyByW(FloatKernels K, FMatrixRMaj Dbar, FMatrixRMaj Gbar) {
        scatter(K, Dbar, null, Gbar);
    }

    /** dW += Xᵀ·im2col(G) and, if withBias, db += the per-channel sums of G. */
    @Override
    public void accumulateGradients(FloatKernels K, FMatrixRMaj X, FMatrixRMaj G, boolean withBias) {
        Shapes.matrix("G", G, -1, outSize());
        Shapes.matrix("X", X, G.numRows, inSize());
        patches(G);
        accumulate(K, X, G, withBias);
    }

    /** dX = im2col(G)·Wᵀ. */
    @Override
    public void backwardInput(FloatKernels K, FMatrixRMaj G, FMatrixRMaj dX) {
        Shapes.matrix("G", G, -1, outSize());
        patches(G);
        inputGradient(K, G.numRows, dX);
    }

    /** Y = 1·bᵀ + col2im(X·W); X is n × (Hi·Wi·C_in), Y reshaped to n × (Ho·Wo·C_out). */
    public void forward(FloatKernels K, FMatrixRMaj X, FMatrixRMaj Y) {
        scatter(K, X, b, Y);
    }

    /** Y = start + col2im(X·W). */
    private void scatter(FloatKernels K, FMatrixRMaj X, float[] start, FMatrixRMaj Y) {
        Shapes.matrix("X", X, -1, inSize());
        final int n = X.numRows;
        final int m = n * hIn * wIn;
        col = Conv2d.grow(col, m * g.taps);
        // P̄ = X·W (input pixels × taps, each summed over C_in in order)
        K.mult(X.data, W.data, null, null, col, m, cIn, g.taps, Epilogue.NONE);
        // Y = b + Σ of the patches over each output pixel, in the fixed order of col2im
        Y.reshape(n, outSize());
        g.col2im(col, n, start, Y.data);
    }

    /**
     * Back-propagates G = dL/dY of a forward on X: if weightGrads, ADDS Xᵀ·im2col(G) into dW and
     * the per-channel sums of G into db; if dX != null, writes im2col(G)·Wᵀ into it (reshaped to
     * n × (Hi·Wi·C_in)). dX must not be X or G.
     */
    @Override
    public void backward(FloatKernels K, FMatrixRMaj X, FMatrixRMaj G, boolean weightGrads, FMatrixRMaj dX) {
        Shapes.matrix("G", G, -1, outSize());
        Shapes.matrix("X", X, G.numRows, inSize());
        if (!weightGrads && dX == null) {
            return;
        }
        patches(G);
        if (weightGrads) {
            accumulate(K, X, G, true);
        }
        if (dX != null) {
            inputGradient(K, G.numRows, dX);
        }
    }

    /** P = im2col(G) into col. */
    private void patches(FMatrixRMaj G) {
        final int n = G.numRows;
        col = Conv2d.grow(col, n * hIn * wIn * g.taps);
        g.im2col(G.data, n, col);
    }

    /** dW += Xᵀ·P, db += Σ G (P in col). */
    private void accumulate(FloatKernels K, FMatrixRMaj X, FMatrixRMaj G, boolean withBias) {
        final int n = G.numRows;
        final int m = n * hIn * wIn;
        // T = Xᵀ·P (C_in × taps, each summed over the input pixels in order), dW += T
        addProductTransA(K, X.data, col, cIn, m, g.taps);
        if (withBias) {
            // db_o += Σ G[pixel, o], output pixels in order
            addChannelSums(G.data, n * g.H * g.W);
        }
    }

    /** dX = P·Wᵀ (each summed over the taps in order; P in col). */
    private void inputGradient(FloatKernels K, int n, FMatrixRMaj dX) {
        dX.reshape(n, inSize());
        K.multTransB(col, W.data, null, dX.data, n * hIn * wIn, g.taps, cIn, Epilogue.NONE);
    }

    @Override
    public ConvTranspose2d blank() {
        return new ConvTranspose2d(hIn, wIn, cIn, g.C, g.k, g.s, g.p);
    }

    @Override
    public String toString() {
        return "ConvTranspose2d[" + hIn + "×" + wIn + "×" + cIn + " k" + g.k + "/s" + g.s + "/p" + g.p + " → "
                + g.H + "×" + g.W + "×" + g.C + "]";
    }
}
