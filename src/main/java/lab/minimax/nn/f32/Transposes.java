package lab.minimax.nn.f32;

/**
 * Bᵀ in a per-thread scratch, for the products C = A·Bᵀ that are not packed straight from B (the
 * plain loops, and the row remainders and narrow shapes of the vector kernels).
 */
final class Transposes {
    /** The scratch's side: blocks of 16 × 16 (a row-by-row transpose writes at a stride of k floats, which for a power-of-two k falls into a few L1 sets). */
    private static final int BLOCK = 16;
    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[][]{new float[0]});

    private Transposes() {
    }

    /** A per-thread array holding Bᵀ (k×n, Bᵀ[p·n + j] = b[j·k + p]) for B n×k; valid until the thread's next call. */
    static float[] of(float[] b, int n, int k) {
        final float[][] holder = SCRATCH.get();
        if (holder[0].length < n * k) {
            holder[0] = new float[n * k];
        }
        final float[] t = holder[0];
        for (int j0 = 0; j0 < n; j0 += BLOCK) {
            final int j1 = Math.min(j0 + BLOCK, n);
            for (int p0 = 0; p0 < k; p0 += BLOCK) {
                final int p1 = Math.min(p0 + BLOCK, k);
                for (int p = p0; p < p1; p++) {
                    for (int j = j0, src = j0 * k + p, dst = p * n + j0; j < j1; j++, src += k, dst++) {
                        t[dst] = b[src];
                    }
                }
            }
        }
        return t;
    }
}
