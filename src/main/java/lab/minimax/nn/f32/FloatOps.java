package lab.minimax.nn.f32;

/**
 * The elementwise and column-sum loops of a training step that are not products: bias
 * gradients, the weight-gradient accumulation and Adam's update. Two implementations, chosen
 * with the kernels ({@link #selected()}, the same {@code -Dminimax.kernels} switch):
 * {@code PlainFloatOps} (plain loops) and {@code VectorFloatOps} (Vector API). Lanes run across
 * independent elements only, never along a sum, and every lane does the float32 operations of
 * the plain loop in its order (no fused multiply-add where the loop has none), so both give the
 * same bits at every vector width. Stateless and thread-safe.
 */
public interface FloatOps {
    /** "plain" or "vector". */
    String name();

    /**
     * db[j] += Σ_i G[i, j] for j &lt; cols, each sum from db[j] over i = 0..rows−1 in order (G
     * row-major rows × cols).
     */
    void addColumnSums(float[] g, int rows, int cols, float[] db);

    /** d[i] += t[i] for i &lt; len. */
    void add(float[] t, float[] d, int len);

    /** d[dOff + i] += t[tOff + i] for i &lt; len (t and d distinct arrays, or disjoint runs). */
    void add(float[] t, int tOff, float[] d, int dOff, int len);

    /**
     * One Adam update of p from g with moments m, v, in float32 and in this order (PyTorch's):
     * m ← b1·m + c1·g, v ← b2·v + (c2·g)·g, p ← p − stepSize·(m / (√v / sqrtBc2 + eps)),
     * √ correctly rounded.
     */
    void adam(float[] p, float[] g, float[] m, float[] v, float b1, float c1, float b2, float c2,
              float stepSize, float sqrtBc2, float eps);

    /** a[i] = a[i] &gt; 0 ? a[i] : alpha·a[i] for i &lt; len (leaky ReLU in place; NaN stays NaN). */
    void leakyRelu(float[] a, int len, float alpha);

    /** g[i] = a[i] &gt; 0 ? g[i] : alpha·g[i] for i &lt; len (leaky ReLU's derivative read from its output a). */
    void leakyReluBackward(float[] a, float[] g, int len, float alpha);

    /** The implementation the kernels use (vector when the module is present, unless plain is asked for). */
    static FloatOps selected() {
        return FloatKernelProvider.selectedOps();
    }

    /** The plain-Java implementation. */
    static FloatOps plain() {
        return PlainFloatOps.INSTANCE;
    }

    /** The Vector API implementation; throws IllegalStateException when the module is absent. */
    static FloatOps vector() {
        return FloatKernelProvider.vectorOps();
    }
}
