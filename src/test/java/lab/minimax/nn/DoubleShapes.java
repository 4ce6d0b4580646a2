package lab.minimax.nn;

import org.ejml.data.DMatrixRMaj;

/** Shape checks with messages that name the shapes (package-private helper). */
final class DoubleShapes {
    private DoubleShapes() {
    }

    static void require(boolean ok, String op, DMatrixRMaj A, DMatrixRMaj B) {
        if (!ok) {
            throw new IllegalArgumentException(op + ": A is " + A.numRows + "×" + A.numCols
                    + ", B is " + B.numRows + "×" + B.numCols + " (inner dimensions differ)");
        }
    }

    static void output(DMatrixRMaj C, int rows, int cols, boolean accumulate) {
        if (accumulate) {
            if (C.numRows != rows || C.numCols != cols) {
                throw new IllegalArgumentException("accumulating into C of " + C.numRows + "×"
                        + C.numCols + ", expected " + rows + "×" + cols);
            }
        } else {
            C.reshape(rows, cols);
        }
    }

    static void bias(double[] bias, int cols) {
        if (bias != null && bias.length < cols) {
            throw new IllegalArgumentException("bias has length " + bias.length + ", expected " + cols);
        }
    }

    /** Requires X to be rows × cols (rows ≥ 1 unless rows &lt; 0 means "any ≥ 1"). */
    static void matrix(String what, DMatrixRMaj X, int rows, int cols) {
        if (X == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        if (X.numRows < 1 || X.numCols != cols || (rows >= 0 && X.numRows != rows)) {
            throw new IllegalArgumentException(what + " is " + X.numRows + "×" + X.numCols
                    + ", expected " + (rows >= 0 ? String.valueOf(rows) : "n ≥ 1") + "×" + cols);
        }
    }
}
