package lab.minimax.nn;

/**
 * Plain-Java {@link DoubleKernels}: one strided loop nest with 4×4 scalar register blocks
 * serves A·B, Aᵀ·B and A·Bᵀ.
 */
final class DoublePlainKernels implements DoubleKernels {
    static final DoublePlainKernels INSTANCE = new DoublePlainKernels();

    private DoublePlainKernels() {
    }

    @Override
    public String name() {
        return "plain";
    }

    @Override
    public void mult(double[] a, double[] b, double[] bias, double[] c, int m, int k, int n, boolean accumulate) {
        rows(a, k, 1, b, n, 1, bias, c, m, k, n, accumulate);
    }

    @Override
    public void multTransA(double[] a, double[] b, double[] c, int m, int k, int n, boolean accumulate) {
        // A(i, p) of Aᵀ sits at a[p·m + i]
        rows(a, 1, m, b, n, 1, null, c, m, k, n, accumulate);
    }

    /**
     * C = A·B + 1·biasᵀ (+ C) with A(i, p) = a[i·ars + p·acs] and B(p, j) = b[p·bps + j·bjs]
     * (so one loop nest serves A·B, Aᵀ·B and A·Bᵀ): 4×4 blocks of C held in 16
     * scalar accumulators (the JIT does not vectorise these loops; independent accumulators
     * keep both FMA ports busy), then row and column remainders.
     */
    private static void rows(double[] a, int ars, int acs, double[] b, int bps, int bjs, double[] bias,
                             double[] c, int m, int k, int n, boolean accumulate) {
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            final int a0 = i * ars, a1 = a0 + ars, a2 = a1 + ars, a3 = a2 + ars;
            int j = 0;
            for (; j + 4 <= n; j += 4) {
                double c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
                double c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
                final int j1 = bjs, j2 = 2 * bjs, j3 = 3 * bjs;
                for (int p = 0, bp = j * bjs, ap = 0; p < k; p++, bp += bps, ap += acs) {
                    final double b0 = b[bp], b1 = b[bp + j1], b2 = b[bp + j2], b3 = b[bp + j3];
                    final double x0 = a[a0 + ap], x1 = a[a1 + ap], x2 = a[a2 + ap], x3 = a[a3 + ap];
                    c00 += x0 * b0; c01 += x0 * b1; c02 += x0 * b2; c03 += x0 * b3;
                    c10 += x1 * b0; c11 += x1 * b1; c12 += x1 * b2; c13 += x1 * b3;
                    c20 += x2 * b0; c21 += x2 * b1; c22 += x2 * b2; c23 += x2 * b3;
                    c30 += x3 * b0; c31 += x3 * b1; c32 += x3 * b2; c33 += x3 * b3;
                }
                final int r0 = i * n + j, r1 = r0 + n, r2 = r1 + n, r3 = r2 + n;
                store4(c, r0, j, bias, accumulate, c00, c01, c02, c03);
                store4(c, r1, j, bias, accumulate, c10, c11, c12, c13);
                store4(c, r2, j, bias, accumulate, c20, c21, c22, c23);
                store4(c, r3, j, bias, accumulate, c30, c31, c32, c33);
            }
            for (; j < n; j++) {
                for (int r = i; r < i + 4; r++) {
                    single(a, r * ars, acs, b, bps, bjs, bias, c, r * n + j, j, k, accumulate);
                }
            }
        }
        for (; i < m; i++) {
            for (int j = 0; j < n; j++) {
                single(a, i * ars, acs, b, bps, bjs, bias, c, i * n + j, j, k, accumulate);
            }
        }
    }

    private static void store4(double[] c, int o, int j, double[] bias, boolean acc,
                               double s0, double s1, double s2, double s3) {
        if (bias != null) {
            s0 += bias[j];
            s1 += bias[j + 1];
            s2 += bias[j + 2];
            s3 += bias[j + 3];
        }
        if (acc) {
            s0 += c[o];
            s1 += c[o + 1];
            s2 += c[o + 2];
            s3 += c[o + 3];
        }
        c[o] = s0;
        c[o + 1] = s1;
        c[o + 2] = s2;
        c[o + 3] = s3;
    }

    /** C[i, j] (+)= bias[j] + Σ_p A(i, p)·B[p, j]. */
    private static void single(double[] a, int a0, int acs, double[] b, int bps, int bjs, double[] bias,
                               double[] c, int o, int j, int k, boolean acc) {
        double s = 0;
        for (int p = 0, bp = j * bjs, ap = a0; p < k; p++, bp += bps, ap += acs) {
            s += a[ap] * b[bp];
        }
        if (bias != null) {
            s += bias[j];
        }
        c[o] = acc ? c[o] + s : s;
    }

    @Override
    public void multTransB(double[] a, double[] b, double[] c, int m, int k, int n, boolean accumulate) {
        // B(p, j) of Bᵀ sits at b[j·k + p]
        rows(a, k, 1, b, 1, k, null, c, m, k, n, accumulate);
    }
}
