package lab.minimax.metrics;

import java.util.Arrays;

/**
 * A fast KDE on a {@link Grid} for the bootstrap of {@link SmoothedDivergences}: each sample is
 * put in its nearest cell once, and a resample is its multiset of cells (counts c_k), so
 * q̂*(x) = (1/n) Σ_k c_k K_h(x − x_k), computed as a separable convolution of the counts with the
 * Gaussian kernel sampled on the grid (cut at 5h): cost m²·(2·5h/Δ + 1)·2 per resample instead
 * of n kernels. Binning moves each sample by at most Δ/2, so its values differ from the exact KDE
 * by O(Δ²/h²); the bootstrap uses differences of binned values only.
 */
final class BinnedKde {
    private final Grid grid;
    private final int m;
    private final int dim;
    private final int[] cell;
    private final int n;
    private final double[][] kernel = new double[2][];

    /** Bins x (n rows, every one inside the grid's box up to clamping) on grid. */
    BinnedKde(Grid grid, double[] x, int n, double h) {
        this.grid = grid;
        this.m = grid.n();
        this.dim = grid.dim();
        this.n = n;
        this.cell = new int[n];
        int[] ix = new int[dim];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < dim; d++) {
                double lo = grid.box().lo()[d];
                int c = (int) Math.floor((x[i * dim + d] - lo) / grid.step(d));
                ix[d] = Math.max(0, Math.min(m - 1, c));
            }
            cell[i] = dim == 1 ? ix[0] : ix[1] * m + ix[0];
        }
        for (int d = 0; d < dim; d++) {
            double step = grid.step(d);
            int t = (int) Math.ceil(5 * h / step);
            double[] k = new double[2 * t + 1];
            // K(u) = exp(−u²/2h²)/(√(2π)h) at u = jΔ
            for (int j = -t; j <= t; j++) {
                double u = j * step;
                k[j + t] = StrictMath.exp(-u * u / (2 * h * h)) / (Math.sqrt(2 * Math.PI) * h);
            }
            kernel[d] = k;
        }
    }

    /** The binned KDE of the multiset with {@code counts[i]} copies of sample i (Σ counts = n). */
    GridDensity density(int[] counts) {
        double[] c = new double[grid.size()];
        for (int i = 0; i < n; i++) {
            c[cell[i]] += counts[i];
        }
        double[] v = dim == 1 ? convolve1(c, kernel[0]) : convolve2(c);
        double[] l = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            v[k] /= n;
            l[k] = v[k] > 0 ? StrictMath.log(v[k]) : Double.NEGATIVE_INFINITY;
        }
        return new GridDensity(grid, v, l, n);
    }

    /** Each sample once. */
    GridDensity density() {
        int[] ones = new int[n];
        Arrays.fill(ones, 1);
        return density(ones);
    }

    private double[] convolve1(double[] c, double[] k) {
        int t = k.length / 2;
        double[] out = new double[c.length];
        for (int a = 0; a < c.length; a++) {
            if (c[a] == 0) {
                continue;
            }
            int lo = Math.max(0, a - t);
            int hi = Math.min(c.length - 1, a + t);
            for (int b = lo; b <= hi; b++) {
                out[b] += c[a] * k[b - a + t];
            }
        }
        return out;
    }

    /** Along x within each row, then along y within each column. */
    private double[] convolve2(double[] c) {
        double[] kx = kernel[0];
        double[] ky = kernel[1];
        int tx = kx.length / 2;
        int ty = ky.length / 2;
        double[] rows = new double[c.length];
        for (int r = 0; r < m; r++) {
            int base = r * m;
            for (int a = 0; a < m; a++) {
                double v = c[base + a];
                if (v == 0) {
                    continue;
                }
                int lo = Math.max(0, a - tx);
                int hi = Math.min(m - 1, a + tx);
                for (int b = lo; b <= hi; b++) {
                    rows[base + b] += v * kx[b - a + tx];
                }
            }
        }
        double[] out = new double[c.length];
        for (int r = 0; r < m; r++) {
            int lo = Math.max(0, r - ty);
            int hi = Math.min(m - 1, r + ty);
            for (int s = lo; s <= hi; s++) {
                double w = ky[s - r + ty];
                int from = r * m;
                int to = s * m;
                for (int a = 0; a < m; a++) {
                    out[to + a] += w * rows[from + a];
                }
            }
        }
        return out;
    }
}
