package lab.minimax.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * The GEMM-shaped products of forward and back-propagation, on EJML's row-major {@code data}
 * arrays (element (i, j) of an r×c matrix at {@code i·c + j}). Two implementations:
 * {@link PlainKernels} (plain Java loops, always available) and {@code VectorKernels}
 * ({@code jdk.incubator.vector}, register-tiled FMA), chosen once by {@link #selected()}.
 *
 * <p>Every method writes C = op(A, B) (or adds it to C when {@code accumulate}); C must not alias
 * A or B. Implementations are stateless and thread-safe.
 */
public interface MatrixKernels {
    /** System property forcing an implementation: {@code plain} or {@code vector}. */
    String PROPERTY = "minimax.kernels";

    /** "plain" or "vector". */
    String name();

    /**
     * C = A·B + 1·biasᵀ (+ C if accumulate). A is m×k, B is k×n, C is m×n, bias has length n
     * (or is null for no bias).
     */
    void mult(double[] a, double[] b, double[] bias, double[] c, int m, int k, int n, boolean accumulate);

    /** C = Aᵀ·B (+ C if accumulate). A is k×m, B is k×n, C is m×n. */
    void multTransA(double[] a, double[] b, double[] c, int m, int k, int n, boolean accumulate);

    /** C = A·Bᵀ (+ C if accumulate). A is m×k, B is n×k, C is m×n. */
    void multTransB(double[] a, double[] b, double[] c, int m, int k, int n, boolean accumulate);

    /**
     * ReLU forward, A = max(Z, 0): {@code a[i] = z[i] > 0 ? z[i] : +0.0} for i &lt; len (NaN and
     * −0.0 give +0.0). The default is the branch-free loop of {@link Relu}.
     */
    default void relu(double[] z, double[] a, int len) {
        Relu.applyLoop(z, a, 0, len);
    }

    /** ReLU backward, G ⊙= [Z &gt; 0]: {@code g[i] = z[i] > 0 ? g[i] : +0.0} for i &lt; len. */
    default void reluMask(double[] z, double[] g, int len) {
        Relu.maskLoop(z, g, 0, len);
    }

    /** C = A·B + 1·biasᵀ (+ C): checks the shapes and reshapes C (when not accumulating). */
    default void mult(DMatrixRMaj A, DMatrixRMaj B, double[] bias, DMatrixRMaj C, boolean accumulate) {
        Shapes.require(A.numCols == B.numRows, "A·B", A, B);
        Shapes.output(C, A.numRows, B.numCols, accumulate);
        Shapes.bias(bias, B.numCols);
        mult(A.data, B.data, bias, C.data, A.numRows, A.numCols, B.numCols, accumulate);
    }

    /** C = Aᵀ·B (+ C): checks the shapes and reshapes C (when not accumulating). */
    default void multTransA(DMatrixRMaj A, DMatrixRMaj B, DMatrixRMaj C, boolean accumulate) {
        Shapes.require(A.numRows == B.numRows, "Aᵀ·B", A, B);
        Shapes.output(C, A.numCols, B.numCols, accumulate);
        multTransA(A.data, B.data, C.data, A.numCols, A.numRows, B.numCols, accumulate);
    }

    /** C = A·Bᵀ (+ C): checks the shapes and reshapes C (when not accumulating). */
    default void multTransB(DMatrixRMaj A, DMatrixRMaj B, DMatrixRMaj C, boolean accumulate) {
        Shapes.require(A.numCols == B.numCols, "A·Bᵀ", A, B);
        Shapes.output(C, A.numRows, B.numRows, accumulate);
        multTransB(A.data, B.data, C.data, A.numRows, A.numCols, B.numRows, accumulate);
    }

    /**
     * The implementation in use, chosen once: {@code -Dminimax.kernels=plain|vector} if set, else
     * the Vector API one when the {@code jdk.incubator.vector} module is present, else plain.
     */
    static MatrixKernels selected() {
        return KernelProvider.selected();
    }

    /** The plain-Java implementation. */
    static MatrixKernels plain() {
        return PlainKernels.INSTANCE;
    }

    /** True when {@code jdk.incubator.vector} is in the boot layer (so {@link #vector()} works). */
    static boolean vectorAvailable() {
        return KernelProvider.vectorModulePresent();
    }

    /**
     * The Vector API implementation.
     *
     * @throws IllegalStateException when the module is absent (run with
     *                               {@code --add-modules jdk.incubator.vector})
     */
    static MatrixKernels vector() {
        return KernelProvider.vector();
    }
}
