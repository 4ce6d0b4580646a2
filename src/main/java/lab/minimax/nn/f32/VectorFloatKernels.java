package lab.minimax.nn.f32;

import jdk.incubator.vector.FloatVector;
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
    /** 32 vector registers (AVX-512): the unpacked 8-row tiles fit; with 16 they spill, and 4-row tiles run instead. */
    private static final boolean WIDE = L >= 16;

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public void mult(float[] a, float[] b, float[] bias, float[] mask, float[] c, int m, int k, int n, Epilogue e,
                     int i0, int i1) {
        // a(i, p) = a[i·k + p]
        gemm(a, k, 1, b, bias, mask, c, i0, i1, k, n, e);
    }

    @Override
    public void multTransA(float[] a, float[] b, float[] c, int m, int k, int n, int i0, int i1) {
        // Aᵀ(i, p) = a[p·m + i]
        gemm(a, 1, m, b, null, null, c, i0, i1, k, n, Epilogue.NONE);
    }

    @Override
    public void multTransB(float[] a, float[] b, float[] mask, float[] c, int m, int k, int n, Epilogue e,
                           int i0, int i1) {
        // C = epilogue(A·(Bᵀ)): whole 8-row strips packed straight from B, the other rows on Bᵀ in scratch
        int i = i0;
        if (PackedFloatGemm.pays(i1 - i0, k, n)) {
            int i8 = PackedFloatGemm.end(i0, i1);
            PackedFloatGemm.rowsTransB(a, b, mask, c, i0, i8, k, n, e);
            i = i8;
        }
        if (i < i1) {
            gemm(a, k, 1, Transposes.of(b, n, k), null, mask, c, i, i1, k, n, e);
        }
    }

    /** Rows [i0, m) of C = epilogue(Â·B) where Â(i, p) = a[i·rs + p·ps]. */
    private static void gemm(float[] a, int rs, int ps, float[] b, float[] bias, float[] mask, float[] c,
                             int i0, int m, int k, int n, Epilogue e) {
        final int nv2 = n - n % (2 * L);
        final int nv1 = n - n % L;
        int i = i0;
        if (PackedFloatGemm.pays(m - i0, k, n)) {
            int i8 = PackedFloatGemm.end(i0, m);
            PackedFloatGemm.rows(a, rs, ps, b, bias, mask, c, i0, i8, k, n, e);
            i = i8;
        }
        for (; WIDE && i + 8 <= m; i += 8) {
            int j = 0;
            if (e == Epilogue.BIAS_RELU) {
                // ReLU on the accumulators before their store
                for (; j < nv2; j += 2 * L) {
                    FloatEpilogueTiles.unpackedRelu(a, i * rs, rs, ps, b, bias, c, i * n + j, j, k, n);
                }
            }
            for (; j < nv2; j += 2 * L) {
                tile8x2(a, i * rs, rs, ps, b, bias, c, i * n + j, j, k, n, e);
            }
            if (e == Epilogue.MASK) {
                // the 8 rows' mask on columns [0, nv2) in one pass (one run when they are whole rows)
                if (nv2 == n) {
                    VectorFloatEpilogue.finishRow(mask, c, i * n, 8 * n, e);
                } else {
                    for (int r = 0; r < 8; r++) {
                        VectorFloatEpilogue.finishRow(mask, c, (i + r) * n, nv2, e);
                    }
                }
            }
            for (; j < nv1; j += L) {
                tile4x1(a, i * rs, rs, ps, b, bias, mask, c, i * n + j, j, k, n, e);
                tile4x1(a, (i + 4) * rs, rs, ps, b, bias, mask, c, (i + 4) * n + j, j, k, n, e);
            }
            if (j < n) {
                scalar(a, rs, ps, b, bias, mask, c, i, i + 8, j, k, n, e);
            }
        }
        for (; i + 4 <= m; i += 4) {
            int j = 0;
            for (; j < nv2; j += 2 * L) {
                tile4x2(a, i * rs, rs, ps, b, bias, mask, c, i * n + j, j, k, n, e);
            }
            for (; j < nv1; j += L) {
                tile4x1(a, i * rs, rs, ps, b, bias, mask, c, i * n + j, j, k, n, e);
            }
            if (j < n) {
                scalar(a, rs, ps, b, bias, mask, c, i, i + 4, j, k, n, e);
            }
        }
        for (; i < m; i++) {
            // remaining rows (m mod 4, e.g. the 2-row Aᵀ of a first layer's weight gradient)
            int j = 0;
            for (; j + 4 * L <= n; j += 4 * L) {
                tile1x4(a, i * rs, ps, b, bias, c, i * n + j, j, k, n, e);
                VectorFloatEpilogue.finishRow(mask, c, i * n + j, 4 * L, e);
            }
            for (; j < nv1; j += L) {
                tile1x1(a, i * rs, ps, b, bias, mask, c, i * n + j, j, k, n, e);
            }
            if (j < n) {
                scalar(a, rs, ps, b, bias, mask, c, i, i + 1, j, k, n, e);
            }
        }
    }

    /**
     * C[i, j..j+4L) = Σ_p Â(i, p) · B[p, j..j+4L) from the bias (or 0), four accumulators (four
     * independent FMA chains: one chain alone waits on the FMA's latency at every p).
     */
    private static void tile1x4(float[] a, int a0, int ps, float[] b, float[] bias, float[] c, int ci, int j,
                                int k, int n, Epilogue e) {
        FloatVector c0 = init(bias, j, e), c1 = init(bias, j + L, e), c2 = init(bias, j + 2 * L, e);
        FloatVector c3 = init(bias, j + 3 * L, e);
        for (int p = 0, bp = j, ap = a0; p < k; p++, bp += n, ap += ps) {
            FloatVector x = FloatVector.broadcast(S, a[ap]);
            c0 = x.fma(FloatVector.fromArray(S, b, bp), c0);
            c1 = x.fma(FloatVector.fromArray(S, b, bp + L), c1);
            c2 = x.fma(FloatVector.fromArray(S, b, bp + 2 * L), c2);
            c3 = x.fma(FloatVector.fromArray(S, b, bp + 3 * L), c3);
        }
        c0.intoArray(c, ci);
        c1.intoArray(c, ci + L);
        c2.intoArray(c, ci + 2 * L);
        c3.intoArray(c, ci + 3 * L);
    }

    /** C[i, j..j+L) = epilogue(Σ_p Â(i, p) · B[p, j..j+L)), one accumulator, one FMA per p in order. */
    private static void tile1x1(float[] a, int a0, int ps, float[] b, float[] bias, float[] mask,
                                float[] c, int ci, int j, int k, int n, Epilogue e) {
        FloatVector c0 = init(bias, j, e);
        for (int p = 0; p < k; p++) {
            c0 = FloatVector.broadcast(S, a[a0 + p * ps]).fma(FloatVector.fromArray(S, b, p * n + j), c0);
        }
        c0.intoArray(c, ci);
        if (e == Epilogue.BIAS_RELU) {
            VectorFloatEpilogue.relu(c, ci, L);
        } else if (e == Epilogue.MASK) {
            VectorFloatEpilogue.mask(mask, c, ci, L);
        }
    }

    /**
     * C[i..i+8, j..j+2L) = Σ_p Â(i.., p) · B[p, j..j+2L) from the bias (or 0), 16 accumulators (each
     * element summed in the same order as by {@link #tile4x2}, so results do not depend on the row
     * tiling); the caller applies the ReLU / mask epilogue to the 8 rows afterwards.
     */
    private static void tile8x2(float[] a, int a0, int rs, int ps, float[] b, float[] bias,
                                float[] c, int ci, int j, int k, int n, Epilogue e) {
        final int a1 = a0 + rs, a2 = a1 + rs, a3 = a2 + rs, a4 = a3 + rs, a5 = a4 + rs, a6 = a5 + rs, a7 = a6 + rs;
        FloatVector c00 = init(bias, j, e), c01 = init(bias, j + L, e), c10 = c00, c11 = c01;
        FloatVector c20 = c00, c21 = c01, c30 = c00, c31 = c01;
        FloatVector c40 = c00, c41 = c01, c50 = c00, c51 = c01;
        FloatVector c60 = c00, c61 = c01, c70 = c00, c71 = c01;
        for (int p = 0, bp = j, ap = 0; p < k; p++, bp += n, ap += ps) {
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
            x = FloatVector.broadcast(S, a[a4 + ap]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(S, a[a5 + ap]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            x = FloatVector.broadcast(S, a[a6 + ap]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            x = FloatVector.broadcast(S, a[a7 + ap]);
            c70 = x.fma(b0, c70);
            c71 = x.fma(b1, c71);
        }
        c00.intoArray(c, ci);
        c01.intoArray(c, ci + L);
        c10.intoArray(c, ci + n);
        c11.intoArray(c, ci + n + L);
        c20.intoArray(c, ci + 2 * n);
        c21.intoArray(c, ci + 2 * n + L);
        c30.intoArray(c, ci + 3 * n);
        c31.intoArray(c, ci + 3 * n + L);
        c40.intoArray(c, ci + 4 * n);
        c41.intoArray(c, ci + 4 * n + L);
        c50.intoArray(c, ci + 5 * n);
        c51.intoArray(c, ci + 5 * n + L);
        c60.intoArray(c, ci + 6 * n);
        c61.intoArray(c, ci + 6 * n + L);
        c70.intoArray(c, ci + 7 * n);
        c71.intoArray(c, ci + 7 * n + L);
    }

    /** C[i..i+4, j..j+2L) = epilogue(Σ_p Â(i.., p) · B[p, j..j+2L)), 8 accumulators. */
    private static void tile4x2(float[] a, int a0, int rs, int ps, float[] b, float[] bias, float[] mask,
                                float[] c, int ci, int j, int k, int n, Epilogue e) {
        final int a1 = a0 + rs, a2 = a1 + rs, a3 = a2 + rs;
        FloatVector c00 = init(bias, j, e), c01 = init(bias, j + L, e), c10 = c00, c11 = c01;
        FloatVector c20 = c00, c21 = c01, c30 = c00, c31 = c01;
        for (int p = 0, bp = j, ap = 0; p < k; p++, bp += n, ap += ps) {
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
        c00.intoArray(c, ci);
        c01.intoArray(c, ci + L);
        c10.intoArray(c, ci + n);
        c11.intoArray(c, ci + n + L);
        c20.intoArray(c, ci + 2 * n);
        c21.intoArray(c, ci + 2 * n + L);
        c30.intoArray(c, ci + 3 * n);
        c31.intoArray(c, ci + 3 * n + L);
        VectorFloatEpilogue.finish(mask, c, ci, n, 2 * L, e);
    }

    /** C[i..i+4, j..j+L) = epilogue(Σ_p Â(i.., p) · B[p, j..j+L)), 4 accumulators. */
    private static void tile4x1(float[] a, int a0, int rs, int ps, float[] b, float[] bias, float[] mask,
                                float[] c, int ci, int j, int k, int n, Epilogue e) {
        final int a1 = a0 + rs, a2 = a1 + rs, a3 = a2 + rs;
        FloatVector c0 = init(bias, j, e), c1 = c0, c2 = c0, c3 = c0;
        for (int p = 0, bp = j, ap = 0; p < k; p++, bp += n, ap += ps) {
            FloatVector b0 = FloatVector.fromArray(S, b, bp);
            c0 = FloatVector.broadcast(S, a[a0 + ap]).fma(b0, c0);
            c1 = FloatVector.broadcast(S, a[a1 + ap]).fma(b0, c1);
            c2 = FloatVector.broadcast(S, a[a2 + ap]).fma(b0, c2);
            c3 = FloatVector.broadcast(S, a[a3 + ap]).fma(b0, c3);
        }
        c0.intoArray(c, ci);
        c1.intoArray(c, ci + n);
        c2.intoArray(c, ci + 2 * n);
        c3.intoArray(c, ci + 3 * n);
        VectorFloatEpilogue.finish(mask, c, ci, n, L, e);
    }

    /**
     * The accumulator's start: bias[j..j+L) for the bias epilogues (added before the first FMA),
     * else 0. (Two sources only: merging vectors from more branches defeats the JIT's box
     * elimination, and the step then allocates.)
     */
    private static FloatVector init(float[] bias, int j, Epilogue e) {
        return e == Epilogue.BIAS || e == Epilogue.BIAS_RELU ? FloatVector.fromArray(S, bias, j) : FloatVector.zero(S);
    }

    /** Rows [i0, i1), columns [j0, n) in plain loops. */
    private static void scalar(float[] a, int rs, int ps, float[] b, float[] bias, float[] mask, float[] c,
                               int i0, int i1, int j0, int k, int n, Epilogue e) {
        for (int i = i0; i < i1; i++) {
            for (int j = j0; j < n; j++) {
                int idx = i * n + j;
                float s = OrderedSums.start(bias, j, e);
                for (int p = 0; p < k; p++) {
                    s = Math.fma(a[i * rs + p * ps], b[p * n + j], s);
                }
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
    public void multTransB(float[] a, float[] b, float[] bias, float[] c, int m, int k, int n, int i0, int i1) {
        OrderedSums.multTransB(a, b, bias, c, m, k, n, i0, i1);
    }
}
