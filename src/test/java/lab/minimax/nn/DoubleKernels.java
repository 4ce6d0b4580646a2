package lab.minimax.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * TEST ORACLE (the former double-precision engine's kernels, plain loops only).
 * The GEMM-shaped products of forward and back-propagation, on EJML's row-major {@code data}
 * arrays (element (i, j) of an r×c matrix at {@code i·c + j}). Two implementations:
 * {@link PlainKernels} (plain Java loops, always available) and {@code VectorKernels}
 * ({@code jdk.incubator.vector}, register-tiled FMA), chosen once by {@link #selected()}.
 *
 * <p>Every method writes C = op(A, B) (or adds it to C when {@code accumulate}); C must not alias
 * A or B. Implementations are stateless and thread-safe.
 */
interface DoubleKernels {
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

    /** C = A·B + 1·biasᵀ (+ C): checks the shapes and reshapes C (when not accumulating). */
    default void mult(DMatrixRMaj A, DMatrixRMaj B, double[] bias, DMatrixRMaj C, boolean accumulate) {
        DoubleShapes.require(A.numCols == B.numRows, "A·B", A, B);
        DoubleShapes.output(C, A.numRows, B.numCols, accumulate);
        DoubleShapes.bias(bias, B.numCols);
        mult(A.data, B.data, bias, C.data, A.numRows, A.numCols, B.numCols, accumulate);
    }

    /** C = Aᵀ·B (+ C): checks the shapes and reshapes C (when not accumulating). */
    default void multTransA(DMatrixRMaj A, DMatrixRMaj B, DMatrixRMaj C, boolean accumulate) {
        DoubleShapes.require(A.numRows == B.numRows, "Aᵀ·B", A, B);
        DoubleShapes.output(C, A.numCols, B.numCols, accumulate);
        multTransA(A.data, B.data, C.data, A.numCols, A.numRows, B.numCols, accumulate);
    }

    /** C = A·Bᵀ (+ C): checks the shapes and reshapes C (when not accumulating). */
    default void multTransB(DMatrixRMaj A, DMatrixRMaj B, DMatrixRMaj C, boolean accumulate) {
        DoubleShapes.require(A.numCols == B.numCols, "A·Bᵀ", A, B);
        DoubleShapes.output(C, A.numRows, B.numRows, accumulate);
        multTransB(A.data, B.data, C.data, A.numRows, A.numCols, B.numRows, accumulate);
    }

}
