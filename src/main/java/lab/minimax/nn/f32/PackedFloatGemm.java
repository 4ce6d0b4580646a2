package lab.minimax.nn.f32;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The blocked path of {@link VectorFloatKernels}: C = epilogue(Â·B) for C's columns in whole
 * panels of 2 vectors. Per block of KC rows of B, the block is copied into per-thread panels
 * (panel jp holds B[kb.., jp·2L..+2L) contiguously, so its index is p·2L + q with a constant
 * scale and the JIT hoists the bounds checks out of the tile's loop). Then each 8-row strip of
 * C runs across all panels: the strip's A (8 × KC floats) stays in L1, the panels stream from L2
 * in order, and the epilogue's mask is read row by row (prefetchable) instead of tile by tile
 * down the rows. A is read in place when its rows are contiguous (Â(i, p) = a[i·rs + p]); a
 * strided Â (the weight gradient's Aᵀ) is first copied into a strip, strip[p·8 + r] =
 * Â(i + r, p), for the same reason. Each element of C is still summed in p order from its bias
 * (or 0), one FMA per p: the accumulators are stored to C between blocks and reloaded (exact),
 * so the result is bit-identical to the unblocked tiles and does not depend on how the rows are
 * split between threads.
 */
final class PackedFloatGemm {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Columns per panel (2 vectors). */
    static final int W = 2 * L;
    /** Rows of B per block (a strip of A: 8 KiB; the panels: KC·n floats, in L2). */
    static final int KC = 256;
    /** Shortest k for the blocked path. */
    static final int MIN_K = 32;
    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    /** The per-thread packing buffers (the B block grows to the widest C seen). */
    private static final class Buffers {
        float[] b = new float[KC * W];
        float[] zeros = new float[W];
        /** A strip, and one vector of slack for its vector copy. */
        final float[] a = new float[KC * FloatTiles.MR + L];
    }

    private PackedFloatGemm() {
    }

    /**
     * Whether the blocked path applies and pays: C's width is whole panels, there is a full 8-row
     * tile, and k is long enough to amortise the packing and the tiles' loads of their start
     * (a first layer's k = 2 runs faster unpacked).
     */
    static boolean pays(int m, int k, int n) {
        return n % W == 0 && m >= (FloatTiles.MR == 8 ? 8 : 4) && k >= MIN_K;
    }

    /**
     * The end of the rows [i0, i1) that the blocked path takes: whole 8-row strips with 8-row tiles
     * (the rest runs unpacked, as before the 6-row tiles), all of them with 6-row tiles (their
     * remainder in 4-row and 1-row strips, see {@link #stripRows}).
     */
    static int end(int i0, int i1) {
        return FloatTiles.MR == 8 ? i0 + (i1 - i0) / 8 * 8 : i1;
    }

    /**
     * Rows [i0, i1) of C = epilogue(Â·B), Â(i, p) = a[i·rs + p·ps] with ps = 1 or rs = 1,
     * i1 − i0 a multiple of 8, n a multiple of 2L.
     */
    static void rows(float[] a, int rs, int ps, float[] b, float[] bias, float[] mask, float[] c,
                     int i0, int i1, int k, int n, FloatKernels.Epilogue e) {
        run(a, rs, ps, b, false, bias, mask, c, i0, i1, k, n, e);
    }

    /**
     * Rows [i0, i1) of C = epilogue(A·Bᵀ) with B given as n×k (B is the transposed operand: the
     * panels are packed straight from it), A m×k in place, i1 − i0 a multiple of 8.
     */
    static void rowsTransB(float[] a, float[] bt, float[] mask, float[] c, int i0, int i1, int k, int n,
                           FloatKernels.Epilogue e) {
        run(a, k, 1, bt, true, null, mask, c, i0, i1, k, n, e);
    }

    /** {@link #rows}, with B read as Bᵀ (n×k) when transB. */
    private static void run(float[] a, int rs, int ps, float[] b, boolean transB, float[] bias, float[] mask,
                            float[] c, int i0, int i1, int k, int n, FloatKernels.Epilogue e) {
        final Buffers buf = BUFFERS.get();
        if (buf.b.length < KC * n) {
            buf.b = new float[KC * n];
            buf.zeros = new float[n];
        }
        final float[] bp = buf.b, ap = buf.a;
        // the accumulators' start in the first block: the bias row, or 0 (a row of zeros)
        final boolean withBias = e == FloatKernels.Epilogue.BIAS || e == FloatKernels.Epilogue.BIAS_RELU;
        final float[] start = withBias ? bias : buf.zeros;
        // A in place with 8-row tiles; with 6-row tiles (16 vector registers) every A is copied into
        // strips: six broadcasts a p from six rows in place ran the tile at half its rate
        final boolean direct = ps == 1 && FloatTiles.MR == 8;
        final boolean rowMajor = ps == 1;
        for (int kb = 0; kb < k; kb += KC) {
            final int kc = Math.min(KC, k - kb);
            final boolean last = kb + kc == k;
            if (transB) {
                packTransposed(b, bp, kb, kc, k, n);
            } else {
                // panel jp: bp[jp·kc·W + p·W + q] = B[kb + p, jp·W + q] (two vector copies a row:
                // an arraycopy call of 2L floats costs more than its copy)
                for (int jp = 0, j = 0; j < n; jp++, j += W) {
                    for (int p = 0, src = kb * n + j, dst = jp * kc * W; p < kc; p++, src += n, dst += W) {
                        FloatVector.fromArray(S, b, src).intoArray(bp, dst);
                        FloatVector.fromArray(S, b, src + L).intoArray(bp, dst + L);
                    }
                }
            }
            for (int i = i0; i < i1; ) {
                final int h = stripRows(i1 - i);
                if (rowMajor && !direct) {
                    rowStrip(a, i * rs + kb, rs, ap, kc, h);
                } else if (!direct) {
                    strip(a, kb * ps + i, ps, ap, kc, h);
                }
                for (int jp = 0, j = 0; j < n; jp++, j += W) {
                    final int b0 = jp * kc * W;
                    // the partial sums: the start row (stride 0) in the first block, else C
                    final float[] s = kb == 0 ? start : c;
                    final int so = kb == 0 ? j : i * n + j, ss = kb == 0 ? 0 : n;
                    final int ci = i * n + j;
                    if (h == 8) {
                        if (!direct) {
                            FloatTiles.packed(ap, 0, bp, b0, s, so, ss, c, ci, kc, n);
                        } else if (last && e == FloatKernels.Epilogue.BIAS_RELU) {
                            // the epilogue on the accumulators, before the store
                            FloatEpilogueTiles.directRelu(a, i * rs + kb, rs, bp, b0, s, so, ss, c, ci, kc, n);
                        } else {
                            FloatTiles.direct(a, i * rs + kb, rs, bp, b0, s, so, ss, c, ci, kc, n);
                        }
                    } else if (h == 6) {
                        if (direct) {
                            FloatTiles.direct6(a, i * rs + kb, rs, bp, b0, s, so, ss, c, ci, kc, n);
                        } else {
                            FloatTiles.packed6(ap, 0, bp, b0, s, so, ss, c, ci, kc, n);
                        }
                    } else if (h == 4) {
                        if (direct) {
                            FloatTiles.direct4(a, i * rs + kb, rs, bp, b0, s, so, ss, c, ci, kc, n);
                        } else {
                            FloatTiles.packed4(ap, 0, bp, b0, s, so, ss, c, ci, kc, n);
                        }
                    } else if (direct) {
                        FloatTiles.direct1(a, i * rs + kb, rs, bp, b0, s, so, ss, c, ci, kc, n);
                    } else {
                        FloatTiles.packed1(ap, 0, bp, b0, s, so, ss, c, ci, kc, n);
                    }
                }
                if (last && (e == FloatKernels.Epilogue.MASK
                        || e == FloatKernels.Epilogue.BIAS_RELU && (!direct || h != 8))) {
                    // the elementwise epilogue in one pass over the strip's whole rows, contiguous in C
                    // and in the mask and still in L1 (a register-tile mask allocates: see FloatEpilogueTiles)
                    VectorFloatEpilogue.finishRow(mask, c, i * n, h * n, e);
                }
                i += h;
            }
        }
    }

    /**
     * The height of the next strip when r rows are left: a full tile ({@link FloatTiles#MR}), else 4,
     * else 1; with 6-row tiles, 8 rows left run as 4 + 4 rather than 6 + 1 + 1.
     */
    static int stripRows(int r) {
        final int mr = FloatTiles.MR;
        if (r >= mr && !(mr == 6 && r == 8)) {
            return mr;
        }
        return r >= 4 ? 4 : 1;
    }

    /**
     * The panels of block kb from Bᵀ (n×k): bp[jp·kc·W + p·W + q] = B[kb + p, jp·W + q] =
     * bt[(jp·W + q)·k + kb + p], in blocks of 16 p (W rows of Bᵀ, 64 bytes each, written down 16
     * panel rows that stay in L1).
     */
    private static void packTransposed(float[] bt, float[] bp, int kb, int kc, int k, int n) {
        for (int jp = 0, j = 0; j < n; jp++, j += W) {
            final int base = jp * kc * W;
            for (int p0 = 0; p0 < kc; p0 += 16) {
                final int p1 = Math.min(p0 + 16, kc);
                for (int q = 0; q < W; q++) {
                    for (int p = p0, src = (j + q) * k + kb + p0, dst = base + p0 * W + q; p < p1; p++, src++, dst += W) {
                        bp[dst] = bt[src];
                    }
                }
            }
        }
    }

    /** The strip ap[p·h + r] = a[src + r·rs + p], r &lt; h, p &lt; kc (h rows of a row-major A). */
    private static void rowStrip(float[] a, int src, int rs, float[] ap, int kc, int h) {
        for (int r = 0; r < h; r++) {
            for (int p = 0, from = src + r * rs, to = r; p < kc; p++, from++, to += h) {
                ap[to] = a[from];
            }
        }
    }

    /**
     * The strip ap[p·h + r] = a[src + p·ps + r], r &lt; h, p &lt; kc, in vector copies of L floats
     * (a copy also carries the floats of the next rows, overwritten by the next p or left in the
     * slack); by arraycopy where a vector would read past a's end, and element by element for h = 1.
     */
    private static void strip(float[] a, int src, int ps, float[] ap, int kc, int h) {
        if (h == 1) {
            for (int p = 0; p < kc; p++, src += ps) {
                ap[p] = a[src];
            }
            return;
        }
        for (int p = 0, dst = 0; p < kc; p++, src += ps, dst += h) {
            if (src + Math.max(L, h) <= a.length) {
                for (int q = 0; q < h; q += L) {
                    FloatVector.fromArray(S, a, src + q).intoArray(ap, dst + q);
                }
            } else {
                System.arraycopy(a, src, ap, dst, h);
            }
        }
    }
}
