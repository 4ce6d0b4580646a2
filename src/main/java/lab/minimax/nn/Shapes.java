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

    /** Requires inputDim, outputDim ≥ 1 and 0–4 hidden widths, each ≥ 1 (messages name the argument). */
    static void network(int inputDim, int[] hidden, int outputDim) {
        if (inputDim < 1) {
            throw new IllegalArgumentException("inputDim must be >= 1, got " + inputDim);
        }
        if (outputDim < 1) {
            throw new IllegalArgumentException("outputDim must be >= 1, got " + outputDim);
        }
        if (hidden == null || hidden.length > 4) {
            throw new IllegalArgumentException("hidden must have 0–4 layers, got "
                    + (hidden == null ? "null" : hidden.length));
        }
        for (int w : hidden) {
            if (w < 1) {
                throw new IllegalArgumentException("hidden widths must be >= 1, got " + java.util.Arrays.toString(hidden));
            }
        }
    }

    /** A network's shape as text, e.g. "2-64-64-1 relu". */
    static String describe(int inputDim, int[] hidden, int outputDim, String activation) {
        StringBuilder sb = new StringBuilder().append(inputDim);
        for (int w : hidden) {
            sb.append('-').append(w);
        }
        return sb.append('-').append(outputDim).append(' ').append(activation).toString();
    }
}
