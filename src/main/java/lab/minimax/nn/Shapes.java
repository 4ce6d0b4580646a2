package lab.minimax.nn;

import org.ejml.data.FMatrixRMaj;

/** Shape checks with messages that name the shapes (package-private helper). */
final class Shapes {
    private Shapes() {
    }

    /** Requires X to be rows × cols (rows ≥ 1 unless rows &lt; 0 means "any ≥ 1"). */
    static void matrix(String what, FMatrixRMaj X, int rows, int cols) {
        if (X == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        if (X.numRows < 1 || X.numCols != cols || (rows >= 0 && X.numRows != rows)) {
            throw new IllegalArgumentException(what + " is " + X.numRows + "×" + X.numCols
                    + ", expected " + (rows >= 0 ? String.valueOf(rows) : "n ≥ 1") + "×" + cols);
        }
    }
}
