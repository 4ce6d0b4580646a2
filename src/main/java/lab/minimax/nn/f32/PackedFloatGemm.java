package lab.minimax.nn.f32;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The large-shape path of {@link VectorFloatKernels}: C = epilogue(Â·B) computed panel by panel.
 * A block of B (KC rows × 2 vectors of columns) is copied into a contiguous per-thread buffer, so
 * it stays in L1 while every 8-row tile of C streams past it; B's rows at a power-of-two stride
 * would otherwise fall into a few L1 sets and be re-read from L2 at every FMA. Each element of C
 * is still summed in p order from its bias (or 0), one FMA per p: the accumulators are stored to
 * C between blocks and reloaded (exact), so the result is bit-identical to the unpacked tiles and
 * does not depend on how the rows are split between threads.
 */
final class PackedFloatGemm {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Rows of B per packed block: KC × 2L floats = 16 KiB with 16 lanes. */
    static final int KC = 128;
    private static final ThreadLocal<float[]> PANEL = ThreadLocal.withInitial(() -> new float[KC * 2 * L]);

    private PackedFloatGemm() {
    }

    /** Whether the packed path pays: B is larger than L1 and C's width is whole tiles. */
    static boolean pays(int m, int k, int n) {
        return n % (2 * L) == 0 && (long) k * n >= 16_384 && m >= 8;
    }

    /**
     * Rows [i0, i1) of C = epilogue(Â·B), Â(i, p) = a[i·rs + p·ps], i1 − i0 a multiple of 8,
     * n a multiple of 2L.
     */
    static void rows(float[] a, int rs, int ps, float[] b, float[] bias, float[] mask, float[] c,
                     int i0, int i1, int k, int n, FloatKernels.Epilogue e) {
        // C = 1·biasᵀ (or 0): the accumulators' start
        boolean withBias = e == FloatKernels.Epilogue.BIAS || e == FloatKernels.Epilogue.BIAS_RELU;
        for (int i = i0; i < i1; i++) {
            if (withBias) {
                System.arraycopy(bias, 0, c, i * n, n);
            } else {
                java.util.Arrays.fill(c, i * n, (i + 1) * n, 0f);
            }
        }
        final float[] panel = PANEL.get();
        final int w = 2 * L;
        for (int kb = 0; kb < k; kb += KC) {
            final int kc = Math.min(KC, k - kb);
            final boolean last = kb + kc == k;
            for (int j = 0; j < n; j += w) {
                // panel[p·2L + q] = B[kb + p, j + q]
                for (int p = 0, src = kb * n + j; p < kc; p++, src += n) {
                    System.arraycopy(b, src, panel, p * w, w);
                }
                for (int i = i0; i < i1; i += 8) {
                    tile(a, i * rs + kb * ps, rs, ps, panel, c, i * n + j, kc, n);
                    if (last) {
                        VectorFloatEpilogue.finish(mask, c, i * n + j, n, w, e);
                        VectorFloatEpilogue.finish(mask, c, (i + 4) * n + j, n, w, e);
                    }
                }
            }
        }
    }

    /** C[8 rows, 2L columns at ci] += Σ_{p<kc} Â(r, p) · panel[p, ·], one FMA per p in order. */
    private static void tile(float[] a, int a0, int rs, int ps, float[] panel, float[] c, int ci, int kc, int n) {
        final int a1 = a0 + rs, a2 = a1 + rs, a3 = a2 + rs, a4 = a3 + rs, a5 = a4 + rs, a6 = a5 + rs, a7 = a6 + rs;
        FloatVector c00 = FloatVector.fromArray(S, c, ci), c01 = FloatVector.fromArray(S, c, ci + L);
        FloatVector c10 = FloatVector.fromArray(S, c, ci + n), c11 = FloatVector.fromArray(S, c, ci + n + L);
        FloatVector c20 = FloatVector.fromArray(S, c, ci + 2 * n), c21 = FloatVector.fromArray(S, c, ci + 2 * n + L);
        FloatVector c30 = FloatVector.fromArray(S, c, ci + 3 * n), c31 = FloatVector.fromArray(S, c, ci + 3 * n + L);
        FloatVector c40 = FloatVector.fromArray(S, c, ci + 4 * n), c41 = FloatVector.fromArray(S, c, ci + 4 * n + L);
        FloatVector c50 = FloatVector.fromArray(S, c, ci + 5 * n), c51 = FloatVector.fromArray(S, c, ci + 5 * n + L);
        FloatVector c60 = FloatVector.fromArray(S, c, ci + 6 * n), c61 = FloatVector.fromArray(S, c, ci + 6 * n + L);
        FloatVector c70 = FloatVector.fromArray(S, c, ci + 7 * n), c71 = FloatVector.fromArray(S, c, ci + 7 * n + L);
        for (int p = 0, bp = 0, ap = 0; p < kc; p++, bp += 2 * L, ap += ps) {
            FloatVector b0 = FloatVector.fromArray(S, panel, bp);
            FloatVector b1 = FloatVector.fromArray(S, panel, bp + L);
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
}
