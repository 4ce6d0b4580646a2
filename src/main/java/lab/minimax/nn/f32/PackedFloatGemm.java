package lab.minimax.nn.f32;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The blocked path of {@link VectorFloatKernels}: C = epilogue(Â·B) for C's columns in whole
 * tiles of 2 vectors. Per block of KC rows of B, B's block is copied into per-thread panels of
 * 2 vectors' width (contiguous: KC rows × 2L floats, so a panel stays in L1 while every 8-row
 * tile of C streams past it, and its index is p·2L + q with a constant scale, so the JIT hoists
 * its bounds checks out of the tile's loop). A is read in place when its rows are contiguous
 * (Â(i, p) = a[i·rs + p]); a strided Â (the weight gradient's Aᵀ) is first copied into 8-row
 * strips, strip[p·8 + r] = Â(i + r, p), for the same reason. Each element of C is still summed
 * in p order from its bias (or 0), one FMA per p: the accumulators are stored to C between blocks
 * and reloaded (exact), so the result is bit-identical to the unblocked tiles and does not depend
 * on how the rows are split between threads.
 */
final class PackedFloatGemm {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Columns per panel (2 vectors). */
    static final int W = 2 * L;
    /** Rows of B per block. */
    static final int KC = 128;
    /** Rows of C per A block. */
    static final int MC = 128;
    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    /** The per-thread packing buffers (the B block grows to the widest C seen). */
    private static final class Buffers {
        float[] b = new float[KC * W];
        final float[] a = new float[KC * MC];
    }

    private PackedFloatGemm() {
    }

    /** Whether the blocked path applies: C's width is whole panels and there is a full 8-row tile. */
    static boolean pays(int m, int k, int n) {
        return n % W == 0 && m >= FloatTiles.MR;
    }

    /**
     * Rows [i0, i1) of C = epilogue(Â·B), Â(i, p) = a[i·rs + p·ps] with ps = 1 or rs = 1,
     * i1 − i0 a multiple of 8, n a multiple of 2L.
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
        final Buffers buf = BUFFERS.get();
        if (buf.b.length < KC * n) {
            buf.b = new float[KC * n];
        }
        final float[] bp = buf.b, ap = buf.a;
        final boolean direct = ps == 1;
        final int mr = FloatTiles.MR;
        for (int kb = 0; kb < k; kb += KC) {
            final int kc = Math.min(KC, k - kb);
            final boolean last = kb + kc == k;
            // panel jp: bp[jp·kc·W + p·W + q] = B[kb + p, jp·W + q]
            for (int jp = 0, j = 0; j < n; jp++, j += W) {
                for (int p = 0, src = kb * n + j, dst = jp * kc * W; p < kc; p++, src += n, dst += W) {
                    System.arraycopy(b, src, bp, dst, W);
                }
            }
            for (int ic = i0; ic < i1; ic += MC) {
                final int ie = Math.min(ic + MC, i1);
                if (!direct) {
                    // strip t: ap[t·kc·8 + p·8 + r] = Â(ic + 8t + r, kb + p) = a[(kb + p)·ps + ic + 8t + r]
                    for (int i = ic, t0 = 0; i < ie; i += mr, t0 += kc * mr) {
                        for (int p = 0, src = kb * ps + i, dst = t0; p < kc; p++, src += ps, dst += mr) {
                            System.arraycopy(a, src, ap, dst, mr);
                        }
                    }
                }
                for (int jp = 0, j = 0; j < n; jp++, j += W) {
                    final int b0 = jp * kc * W;
                    for (int i = ic; i < ie; i += mr) {
                        if (direct) {
                            FloatTiles.direct(a, i * rs + kb, rs, bp, b0, c, i * n + j, kc, n);
                        } else {
                            FloatTiles.packed(ap, (i - ic) * kc, bp, b0, c, i * n + j, kc, n);
                        }
                        if (last) {
                            VectorFloatEpilogue.finish(mask, c, i * n + j, n, W, e);
                            VectorFloatEpilogue.finish(mask, c, (i + 4) * n + j, n, W, e);
                        }
                    }
                }
            }
        }
    }
}
