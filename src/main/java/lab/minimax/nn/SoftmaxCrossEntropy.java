package lab.minimax.nn;

import org.ejml.data.FMatrixRMaj;

/**
 * The softmax cross-entropy head of a K-class classifier, on logits Z (n × K) and labels
 * y_i ∈ {0, …, K−1}:
 * <pre>
 *   m_i  = max_k z_ik,   s_i = Σ_k exp(z_ik − m_i)
 *   p_ij = exp(z_ij − m_i) / s_i                         (softmax, stable: every exponent ≤ 0)
 *   L    = (1/n) Σ_i −log p_{i,y_i} = (1/n) Σ_i (m_i + log s_i − z_{i,y_i})
 *   ∂L/∂z_ij = (p_ij − [j = y_i]) / n
 * </pre>
 * computed in double whatever the logits' precision, with {@code StrictMath} exp and log and
 * every sum in index order (k, then i), so the result is the same bits everywhere. An instance
 * holds one row of scratch and allocates nothing per call; not thread-safe.
 */
public final class SoftmaxCrossEntropy {
    private final int classes;
    private final double[] z;
    private final double[] g;

    /** A head for {@code classes} ≥ 2 classes. */
    public SoftmaxCrossEntropy(int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("classes must be >= 2, got " + classes);
        }
        this.classes = classes;
        this.z = new double[classes];
        this.g = new double[classes];
    }

    public int classes() {
        return classes;
    }

    /**
     * L for logits Z (n × K) and labels y[0..n); when dZ is not null it is reshaped to n × K and
     * receives ∂L/∂Z (rounded to float32).
     */
    public double loss(FMatrixRMaj Z, int[] y, FMatrixRMaj dZ) {
        int n = checkLogits(Z);
        if (y == null || y.length < n) {
            throw new IllegalArgumentException("labels must hold " + n + " entries, got " + (y == null ? "null" : y.length));
        }
        if (dZ != null) {
            dZ.reshape(n, classes);
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            int label = y[i];
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException("label " + i + " is " + label + ", expected 0–" + (classes - 1));
            }
            for (int k = 0; k < classes; k++) {
                z[k] = Z.data[i * classes + k];
            }
            total += rowLoss(z, label, dZ == null ? null : g, 1.0 / n);
            if (dZ != null) {
                for (int k = 0; k < classes; k++) {
                    dZ.data[i * classes + k] = (float) g[k];
                }
            }
        }
        return total / n;
    }

    /** P = softmax(Z) row by row (P is reshaped to n × K; it may be Z itself). */
    public void probabilities(FMatrixRMaj Z, FMatrixRMaj P) {
        int n = checkLogits(Z);
        P.reshape(n, classes);
        for (int i = 0; i < n; i++) {
            double m = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < classes; k++) {
                z[k] = Z.data[i * classes + k];
                m = Math.max(m, z[k]);
            }
            double s = 0;
            for (int k = 0; k < classes; k++) {
                z[k] = StrictMath.exp(z[k] - m);
                s += z[k];
            }
            for (int k = 0; k < classes; k++) {
                P.data[i * classes + k] = (float) (z[k] / s);
            }
        }
    }

    /**
     * −log p_label for one row of logits z[0..K) (in double); when grad is not null it receives
     * scale·(p_k − [k = label]).
     */
    static double rowLoss(double[] z, int label, double[] grad, double scale) {
        int classes = z.length;
        double m = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < classes; k++) {
            m = Math.max(m, z[k]);
        }
        double s = 0;
        for (int k = 0; k < classes; k++) {
            s += StrictMath.exp(z[k] - m);
        }
        if (grad != null) {
            for (int k = 0; k < classes; k++) {
                double p = StrictMath.exp(z[k] - m) / s;
                grad[k] = scale * (p - (k == label ? 1 : 0));
            }
        }
        return m + StrictMath.log(s) - z[label];
    }

    private int checkLogits(FMatrixRMaj Z) {
        if (Z == null || Z.numCols != classes || Z.numRows < 1) {
            throw new IllegalArgumentException("logits must be n × " + classes + " with n >= 1, got "
                    + (Z == null ? "null" : Z.numRows + " × " + Z.numCols));
        }
        return Z.numRows;
    }
}
