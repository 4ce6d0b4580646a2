package lab.minimax.nn.f32;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The register tiles of {@link PackedFloatGemm}: 8 rows × 2 vectors of C, 16 accumulators
 * started from the partial sums (or the bias row), one FMA per p in order (so each element's sum
 * is the contract's), stored to C. Every array index in the loop is p times a constant plus a
 * loop-invariant offset, so the JIT moves the bounds checks out of the loop.
 */
final class FloatTiles {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int W = 2 * L;
    /**
     * Rows per full tile: 8 × 2 vectors (16 accumulators) with 32 vector registers (AVX-512), 6 × 2
     * (12 accumulators, 2 B vectors and a broadcast: 15 of 16 registers) with 16 (AVX2, SSE): an
     * 8-row tile there spills its accumulators at every p. Row remainders run in 4-row and 1-row
     * tiles ({@link #direct4}, {@link #direct1}, …).
     */
    static final int MR = L >= 16 ? 8 : 6;

    private FloatTiles() {
    }

    /**
     * C[8 rows at ci, 2L columns] = S + Σ_{p<kc} Â(r, p) · panel[p, ·], Â(r, p) = a[a0 + r·rs + p]
     * (A in place), S[r, ·] = s[so + r·ss ..] (the partial sums in C, or with ss = 0 the bias / zero row).
     */
    static void direct(float[] a, int a0, int rs, float[] bp, int b0p, float[] s, int so, int ss,
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
        c00.intoArray(c, ci);
        c01.intoArray(c, ci + L);
        c10.intoArray(c, ci + 1 * n);
        c11.intoArray(c, ci + 1 * n + L);
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

    /**
     * C[8 rows at ci, 2L columns] = S + Σ_{p<kc} Â(r, p) · panel[p, ·], Â(r, p) = ap[a0 + p·8 + r]
     * (a strip), S[r, ·] = s[so + r·ss ..] (the partial sums in C, or with ss = 0 the bias / zero row).
     */
    static void packed(float[] ap, int a0, float[] bp, int b0p, float[] s, int so, int ss,
                       float[] c, int ci, int kc, int n) {
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
            x = FloatVector.broadcast(S, ap[a0 + p * MR]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, ap[a0 + p * MR + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, ap[a0 + p * MR + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, ap[a0 + p * MR + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(S, ap[a0 + p * MR + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(S, ap[a0 + p * MR + 5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            x = FloatVector.broadcast(S, ap[a0 + p * MR + 6]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            x = FloatVector.broadcast(S, ap[a0 + p * MR + 7]);
            c70 = x.fma(b0, c70);
            c71 = x.fma(b1, c71);
        }
        c00.intoArray(c, ci);
        c01.intoArray(c, ci + L);
        c10.intoArray(c, ci + 1 * n);
        c11.intoArray(c, ci + 1 * n + L);
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

    /** {@link #direct} for 6 rows (Â(r, p) = a[a0 + r·rs + p], A in place). */
    static void direct6(float[] a, int a0, int rs, float[] bp, int b0p, float[] s, int so, int ss,
                       float[] c, int ci, int kc, int n) {
        final int a1 = a0 + rs, a2 = a1 + rs, a3 = a2 + rs, a4 = a3 + rs, a5 = a4 + rs;
        FloatVector c00 = FloatVector.fromArray(S, s, so), c01 = FloatVector.fromArray(S, s, so + L);
        FloatVector c10 = FloatVector.fromArray(S, s, so + 1 * ss), c11 = FloatVector.fromArray(S, s, so + 1 * ss + L);
        FloatVector c20 = FloatVector.fromArray(S, s, so + 2 * ss), c21 = FloatVector.fromArray(S, s, so + 2 * ss + L);
        FloatVector c30 = FloatVector.fromArray(S, s, so + 3 * ss), c31 = FloatVector.fromArray(S, s, so + 3 * ss + L);
        FloatVector c40 = FloatVector.fromArray(S, s, so + 4 * ss), c41 = FloatVector.fromArray(S, s, so + 4 * ss + L);
        FloatVector c50 = FloatVector.fromArray(S, s, so + 5 * ss), c51 = FloatVector.fromArray(S, s, so + 5 * ss + L);
        for (int p = 0; p < kc; p++) {
            final int bq = b0p + p * W;
            final FloatVector b0 = FloatVector.fromArray(S, bp, bq);
            final FloatVector b1 = FloatVector.fromArray(S, bp, bq + L);
            FloatVector x = FloatVector.broadcast(S, a[a0 + p]);
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
        }
        c00.intoArray(c, ci);
        c01.intoArray(c, ci + L);
        c10.intoArray(c, ci + 1 * n);
        c11.intoArray(c, ci + 1 * n + L);
        c20.intoArray(c, ci + 2 * n);
        c21.intoArray(c, ci + 2 * n + L);
        c30.intoArray(c, ci + 3 * n);
        c31.intoArray(c, ci + 3 * n + L);
        c40.intoArray(c, ci + 4 * n);
        c41.intoArray(c, ci + 4 * n + L);
        c50.intoArray(c, ci + 5 * n);
        c51.intoArray(c, ci + 5 * n + L);
    }

    /** {@link #packed} for 6 rows (Â(r, p) = ap[a0 + p·6 + r], a strip of 6). */
    static void packed6(float[] ap, int a0, float[] bp, int b0p, float[] s, int so, int ss,
                       float[] c, int ci, int kc, int n) {
        FloatVector c00 = FloatVector.fromArray(S, s, so), c01 = FloatVector.fromArray(S, s, so + L);
        FloatVector c10 = FloatVector.fromArray(S, s, so + 1 * ss), c11 = FloatVector.fromArray(S, s, so + 1 * ss + L);
        FloatVector c20 = FloatVector.fromArray(S, s, so + 2 * ss), c21 = FloatVector.fromArray(S, s, so + 2 * ss + L);
        FloatVector c30 = FloatVector.fromArray(S, s, so + 3 * ss), c31 = FloatVector.fromArray(S, s, so + 3 * ss + L);
        FloatVector c40 = FloatVector.fromArray(S, s, so + 4 * ss), c41 = FloatVector.fromArray(S, s, so + 4 * ss + L);
        FloatVector c50 = FloatVector.fromArray(S, s, so + 5 * ss), c51 = FloatVector.fromArray(S, s, so + 5 * ss + L);
        for (int p = 0; p < kc; p++) {
            final int bq = b0p + p * W;
            final FloatVector b0 = FloatVector.fromArray(S, bp, bq);
            final FloatVector b1 = FloatVector.fromArray(S, bp, bq + L);
            FloatVector x = FloatVector.broadcast(S, ap[a0 + p * 6]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, ap[a0 + p * 6 + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, ap[a0 + p * 6 + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, ap[a0 + p * 6 + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(S, ap[a0 + p * 6 + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(S, ap[a0 + p * 6 + 5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
        }
        c00.intoArray(c, ci);
        c01.intoArray(c, ci + L);
        c10.intoArray(c, ci + 1 * n);
        c11.intoArray(c, ci + 1 * n + L);
        c20.intoArray(c, ci + 2 * n);
        c21.intoArray(c, ci + 2 * n + L);
        c30.intoArray(c, ci + 3 * n);
        c31.intoArray(c, ci + 3 * n + L);
        c40.intoArray(c, ci + 4 * n);
        c41.intoArray(c, ci + 4 * n + L);
        c50.intoArray(c, ci + 5 * n);
        c51.intoArray(c, ci + 5 * n + L);
    }

    /** {@link #direct} for 4 rows (Â(r, p) = a[a0 + r·rs + p], A in place). */
    static void direct4(float[] a, int a0, int rs, float[] bp, int b0p, float[] s, int so, int ss,
                       float[] c, int ci, int kc, int n) {
        final int a1 = a0 + rs, a2 = a1 + rs, a3 = a2 + rs;
        FloatVector c00 = FloatVector.fromArray(S, s, so), c01 = FloatVector.fromArray(S, s, so + L);
        FloatVector c10 = FloatVector.fromArray(S, s, so + 1 * ss), c11 = FloatVector.fromArray(S, s, so + 1 * ss + L);
        FloatVector c20 = FloatVector.fromArray(S, s, so + 2 * ss), c21 = FloatVector.fromArray(S, s, so + 2 * ss + L);
        FloatVector c30 = FloatVector.fromArray(S, s, so + 3 * ss), c31 = FloatVector.fromArray(S, s, so + 3 * ss + L);
        for (int p = 0; p < kc; p++) {
            final int bq = b0p + p * W;
            final FloatVector b0 = FloatVector.fromArray(S, bp, bq);
            final FloatVector b1 = FloatVector.fromArray(S, bp, bq + L);
            FloatVector x = FloatVector.broadcast(S, a[a0 + p]);
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
        }
        c00.intoArray(c, ci);
        c01.intoArray(c, ci + L);
        c10.intoArray(c, ci + 1 * n);
        c11.intoArray(c, ci + 1 * n + L);
        c20.intoArray(c, ci + 2 * n);
        c21.intoArray(c, ci + 2 * n + L);
        c30.intoArray(c, ci + 3 * n);
        c31.intoArray(c, ci + 3 * n + L);
    }

    /** {@link #packed} for 4 rows (Â(r, p) = ap[a0 + p·4 + r], a strip of 4). */
    static void packed4(float[] ap, int a0, float[] bp, int b0p, float[] s, int so, int ss,
                       float[] c, int ci, int kc, int n) {
        FloatVector c00 = FloatVector.fromArray(S, s, so), c01 = FloatVector.fromArray(S, s, so + L);
        FloatVector c10 = FloatVector.fromArray(S, s, so + 1 * ss), c11 = FloatVector.fromArray(S, s, so + 1 * ss + L);
        FloatVector c20 = FloatVector.fromArray(S, s, so + 2 * ss), c21 = FloatVector.fromArray(S, s, so + 2 * ss + L);
        FloatVector c30 = FloatVector.fromArray(S, s, so + 3 * ss), c31 = FloatVector.fromArray(S, s, so + 3 * ss + L);
        for (int p = 0; p < kc; p++) {
            final int bq = b0p + p * W;
            final FloatVector b0 = FloatVector.fromArray(S, bp, bq);
            final FloatVector b1 = FloatVector.fromArray(S, bp, bq + L);
            FloatVector x = FloatVector.broadcast(S, ap[a0 + p * 4]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, ap[a0 + p * 4 + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, ap[a0 + p * 4 + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, ap[a0 + p * 4 + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
        }
        c00.intoArray(c, ci);
        c01.intoArray(c, ci + L);
        c10.intoArray(c, ci + 1 * n);
        c11.intoArray(c, ci + 1 * n + L);
        c20.intoArray(c, ci + 2 * n);
        c21.intoArray(c, ci + 2 * n + L);
        c30.intoArray(c, ci + 3 * n);
        c31.intoArray(c, ci + 3 * n + L);
    }

    /** {@link #direct} for 1 row (Â(r, p) = a[a0 + r·rs + p], A in place). */
    static void direct1(float[] a, int a0, int rs, float[] bp, int b0p, float[] s, int so, int ss,
                       float[] c, int ci, int kc, int n) {
        FloatVector c00 = FloatVector.fromArray(S, s, so), c01 = FloatVector.fromArray(S, s, so + L);
        for (int p = 0; p < kc; p++) {
            final int bq = b0p + p * W;
            final FloatVector b0 = FloatVector.fromArray(S, bp, bq);
            final FloatVector b1 = FloatVector.fromArray(S, bp, bq + L);
            FloatVector x = FloatVector.broadcast(S, a[a0 + p]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
        }
        c00.intoArray(c, ci);
        c01.intoArray(c, ci + L);
    }

    /** {@link #packed} for 1 row (Â(r, p) = ap[a0 + p·1 + r], a strip of 1). */
    static void packed1(float[] ap, int a0, float[] bp, int b0p, float[] s, int so, int ss,
                       float[] c, int ci, int kc, int n) {
        FloatVector c00 = FloatVector.fromArray(S, s, so), c01 = FloatVector.fromArray(S, s, so + L);
        for (int p = 0; p < kc; p++) {
            final int bq = b0p + p * W;
            final FloatVector b0 = FloatVector.fromArray(S, bp, bq);
            final FloatVector b1 = FloatVector.fromArray(S, bp, bq + L);
            FloatVector x = FloatVector.broadcast(S, ap[a0 + p * 1]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
        }
        c00.intoArray(c, ci);
        c01.intoArray(c, ci + L);
    }
}
