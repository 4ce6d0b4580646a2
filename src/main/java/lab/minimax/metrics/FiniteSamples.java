package lab.minimax.metrics;

/**
 * Non-finite samples (NaN or ±∞ in some coordinate, e.g. from a diverged generator) and the
 * metrics: counting metrics ({@link ModeCoverage}) count such a sample as not high quality and
 * covering no mode; metrics of the samples' positions ({@link Wasserstein1D},
 * {@link SlicedWasserstein}, {@link Mmd}, {@link KnnEntropy}) are NaN, undefined, when any sample
 * is non-finite; a {@link Kde} refuses them.
 */
final class FiniteSamples {
    private FiniteSamples() {
    }

    /** Whether the first {@code len} values of x are all finite. */
    static boolean all(double[] x, int len) {
        for (int i = 0; i < len; i++) {
            if (!Double.isFinite(x[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether row i of the row-major x (dim values per row) is finite in every coordinate. */
    static boolean row(double[] x, int i, int dim) {
        for (int d = 0; d < dim; d++) {
            if (!Double.isFinite(x[i * dim + d])) {
                return false;
            }
        }
        return true;
    }

    /** The first row of x (dim values per row) among the first n with a non-finite coordinate, or −1. */
    static int firstBadRow(double[] x, int n, int dim) {
        for (int i = 0; i < n; i++) {
            if (!row(x, i, dim)) {
                return i;
            }
        }
        return -1;
    }
}
