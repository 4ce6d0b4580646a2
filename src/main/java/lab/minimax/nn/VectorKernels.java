package lab.minimax.nn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MatrixKernels} on the Vector API ({@code jdk.incubator.vector}, double,
 * {@code SPECIES_PREFERRED}). With {@link VectorDots} and {@link VectorRelu}, the only classes that
 * reference incubator types; loaded reflectively by {@link KernelProvider}.
 *
 * <p>A·B and Aᵀ·B share one register-tiled kernel, {@link #gemm}: a 4-row × 2-vector tile of C
 * held in 8 accumulators, each step broadcasting A(i, p) and FMA-ing it with a row slice of B;
 * A is addressed through strides so that Aᵀ costs nothing. Bias is loaded into the accumulators
 * before the first FMA. Narrow shapes are rewritten to wide ones (C = A·b as row dot products,
 * Aᵀ·b as bᵀ·A, an outer product as A·B with k = 1). A·Bᵀ with k ≥ lanes uses the dot-product tiles
 * of {@link VectorDots} (4 rows of A × 2 rows of B) with one lane reduction per element of C.
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
            VectorDots.dotRows(a, b, bias == null ? 0.0 : bias[0], c, m, k, accumulate);
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
            VectorDots.dotTiles(a, b, c, m, k, n, accumulate);
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
}
