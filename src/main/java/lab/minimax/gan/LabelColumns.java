package lab.minimax.gan;

import lab.minimax.experiment.TargetCatalog;

/**
 * The layout of a conditional run's rows (Mirza &amp; Osindero 2014, labels concatenated): G reads
 * [z, e_y] and D reads [x, e_y], e_y the one-hot vector of the digit y in the last
 * {@link TargetCatalog#CLASSES} columns. An unconditional run has no label columns.
 */
public final class LabelColumns {
    /** Label columns of a conditional row. */
    public static final int L = TargetCatalog.CLASSES;

    private LabelColumns() {
    }

    /**
     * Writes n rows of width {@code left + L} into out: row i is src's row i (width {@code left},
     * from {@code src[i·left ..]}) then e_{labels[i]}.
     */
    public static void append(float[] src, int left, int[] labels, int n, float[] out) {
        int w = left + L;
        for (int i = n - 1; i >= 0; i--) {
            // back to front, so that src may be out itself (rows only move right)
            System.arraycopy(src, i * left, out, i * w, left);
            for (int k = 0; k < L; k++) {
                out[i * w + left + k] = labels[i] == k ? 1f : 0f;
            }
        }
    }

    /** The first {@code left} columns of n rows of width {@code left + L} (drops the label columns). */
    public static void strip(float[] src, int left, int n, float[] out) {
        int w = left + L;
        for (int i = 0; i < n; i++) {
            System.arraycopy(src, i * w, out, i * left, left);
        }
    }
}
