package lab.minimax.nn;

/**
 * Plain-Java {@link MatrixKernels}: i-p-j loop orders whose innermost loop runs along a row of B
 * and C (C2 auto-vectorises it), scalar dot products for A·Bᵀ.
 */
final class PlainKernels implements MatrixKernels {
    static final PlainKernels INSTANCE = new PlainKernels();

    private PlainKernels() {
    }

    @Override
    public String name() {
        return "plain";
    }

    @Override
    public void mult(double[] a, double[] b, double[] bias, double[] c, int m, int k, int n, boolean accumulate) {
        for (int i = 0; i < m; i++) {
            int ci = i * n;
            initRow(c, ci, n, bias, accumulate);
            // C[i,:] += A[i,p] · B[p,:]
            int ai = i * k;
            for (int p = 0; p < k; p++) {
                double aip = a[ai + p];
                int bp = p * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += aip * b[bp + j];
                }
            }
        }
    }

    @Override
    public void multTransA(double[] a, double[] b, double[] c, int m, int k, int n, boolean accumulate) {
        for (int i = 0; i < m; i++) {
            int ci = i * n;
            initRow(c, ci, n, null, accumulate);
            // C[i,:] += A[p,i] · B[p,:]
            for (int p = 0; p < k; p++) {
                double api = a[p * m + i];
                int bp = p * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += api * b[bp + j];
                }
            }
        }
    }

    @Override
    public void multTransB(double[] a, double[] b, double[] c, int m, int k, int n, boolean accumulate) {
        for (int i = 0; i < m; i++) {
            int ai = i * k;
            int ci = i * n;
            for (int j = 0; j < n; j++) {
                // C[i,j] = A[i,:] · B[j,:]
                int bj = j * k;
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += a[ai + p] * b[bj + p];
                }
                c[ci + j] = accumulate ? c[ci + j] + s : s;
            }
        }
    }

    /** C[i,:] = bias (or 0), or C[i,:] += bias when accumulating. */
    private static void initRow(double[] c, int ci, int n, double[] bias, boolean accumulate) {
        if (accumulate) {
            if (bias != null) {
                for (int j = 0; j < n; j++) {
                    c[ci + j] += bias[j];
                }
            }
        } else if (bias != null) {
            System.arraycopy(bias, 0, c, ci, n);
        } else {
            java.util.Arrays.fill(c, ci, ci + n, 0.0);
        }
    }
}
