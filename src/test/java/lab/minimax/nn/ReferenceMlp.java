package lab.minimax.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * A plain scalar MLP forward pass read straight off a {@link DoubleMlp}'s parameter arrays (test
 * helper): z_j = b_j + Σ_i a_i·W[i·d_out + j], a = σ(z) between layers, affine output.
 */
final class ReferenceMlp {
    private ReferenceMlp() {
    }

    static double[] forwardRow(DoubleMlp net, double[] x) {
        double[][] p = net.parameters();
        int layers = p.length / 2;
        double[] a = x.clone();
        for (int l = 0; l < layers; l++) {
            double[] W = p[2 * l], b = p[2 * l + 1];
            int out = b.length, in = a.length;
            double[] z = new double[out];
            for (int j = 0; j < out; j++) {
                double s = b[j];
                for (int i = 0; i < in; i++) {
                    s += a[i] * W[i * out + j];
                }
                z[j] = s;
            }
            if (l < layers - 1) {
                for (int j = 0; j < out; j++) {
                    z[j] = net.activation().value(z[j]);
                }
            }
            a = z;
        }
        return a;
    }

    static DMatrixRMaj forward(DoubleMlp net, DMatrixRMaj X) {
        DMatrixRMaj Y = new DMatrixRMaj(X.numRows, net.outputDim());
        for (int r = 0; r < X.numRows; r++) {
            double[] x = new double[X.numCols];
            System.arraycopy(X.data, r * X.numCols, x, 0, X.numCols);
            double[] y = forwardRow(net, x);
            System.arraycopy(y, 0, Y.data, r * y.length, y.length);
        }
        return Y;
    }

    /** Smallest |z| over all hidden pre-activations of the batch (distance to the kinks at 0). */
    static double kinkMargin(DoubleMlp net, DMatrixRMaj X) {
        double[][] p = net.parameters();
        int layers = p.length / 2;
        double margin = Double.POSITIVE_INFINITY;
        for (int r = 0; r < X.numRows; r++) {
            double[] a = new double[X.numCols];
            System.arraycopy(X.data, r * X.numCols, a, 0, X.numCols);
            for (int l = 0; l < layers - 1; l++) {
                double[] W = p[2 * l], b = p[2 * l + 1];
                int out = b.length;
                double[] z = new double[out];
                for (int j = 0; j < out; j++) {
                    double s = b[j];
                    for (int i = 0; i < a.length; i++) {
                        s += a[i] * W[i * out + j];
                    }
                    margin = Math.min(margin, Math.abs(s));
                    z[j] = net.activation().value(s);
                }
                a = z;
            }
        }
        return margin;
    }

    static DMatrixRMaj randomMatrix(java.util.random.RandomGenerator rng, int rows, int cols, double scale) {
        DMatrixRMaj M = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < M.data.length; i++) {
            M.data[i] = scale * (2 * rng.nextDouble() - 1);
        }
        return M;
    }
}
