package lab.minimax.nn.f32;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The ReLU epilogue's register tiles, max(acc, 0) applied to the accumulators before their store
 * instead of re-reading the stored block: the last K block's tile of {@link PackedFloatGemm}
 * (the sums of {@link FloatTiles#direct}) and the unpacked 8-row tile of {@link VectorFloatKernels}
 * (short k, e.g. a first layer's k = 2). The same FMA sums, then max as
 * {@link VectorFloatEpilogue#relu}, so the same bits. Methods of their own: merging vectors across
 * epilogue branches defeats the JIT's box elimination (the step then allocates). The MASK epilogue
 * stays a pass over the stored block: its register version (16 compares and blends in the tile)
 * allocated in the steady state.
 */
final class FloatEpilogueTiles {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int W = 2 * L;

    private FloatEpilogueTiles() {
    }

    /** {@link FloatTiles#direct}, stored as C = max(acc, 0) (the BIAS_RELU epilogue, as {@link VectorFloatEpilogue#relu}). */
    static void directRelu(float[] a, int a0, int rs, float[] bp, int b0p, float[] s, int so, int ss,
                       float[] c, int ci, int kc, int n) {
        final int a1 = a0 + rs, a2 = a1 + rs, a3 = a2 + rs, a4 = a3 + rs, a5 = a4 + rs, a6 = a5 + rs, a7 = a6 + rs;
        FloatVector c00 = FloatVector.fromArray(S, s, so), c01 = FloatVector.fromArray(S, s, so + L);
        FloatVector c10 = FloatVector.fromArray(S, s, so + 1 * ss), c11 = FloatVector.fromArray(S, s, so + 1 * ss + L);
        FloatVector c20 = FloatVector.fromArray(S, s, so + 2 * ss), c21 = FloatVector.fromArray(S, s, so + 2 * ss + L);
        FloatVector c30 = FloatVector.fromArray(S, s, so + 3 * ss), c31 = FloatVector.fromArray(S, s, so + 3 * ss + L);
        FloatVector c40 = FloatVector.fromArray(S, s, so + 4 * ss), c41 = FloatVector.fromArray(S, s, so + 4 * ss + L);
        FloatVector c50 = FloatVector.fromArray(S, s, so + 5 * ss), c51 = FloatVector.fromArray(S, s, so + 5 * ss + L);
        FloatVector c60 = FloatVector.fromArray(S, s, so + 6 * ss), c61 = FloatVector.fromArray(S, s, so + 6 * ss + L);
        FloatVector c70 = FloatVector.fromArray(S, s, so + 7 * ss), c71 = FloatVector.fromArray(S, s, so + 7 * ss + L);
        FloatVector b0, b1, x;
        int p = 0;
        for (; p < kc; p++) {
            final int bq = b0p + p * W;
            b0 = FloatVector.fromArray(S, bp, bq);
            b1 = FloatVector.fromArray(S, bp, bq + L);
            x = FloatVector.broadcast(S, a[a0 + p]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, a[a1 + p]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, a[a2 + p]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, a[a3 + p]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(S, a[a4 + p]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(S, a[a5 + p]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            x = FloatVector.broadcast(S, a[a6 + p]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            x = FloatVector.broadcast(S, a[a7 + p]);
            c70 = x.fma(b0, c70);
            c71 = x.fma(b1, c71);
        }
        c00.max(0f).intoArray(c, ci);
        c01.max(0f).intoArray(c, ci + L);
        c10.max(0f).intoArray(c, ci + 1 * n);
        c11.max(0f).intoArray(c, ci + 1 * n + L);
        c20.max(0f).intoArray(c, ci + 2 * n);
        c21.max(0f).intoArray(c, ci + 2 * n + L);
        c30.max(0f).intoArray(c, ci + 3 * n);
        c31.max(0f).intoArray(c, ci + 3 * n + L);
        c40.max(0f).intoArray(c, ci + 4 * n);
        c41.max(0f).intoArray(c, ci + 4 * n + L);
        c50.max(0f).intoArray(c, ci + 5 * n);
        c51.max(0f).intoArray(c, ci + 5 * n + L);
        c60.max(0f).intoArray(c, ci + 6 * n);
        c61.max(0f).intoArray(c, ci + 6 * n + L);
        c70.max(0f).intoArray(c, ci + 7 * n);
        c71.max(0f).intoArray(c, ci + 7 * n + L);
    }

    /**
     * The unpacked 8 × 2L tile of {@link VectorFloatKernels} (B read in place, Â(r, p) =
     * a[a0 + r·rs + p·ps]) for the BIAS_RELU epilogue: C = max(bias + Σ_p Â(r, p)·B[p, j..], 0),
     * one FMA per p in order, the ReLU on the accumulators (a first layer's k = 2 product).
     */
    static void unpackedRelu(float[] a, int a0, int rs, int ps, float[] b, float[] bias, float[] c, int ci,
                             int j, int k, int n) {
        final int a1 = a0 + rs, a2 = a1 + rs, a3 = a2 + rs, a4 = a3 + rs, a5 = a4 + rs, a6 = a5 + rs, a7 = a6 + rs;
        FloatVector c00 = FloatVector.fromArray(S, bias, j), c01 = FloatVector.fromArray(S, bias, j + L);
        FloatVector c10 = c00, c11 = c01, c20 = c00, c21 = c01, c30 = c00, c31 = c01;
        FloatVector c40 = c00, c41 = c01, c50 = c00, c51 = c01, c60 = c00, c61 = c01, c70 = c00, c71 = c01;
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
        c00.max(0f).intoArray(c, ci);
        c01.max(0f).intoArray(c, ci + L);
        c10.max(0f).intoArray(c, ci + n);
        c11.max(0f).intoArray(c, ci + n + L);
        c20.max(0f).intoArray(c, ci + 2 * n);
        c21.max(0f).intoArray(c, ci + 2 * n + L);
        c30.max(0f).intoArray(c, ci + 3 * n);
        c31.max(0f).intoArray(c, ci + 3 * n + L);
        c40.max(0f).intoArray(c, ci + 4 * n);
        c41.max(0f).intoArray(c, ci + 4 * n + L);
        c50.max(0f).intoArray(c, ci + 5 * n);
        c51.max(0f).intoArray(c, ci + 5 * n + L);
        c60.max(0f).intoArray(c, ci + 6 * n);
        c61.max(0f).intoArray(c, ci + 6 * n + L);
        c70.max(0f).intoArray(c, ci + 7 * n);
        c71.max(0f).intoArray(c, ci + 7 * n + L);
    }
}
