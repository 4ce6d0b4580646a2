package lab.minimax.nn.f32;

/**
 * The float32 GEMM-shaped products of forward and back-propagation on row-major arrays (element
 * (i, j) of an r×c matrix at {@code i·c + j}). Two implementations: {@link PlainFloatKernels}
 * (plain loops, always available) and {@code VectorFloatKernels} ({@code jdk.incubator.vector},
 * 4-row × 2-vector register tiles with FMA), chosen once by {@link #selected()}. Every method
 * overwrites C; C must not alias A or B. Implementations are stateless and
 * thread-safe.
 *
 * <p><b>The order of every sum is fixed by this contract, not by the hardware</b>: each element
 * C[i, j] starts from its bias (or 0) and adds the products A[i, p]·B[p, j]
 * for p = 0, 1, …, k−1 in order, each with one fused multiply-add (round once per p). Vectors run
 * across the columns j, never along p, so the result is the same bits on the plain loops
 * ({@code Math.fma}), at every vector width and however the rows are split between threads.
 */
public interface FloatKernels {
    /** The same switch as the double kernels: {@code -Dminimax.kernels=plain|vector}. */
    String PROPERTY = "minimax.kernels";

    /** What to do with a product in the tile's store. */
    enum Epilogue {
        /** C = A·B. */
        NONE,
        /** C = A·B + 1·biasᵀ. */
        BIAS,
        /** C = max(0, A·B + 1·biasᵀ) (an affine layer followed by ReLU). */
        BIAS_RELU,
        /** C = (A·B) ⊙ [mask &gt; 0] (ReLU's derivative from its output, mask m×n). */
        MASK
    }

    /** "plain" or "vector". */
    String name();

    /**
     * C = epilogue(A·B). A is m×k, B is k×n, C is m×n; bias (length n) for BIAS/BIAS_RELU,
     * mask (m×n) for MASK, else ignored.
     */
    default void mult(float[] a, float[] b, float[] bias, float[] mask, float[] c, int m, int k, int n, Epilogue e) {
        mult(a, b, bias, mask, c, m, k, n, e, 0, m);
    }

    /** C = Aᵀ·B. A is k×m, B is k×n, C is m×n. */
    default void multTransA(float[] a, float[] b, float[] c, int m, int k, int n) {
        multTransA(a, b, c, m, k, n, 0, m);
    }

    /**
     * C = A·Bᵀ + 1·biasᵀ (bias may be null) for narrow C (n &lt; one vector): each C[i, j] starts
     * from bias[j] (or 0) and adds A[i, p]·B[j, p] for p in order by FMA. A is m×k, B is n×k.
     */
    default void multTransB(float[] a, float[] b, float[] bias, float[] c, int m, int k, int n) {
        multTransB(a, b, bias, c, m, k, n, 0, m);
    }

    /**
     * C = epilogue(A·Bᵀ) for C of any width, epilogue NONE or MASK: each C[i, j] starts from 0 and
     * adds A[i, p]·B[j, p] for p in order by FMA (the sums of {@link #mult} on Bᵀ, without forming
     * Bᵀ in the caller: a layer's G·Wᵀ). A is m×k, B is n×k, C is m×n, mask (m×n) for MASK.
     */
    default void multTransB(float[] a, float[] b, float[] mask, float[] c, int m, int k, int n, Epilogue e) {
        multTransB(a, b, mask, c, m, k, n, e, 0, m);
    }

    /**
     * Rows [i0, i1) of C only (the others untouched); i0 a multiple of 4, so a row's result does not
     * depend on the split (threads share a product by rows).
     */
    void mult(float[] a, float[] b, float[] bias, float[] mask, float[] c, int m, int k, int n, Epilogue e, int i0, int i1);

    /** Rows [i0, i1) of C = Aᵀ·B (i0 a multiple of 4). */
    void multTransA(float[] a, float[] b, float[] c, int m, int k, int n, int i0, int i1);

    /** Rows [i0, i1) of C = A·Bᵀ (+ bias). */
    void multTransB(float[] a, float[] b, float[] bias, float[] c, int m, int k, int n, int i0, int i1);

    /** Rows [i0, i1) of C = epilogue(A·Bᵀ) (i0 a multiple of 4). */
    void multTransB(float[] a, float[] b, float[] mask, float[] c, int m, int k, int n, Epilogue e, int i0, int i1);

    /** The implementation in use (property, else vector when the module is present, else plain). */
    static FloatKernels selected() {
        return FloatKernelProvider.selected();
    }

    /** The plain-Java implementation. */
    static FloatKernels plain() {
        return PlainFloatKernels.INSTANCE;
    }

    /** True when {@code jdk.incubator.vector} is in the boot layer (so {@link #vector()} works). */
    static boolean vectorAvailable() {
        return FloatKernelProvider.modulePresent();
    }

    /** The Vector API implementation; throws IllegalStateException when the module is absent. */
    static FloatKernels vector() {
        return FloatKernelProvider.vector();
    }
}
