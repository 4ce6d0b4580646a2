package lab.minimax.nn;

/** ReLU: σ(x) = max(x, 0); σ'(x) = 1 for x &gt; 0, else 0 (PyTorch's choice at the kink); σ'' = 0. */
public final class Relu implements PiecewiseLinear {
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

    /** a = max(a, 0) ({@code Math.max}: −0 gives +0, NaN stays NaN, as in the fused store). */
    @Override
    public void apply(float[] a, int len) {
        applyTo(a, len);
    }

    /**
     * g = a &gt; 0 ? g : 0, without a branch: on a layer's random signs a branch mispredicts half
     * the time, so the mask is made from a's bits (all ones when they lie in [1, +∞'s bits] as a
     * signed int: positive, not −0, not NaN) and ANDed into g's bits.
     */
    @Override
    public void multiplyDerivative(float[] a, float[] g, int len) {
        maskWith(a, g, len);
    }

    /** a = max(a, 0) on a[0..len), as {@code Math.max} and the fused store (NaN stays NaN). */
    static void applyTo(float[] a, int len) {
        for (int i = 0; i < len; i++) {
            a[i] = Math.max(a[i], 0f);
        }
    }

    /** g = mask &gt; 0 ? g : 0 on g[0..len). */
    static void maskWith(float[] mask, float[] g, int len) {
        for (int i = 0; i < len; i++) {
            g[i] = Float.intBitsToFloat(Float.floatToRawIntBits(g[i]) & live(mask[i]));
        }
    }

    static int live(float x) {
        int m = Float.floatToRawIntBits(x);
        return (-m >> 31) & ((m - 0x7f800001) >> 31);
    }

    @Override
    public boolean isRelu() {
        return true;
    }
}
