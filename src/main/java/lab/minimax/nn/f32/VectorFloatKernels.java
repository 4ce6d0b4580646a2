package lab.minimax.nn.f32;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FloatKernels} on the Vector API: C is computed in register tiles of 4 rows × 2 vectors
 * (16 lanes each on AVX-512), each a sum of FMAs of a broadcast element of A and a vector of B's
 * row, with the bias / ReLU / ReLU-mask epilogue applied in the tile's store. Column and row
 * remainders run in plain loops. Loaded only when {@code jdk.incubator.vector} is present.
 */
final class VectorFloatKernels implements FloatKernels {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public void mult(float[] a, float[] b, float[] bias, float[] mask, float[] c, int m, int k, int n, Epilogue e) {
        // a(i, p) = a[i·k + p]
        gemm(a, k, 1, b, bias, mask, c, m, k, n, e);
    }

    @Override
    public void multTransA(float[] a, float[] b, float[] c, int m, int k, int n) {
        // Aᵀ(i, p) = a[p·m + i]
        gemm(a, 1, m, b, null, null, c, m, k, n, Epilogue.NONE);
    }

    /** C = epilogue(Â·B) where Â(i, p) = a[i·rs + p·ps]. */
    private static void gemm(float[] a, int rs, int ps, float[] b, float[] bias, float[] mask, float[] c,
                             int m, int k, int n, Epilogue e) {
        final boolean withBias = e == Epilogue.BIAS || e == Epilogue.BIAS_RELU;
        final int nv2 = n - n % (2 * L);
        final int nv1 = n - n % L;
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            final int a0 = i * rs, a1 = a0 + rs, a2 = a1 + rs, a3 = a2 + rs;
            int j = 0;
            for (; j < nv2; j += 2 * L) {
                FloatVector init0 = withBias ? FloatVector.fromArray(S, bias, j) : FloatVector.zero(S);
                FloatVector init1 = withBias ? FloatVector.fromArray(S, bias, j + L) : FloatVector.zero(S);
                FloatVector c00 = init0, c01 = init1, c10 = init0, c11 = init1;
                FloatVector c20 = init0, c21 = init1, c30 = init0, c31 = init1;
                // C_{r, j..j+2L} = Σ_p Â(r, p) · B_{p, j..j+2L}
                for (int p = 0; p < k; p++) {
                    int bp = p * n + j, ap = p * ps;
                    FloatVector b0 = FloatVector.fromArray(S, b, bp);
                    FloatVector b1 = FloatVector.fromArray(S, b, bp + L);
                    FloatVector x = FloatVector.broadcast(S, a[a0 + ap]);
                    c00 = x.fma(b0, c00);
                    c01 = x.fma(b1, c01);
                    x = FloatVector.broadcast(S, a[a1 + ap]);
                    c10 = x.fma(b0, c10);
                    c11 = x.fma(b1, c11);
                    x = FloatVector.broadcast(S, a[a2 + ap]);
                    c20 = x.fma(b0, c20);
                    c21 = x.fma(b1, c21);
                    x = FloatVector.broadcast(S, a[a3 + ap]);
                    c30 = x.fma(b0, c30);
                    c31 = x.fma(b1, c31);
                }
                int ci = i * n + j;
                store(c00, mask, c, ci, e);
                store(c01, mask, c, ci + L, e);
                store(c10, mask, c, ci + n, e);
                store(c11, mask, c, ci + n + L, e);
                store(c20, mask, c, ci + 2 * n, e);
                store(c21, mask, c, ci + 2 * n + L, e);
                store(c30, mask, c, ci + 3 * n, e);
                store(c31, mask, c, ci + 3 * n + L, e);
            }
            for (; j < nv1; j += L) {
                FloatVector init = withBias ? FloatVector.fromArray(S, bias, j) : FloatVector.zero(S);
                FloatVector c0 = init, c1 = init, c2 = init, c3 = init;
                for (int p = 0; p < k; p++) {
                    int ap = p * ps;
                    FloatVector b0 = FloatVector.fromArray(S, b, p * n + j);
                    c0 = FloatVector.broadcast(S, a[a0 + ap]).fma(b0, c0);
                    c1 = FloatVector.broadcast(S, a[a1 + ap]).fma(b0, c1);
                    c2 = FloatVector.broadcast(S, a[a2 + ap]).fma(b0, c2);
                    c3 = FloatVector.broadcast(S, a[a3 + ap]).fma(b0, c3);
                }
                int ci = i * n + j;
                store(c0, mask, c, ci, e);
                store(c1, mask, c, ci + n, e);
                store(c2, mask, c, ci + 2 * n, e);
                store(c3, mask, c, ci + 3 * n, e);
            }
            if (j < n) {
                scalar(a, rs, ps, b, bias, mask, c, i, i + 4, j, k, n, e);
            }
        }
        if (i < m) {
            scalar(a, rs, ps, b, bias, mask, c, i, m, 0, k, n, e);
        }
    }

    /** The epilogue's elementwise part, then the store (the bias is in the accumulator already). */
    private static void store(FloatVector v, float[] mask, float[] c, int idx, Epilogue e) {
        if (e == Epilogue.BIAS_RELU) {
            v = v.max(0f);
        } else if (e == Epilogue.MASK) {
            v = v.blend(0f, FloatVector.fromArray(S, mask, idx).compare(VectorOperators.LE, 0f));
        }
        v.intoArray(c, idx);
    }

    /** Rows [i0, i1), columns [j0, n) in plain loops. */
    private static void scalar(float[] a, int rs, int ps, float[] b, float[] bias, float[] mask, float[] c,
                               int i0, int i1, int j0, int k, int n, Epilogue e) {
        boolean withBias = e == Epilogue.BIAS || e == Epilogue.BIAS_RELU;
        for (int i = i0; i < i1; i++) {
            for (int j = j0; j < n; j++) {
                float s = withBias ? bias[j] : 0f;
                for (int p = 0; p < k; p++) {
                    s += a[i * rs + p * ps] * b[p * n + j];
                }
                int idx = i * n + j;
                if (e == Epilogue.BIAS_RELU) {
                    s = Math.max(0f, s);
                } else if (e == Epilogue.MASK && !(mask[idx] > 0f)) {
                    s = 0f;
                }
                c[idx] = s;
            }
        }
    }

    @Override
    public void multTransB(float[] a, float[] b, float[] bias, float[] c, int m, int k, int n) {
        final int kv = k - k % L;
        // C_ij = A_i· · B_j· (+ bias_j)
        for (int i = 0; i < m; i++) {
            int ai = i * k;
            for (int j = 0; j < n; j++) {
                int bj = j * k;
                FloatVector acc = FloatVector.zero(S);
                int p = 0;
                for (; p < kv; p += L) {
                    acc = FloatVector.fromArray(S, a, ai + p).fma(FloatVector.fromArray(S, b, bj + p), acc);
                }
                float s = acc.reduceLanes(VectorOperators.ADD);
                for (; p < k; p++) {
                    s += a[ai + p] * b[bj + p];
                }
                c[i * n + j] = bias == null ? s : s + bias[j];
            }
        }
    }
}
