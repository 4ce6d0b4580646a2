package lab.minimax.nn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MatrixKernels} on the Vector API ({@code jdk.incubator.vector}, double,
 * {@code SPECIES_PREFERRED}). The only class that references incubator types; loaded
 * reflectively by {@link KernelProvider}.
 *
 * <p>A·B and Aᵀ·B share one register-tiled kernel, {@link #gemm}: a 4-row × 2-vector tile of C
 * held in 8 accumulators, each step broadcasting A(i, p) and FMA-ing it with a row slice of B;
 * A is addressed through strides so that Aᵀ costs nothing. Bias is loaded into the accumulators
 * before the first FMA. Narrow shapes are rewritten to wide ones (C = A·b as row dot products,
 * Aᵀ·b as bᵀ·A, an outer product as A·B with k = 1). A·Bᵀ with k ≥ lanes uses dot-product tiles
 * (4 rows of A × 2 rows of B) with one lane reduction per element of C.
 */
final class VectorKernels implements MatrixKernels {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public void relu(double[] z, double[] a, int len) {
        VectorRelu.apply(z, a, len);
    }

    @Override
    public void reluMask(double[] z, double[] g, int len) {
        VectorRelu.mask(z, g, len);
    }

    /** Lanes per vector (8 with AVX-512, 4 with AVX2). */
    static int lanes() {
        return L;
    }

    @Override
    public void mult(double[] a, double[] b, double[] bias, double[] c, int m, int k, int n, boolean accumulate) {
        if (n == 1 && k >= L) {
            // C[i] = A[i,:]·b + bias (B is a k×1 column = a contiguous vector)
            dotRows(a, b, bias == null ? 0.0 : bias[0], c, m, k, accumulate);
        } else {
            gemm(a, k, 1, b, bias, c, m, k, n, accumulate);
        }
    }

    @Override
    public void multTransA(double[] a, double[] b, double[] c, int m, int k, int n, boolean accumulate) {
        if (n == 1) {
            // Cᵀ (1×m) = bᵀ (1×k) · A (k×m): same memory as C (m×1)
            gemm(b, k, 1, a, null, c, 1, k, m, accumulate);
        } else {
            // A(i, p) of Aᵀ sits at a[p·m + i]
            gemm(a, 1, m, b, null, c, m, k, n, accumulate);
        }
    }

    @Override
    public void multTransB(double[] a, double[] b, double[] c, int m, int k, int n, boolean accumulate) {
        if (k >= L) {
            dotTiles(a, b, c, m, k, n, accumulate);
        } else {
            // short dot products: k = 1 is an outer product, i.e. A (m×1) · B viewed as 1×n;
            // other k < lanes are rare (a layer narrower than a vector) and run scalar
            if (k == 1) {
                gemm(a, 1, 1, b, null, c, m, 1, n, accumulate);
            } else {
                PlainKernels.INSTANCE.multTransB(a, b, c, m, k, n, accumulate);
            }
        }
    }

    /**
     * C = A·B + 1·biasᵀ (+ C) with A(i, p) = a[i·ars + p·acs], B k×n row-major, C m×n.
     */
    static void gemm(double[] a, int ars, int acs, double[] b, double[] bias, double[] c,
                     int m, int k, int n, boolean acc) {
        final int n2 = n - 2 * L + 1;
        final int n1 = n - L + 1;
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            int j = 0;
            for (; j < n2; j += 2 * L) {
                tile4x2(a, i * ars, ars, acs, b, bias, c, i * n + j, j, k, n, acc);
            }
            for (; j < n1; j += L) {
                tile4x1(a, i * ars, ars, acs, b, bias, c, i * n + j, j, k, n, acc);
            }
            for (; j < n; j++) {
                for (int r = i; r < i + 4; r++) {
                    scalar(a, r * ars, acs, b, bias, c, r * n + j, j, k, n, acc);
                }
            }
        }
        for (; i < m; i++) {
            int j = 0;
            for (; j < n1; j += L) {
                tile1x1(a, i * ars, acs, b, bias, c, i * n + j, j, k, n, acc);
            }
            for (; j < n; j++) {
                scalar(a, i * ars, acs, b, bias, c, i * n + j, j, k, n, acc);
            }
        }
    }

    /** Initial accumulator for C[row, j..j+L): C (if acc) + bias (if any), else 0. */
    private static DoubleVector init(double[] c, int co, double[] bias, int j, boolean acc) {
        DoubleVector v = acc ? DoubleVector.fromArray(S, c, co) : DoubleVector.zero(S);
        return bias == null ? v : v.add(DoubleVector.fromArray(S, bias, j));
    }

    /** C[i..i+4, j..j+2L) (+)= Σ_p A(i.., p) · B[p, j..j+2L). */
    private static void tile4x2(double[] a, int a0, int ars, int acs, double[] b, double[] bias,
                                double[] c, int c0, int j, int k, int n, boolean acc) {
        final int c1 = c0 + n, c2 = c1 + n, c3 = c2 + n;
        DoubleVector c00 = init(c, c0, bias, j, acc), c01 = init(c, c0 + L, bias, j + L, acc);
        DoubleVector c10 = init(c, c1, bias, j, acc), c11 = init(c, c1 + L, bias, j + L, acc);
        DoubleVector c20 = init(c, c2, bias, j, acc), c21 = init(c, c2 + L, bias, j + L, acc);
        DoubleVector c30 = init(c, c3, bias, j, acc), c31 = init(c, c3 + L, bias, j + L, acc);
        final int a1 = a0 + ars, a2 = a1 + ars, a3 = a2 + ars;
        for (int p = 0, bo = j, ao = 0; p < k; p++, bo += n, ao += acs) {
            DoubleVector b0 = DoubleVector.fromArray(S, b, bo);
            DoubleVector b1 = DoubleVector.fromArray(S, b, bo + L);
            DoubleVector x = DoubleVector.broadcast(S, a[a0 + ao]);
            c00 = b0.fma(x, c00);
            c01 = b1.fma(x, c01);
            x = DoubleVector.broadcast(S, a[a1 + ao]);
            c10 = b0.fma(x, c10);
            c11 = b1.fma(x, c11);
            x = DoubleVector.broadcast(S, a[a2 + ao]);
            c20 = b0.fma(x, c20);
            c21 = b1.fma(x, c21);
            x = DoubleVector.broadcast(S, a[a3 + ao]);
            c30 = b0.fma(x, c30);
            c31 = b1.fma(x, c31);
        }
        c00.intoArray(c, c0);
        c01.intoArray(c, c0 + L);
        c10.intoArray(c, c1);
        c11.intoArray(c, c1 + L);
        c20.intoArray(c, c2);
        c21.intoArray(c, c2 + L);
        c30.intoArray(c, c3);
        c31.intoArray(c, c3 + L);
    }

    /** C[i..i+4, j..j+L) (+)= Σ_p A(i.., p) · B[p, j..j+L). */
    private static void tile4x1(double[] a, int a0, int ars, int acs, double[] b, double[] bias,
                                double[] c, int c0, int j, int k, int n, boolean acc) {
        final int c1 = c0 + n, c2 = c1 + n, c3 = c2 + n;
        DoubleVector c00 = init(c, c0, bias, j, acc), c10 = init(c, c1, bias, j, acc);
        DoubleVector c20 = init(c, c2, bias, j, acc), c30 = init(c, c3, bias, j, acc);
        final int a1 = a0 + ars, a2 = a1 + ars, a3 = a2 + ars;
        for (int p = 0, bo = j, ao = 0; p < k; p++, bo += n, ao += acs) {
            DoubleVector b0 = DoubleVector.fromArray(S, b, bo);
            c00 = b0.fma(DoubleVector.broadcast(S, a[a0 + ao]), c00);
            c10 = b0.fma(DoubleVector.broadcast(S, a[a1 + ao]), c10);
            c20 = b0.fma(DoubleVector.broadcast(S, a[a2 + ao]), c20);
            c30 = b0.fma(DoubleVector.broadcast(S, a[a3 + ao]), c30);
        }
        c00.intoArray(c, c0);
        c10.intoArray(c, c1);
        c20.intoArray(c, c2);
        c30.intoArray(c, c3);
    }

    /** C[i, j..j+L) (+)= Σ_p A(i, p) · B[p, j..j+L). */
    private static void tile1x1(double[] a, int a0, int acs, double[] b, double[] bias,
                                double[] c, int c0, int j, int k, int n, boolean acc) {
        DoubleVector c00 = init(c, c0, bias, j, acc);
        for (int p = 0, bo = j, ao = a0; p < k; p++, bo += n, ao += acs) {
            c00 = DoubleVector.fromArray(S, b, bo).fma(DoubleVector.broadcast(S, a[ao]), c00);
        }
        c00.intoArray(c, c0);
    }

    /** C[i, j] (+)= bias[j] + Σ_p A(i, p) · B[p, j], scalar. */
    private static void scalar(double[] a, int a0, int acs, double[] b, double[] bias,
                               double[] c, int co, int j, int k, int n, boolean acc) {
        double s = acc ? c[co] : 0.0;
        if (bias != null) {
            s += bias[j];
        }
        for (int p = 0, bo = j, ao = a0; p < k; p++, bo += n, ao += acs) {
            s = Math.fma(a[ao], b[bo], s);
        }
        c[co] = s;
    }

    /** c[i] (+)= bias0 + A[i,:]·v for A m×k row-major, k ≥ L. */
    private static void dotRows(double[] a, double[] v, double bias0, double[] c, int m, int k, boolean acc) {
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
    private static void dotTiles(double[] a, double[] b, double[] c, int m, int k, int n, boolean acc) {
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
