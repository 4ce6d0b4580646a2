package lab.minimax.nn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The dot-product kernels of {@link VectorKernels}: C = A·v as row dot products and C = A·Bᵀ in
 * tiles of 4 rows of A × 2 rows of B, one lane reduction per element of C (for k ≥ lanes).
 */
final class VectorDots {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorDots() {
    }

    /** c[i] (+)= bias0 + A[i,:]·v for A m×k row-major, k ≥ L. */
    static void dotRows(double[] a, double[] v, double bias0, double[] c, int m, int k, boolean acc) {
        final int kv = k - L + 1;
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            final int a0 = i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
            DoubleVector s0 = DoubleVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
            int p = 0;
            for (; p < kv; p += L) {
                DoubleVector x = DoubleVector.fromArray(S, v, p);
                s0 = DoubleVector.fromArray(S, a, a0 + p).fma(x, s0);
                s1 = DoubleVector.fromArray(S, a, a1 + p).fma(x, s1);
                s2 = DoubleVector.fromArray(S, a, a2 + p).fma(x, s2);
                s3 = DoubleVector.fromArray(S, a, a3 + p).fma(x, s3);
            }
            double r0 = s0.reduceLanes(VectorOperators.ADD), r1 = s1.reduceLanes(VectorOperators.ADD);
            double r2 = s2.reduceLanes(VectorOperators.ADD), r3 = s3.reduceLanes(VectorOperators.ADD);
            for (; p < k; p++) {
                double x = v[p];
                r0 = Math.fma(a[a0 + p], x, r0);
                r1 = Math.fma(a[a1 + p], x, r1);
                r2 = Math.fma(a[a2 + p], x, r2);
                r3 = Math.fma(a[a3 + p], x, r3);
            }
            c[i] = (acc ? c[i] : 0.0) + bias0 + r0;
            c[i + 1] = (acc ? c[i + 1] : 0.0) + bias0 + r1;
            c[i + 2] = (acc ? c[i + 2] : 0.0) + bias0 + r2;
            c[i + 3] = (acc ? c[i + 3] : 0.0) + bias0 + r3;
        }
        for (; i < m; i++) {
            double r = dot(a, i * k, v, 0, k);
            c[i] = (acc ? c[i] : 0.0) + bias0 + r;
        }
    }

    /** Σ_p x[xo + p]·y[yo + p]. */
    private static double dot(double[] x, int xo, double[] y, int yo, int k) {
        final int kv = k - L + 1;
        DoubleVector s = DoubleVector.zero(S);
        int p = 0;
        for (; p < kv; p += L) {
            s = DoubleVector.fromArray(S, x, xo + p).fma(DoubleVector.fromArray(S, y, yo + p), s);
        }
        double r = s.reduceLanes(VectorOperators.ADD);
        for (; p < k; p++) {
            r = Math.fma(x[xo + p], y[yo + p], r);
        }
        return r;
    }

    /** C (+)= A·Bᵀ for A m×k, B n×k, k ≥ L: 4×2 tiles of row dot products, then singles. */
    static void dotTiles(double[] a, double[] b, double[] c, int m, int k, int n, boolean acc) {
        final int kv = k - L + 1;
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            final int a0 = i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
            int j = 0;
            for (; j + 2 <= n; j += 2) {
                final int b0 = j * k, b1 = b0 + k;
                DoubleVector s00 = DoubleVector.zero(S), s01 = s00, s10 = s00, s11 = s00;
                DoubleVector s20 = s00, s21 = s00, s30 = s00, s31 = s00;
                int p = 0;
                for (; p < kv; p += L) {
                    DoubleVector y0 = DoubleVector.fromArray(S, b, b0 + p);
                    DoubleVector y1 = DoubleVector.fromArray(S, b, b1 + p);
                    DoubleVector x = DoubleVector.fromArray(S, a, a0 + p);
                    s00 = x.fma(y0, s00);
                    s01 = x.fma(y1, s01);
                    x = DoubleVector.fromArray(S, a, a1 + p);
                    s10 = x.fma(y0, s10);
                    s11 = x.fma(y1, s11);
                    x = DoubleVector.fromArray(S, a, a2 + p);
                    s20 = x.fma(y0, s20);
                    s21 = x.fma(y1, s21);
                    x = DoubleVector.fromArray(S, a, a3 + p);
                    s30 = x.fma(y0, s30);
                    s31 = x.fma(y1, s31);
                }
                double r00 = s00.reduceLanes(VectorOperators.ADD), r01 = s01.reduceLanes(VectorOperators.ADD);
                double r10 = s10.reduceLanes(VectorOperators.ADD), r11 = s11.reduceLanes(VectorOperators.ADD);
                double r20 = s20.reduceLanes(VectorOperators.ADD), r21 = s21.reduceLanes(VectorOperators.ADD);
                double r30 = s30.reduceLanes(VectorOperators.ADD), r31 = s31.reduceLanes(VectorOperators.ADD);
                for (; p < k; p++) {
                    double y0 = b[b0 + p], y1 = b[b1 + p];
                    r00 = Math.fma(a[a0 + p], y0, r00);
                    r01 = Math.fma(a[a0 + p], y1, r01);
                    r10 = Math.fma(a[a1 + p], y0, r10);
                    r11 = Math.fma(a[a1 + p], y1, r11);
                    r20 = Math.fma(a[a2 + p], y0, r20);
                    r21 = Math.fma(a[a2 + p], y1, r21);
                    r30 = Math.fma(a[a3 + p], y0, r30);
                    r31 = Math.fma(a[a3 + p], y1, r31);
                }
                store(c, i * n + j, r00, acc);
                store(c, i * n + j + 1, r01, acc);
                store(c, (i + 1) * n + j, r10, acc);
                store(c, (i + 1) * n + j + 1, r11, acc);
                store(c, (i + 2) * n + j, r20, acc);
                store(c, (i + 2) * n + j + 1, r21, acc);
                store(c, (i + 3) * n + j, r30, acc);
                store(c, (i + 3) * n + j + 1, r31, acc);
            }
            for (; j < n; j++) {
                for (int r = i; r < i + 4; r++) {
                    store(c, r * n + j, dot(a, r * k, b, j * k, k), acc);
                }
            }
        }
        for (; i < m; i++) {
            for (int j = 0; j < n; j++) {
                store(c, i * n + j, dot(a, i * k, b, j * k, k), acc);
            }
        }
    }

    private static void store(double[] c, int co, double v, boolean acc) {
        c[co] = acc ? c[co] + v : v;
    }
}
