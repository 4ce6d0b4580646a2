package lab.minimax.nn;

/** ReLU: σ(x) = max(x, 0); σ'(x) = 1 for x &gt; 0, else 0 (PyTorch's choice at the kink); σ'' = 0. */
public final class Relu implements Activation {
    @Override
    public String name() {
        return "relu";
    }

    @Override
    public double value(double x) {
        return x > 0 ? x : 0.0;
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? 1.0 : 0.0;
    }

    @Override
    public double secondDerivative(double x) {
        return 0.0;
    }

    /** a[i] = z[i] &gt; 0 ? z[i] : 0 through the selected kernels (Vector API or {@link #applyLoop}). */
    @Override
    public void apply(double[] z, double[] a, int len) {
        MatrixKernels.selected().relu(z, a, len);
    }

    /**
     * a[i] = z[i] &gt; 0 ? z[i] : 0, without a branch (the mask of {@link #live(double)} ANDed into
     * z's bits): on a layer's random signs the branch mispredicted half the time and made this
     * loop cost as much as the layer's matrix product. Bit-identical to the branch (NaN and −0.0
     * give +0.0).
     */
    static void applyLoop(double[] z, double[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            long bits = Double.doubleToRawLongBits(z[i]);
            a[i] = Double.longBitsToDouble(bits & liveBits(bits));
        }
    }

    /** g[i] = z[i] &gt; 0 ? g[i] : 0 through the selected kernels (Vector API or {@link #maskLoop}). */
    @Override
    public void multiplyDerivative(double[] z, double[] a, double[] g, int len) {
        MatrixKernels.selected().reluMask(z, g, len);
    }

    /**
     * g[i] = z[i] &gt; 0 ? g[i] : 0, without a branch: on the random signs of a layer's
     * pre-activations a branch mispredicts half the time, so the mask is made from the bits of z
     * (see {@link #live(double)}) and ANDed into g's bits. Bit-identical to the branch.
     */
    static void maskLoop(double[] z, double[] g, int from, int to) {
        for (int i = from; i < to; i++) {
            g[i] = Double.longBitsToDouble(Double.doubleToRawLongBits(g[i]) & live(z[i]));
        }
    }

    /**
     * All ones when x &gt; 0 (bits in [1, +∞'s bits] as a signed long: positive, not −0.0, not
     * NaN), else 0: the AND of the signs of −bits and bits − (+∞'s bits + 1).
     */
    static long live(double x) {
        return liveBits(Double.doubleToRawLongBits(x));
    }

    /** {@link #live(double)} of the value with raw bits {@code m}. */
    private static long liveBits(long m) {
        return (-m >> 63) & ((m - 0x7ff0000000000001L) >> 63);
    }

    @Override
    public void secondOrder(double[] z, double[] a, double[] d, double[] gBar, double[] zBar, int len) {
        for (int i = 0; i < len; i++) {
            zBar[i] = 0.0;
            gBar[i] = Double.longBitsToDouble(Double.doubleToRawLongBits(gBar[i]) & live(z[i]));
        }
    }

    @Override
    public boolean isPiecewiseLinear() {
        return true;
    }
}
