package lab.minimax.metrics;

import java.util.Arrays;

import lab.minimax.distribution.Normal;
import lab.minimax.distribution.Target;

/**
 * Gaussian kernel density estimate of a sample (the generator's q̂):
 * q̂(x) = (1/n) Σ_i N(x; x_i, h² I), in 1D or 2D, with the bandwidth from {@link Bandwidth#forKde}
 * (mode scale) or given.
 * <p>
 * Accuracy: {@link #density} and {@link #densityOnGrid} drop kernels farther than
 * {@link #CUTOFF}·h per axis (each below e^−50 of the kernel peak), so where q̂ is above 1e-12 of
 * the peak of one kernel their relative error is below 2e-10; farther out they may read 0.
 * {@link #logDensity} is exact (log-sum-exp over all samples) and {@link #onGrid} uses it where
 * the cut-off value is too small to trust and the target has mass.
 * <p>
 * Speed: on a grid each sample is splatted with separable kernel weights ({@link GaussianSplat},
 * three exps per sample and axis, then one multiply-add per cell in its footprint), e.g. 2,000
 * samples on a 100×100 grid cost 2,000 × (footprint cells) multiply-adds.
 */
public final class Kde {
    /** Kernel cut-off radius in bandwidths (per axis). */
    public static final double CUTOFF = 10;
    /** Values below this fraction of one kernel's peak are recomputed exactly where they matter. */
    static final double TRUST = 1e-12;
    /** A point with p·cellVolume below this is negligible for every integral (see {@link #onGrid}). */
    static final double NEGLIGIBLE_MASS = 1e-18;

    private final double[] x;
    private final int n;
    private final int dim;
    private final double h;
    /** one kernel's peak: 1/((2π)^(d/2) h^d) */
    private final double peak;
    /** log of the peak */
    private final double logPeak;

    /**
     * @param samples   n points, row-major, dim values each (copied)
     * @param dim       1 or 2
     * @param bandwidth h &gt; 0
     */
    public Kde(double[] samples, int n, int dim, double bandwidth) {
        if (dim != 1 && dim != 2) {
            throw new IllegalArgumentException("kde: dim must be 1 or 2, was " + dim);
        }
        if (n < 1) {
            throw new IllegalArgumentException("kde: needs at least one sample");
        }
        int bad = FiniteSamples.firstBadRow(samples, n, dim);
        if (bad >= 0) {
            throw new IllegalArgumentException("kde: sample " + bad + " is not finite ("
                    + Arrays.toString(Arrays.copyOfRange(samples, bad * dim, bad * dim + dim))
                    + "); a KDE needs finite samples");
        }
        if (!(bandwidth > 0) || Double.isInfinite(bandwidth)) {
            throw new IllegalArgumentException("kde: bandwidth must be a positive number, was " + bandwidth);
        }
        this.x = Arrays.copyOf(samples, n * dim);
        this.n = n;
        this.dim = dim;
        this.h = bandwidth;
        this.logPeak = -dim * (StrictMath.log(h) + Normal.LOG_SQRT_2PI);
        this.peak = StrictMath.exp(logPeak);
    }

    /** KDE of the generated samples with the mode-scale bandwidth for this target. */
    public static Kde forTarget(Target t, double[] samples, int n) {
        return new Kde(samples, n, t.dim(), Bandwidth.forKde(t, samples, n));
    }

    public int n() {
        return n;
    }

    public int dim() {
        return dim;
    }

    public double bandwidth() {
        return h;
    }

    /** q̂ at the point pt[off..], kernels beyond the cut-off dropped. O(n). */
    public double density(double[] pt, int off) {
        double g = 0.5 / (h * h);
        double lim = CUTOFF * CUTOFF * 0.5;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double e = dist2(pt, off, i) * g;
            if (e <= lim) {
                s += StrictMath.exp(-e);
            }
        }
        return s * peak / n;
    }

    /**
     * log q̂ at pt[off..], exact: log q̂ = −e_min + log Σ_i e^(−(e_i − e_min)) + log peak − log n,
     * e_i = ‖pt − x_i‖²/(2h²); terms with e_i − e_min &gt; 40 dropped (relative error ≤ n·e^−40).
     */
    public double logDensity(double[] pt, int off) {
        double g = 0.5 / (h * h);
        double eMin = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            eMin = Math.min(eMin, dist2(pt, off, i) * g);
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            double e = dist2(pt, off, i) * g - eMin;
            if (e < 40) {
                s += StrictMath.exp(-e);
            }
        }
        return -eMin + StrictMath.log(s) + logPeak - StrictMath.log(n);
    }

    private double dist2(double[] pt, int off, int i) {
        double d0 = pt[off] - x[i * dim];
        if (dim == 1) {
            return d0 * d0;
        }
        double d1 = pt[off + 1] - x[i * dim + 1];
        return d0 * d0 + d1 * d1;
    }

    /** q̂ at every grid point into out[0 .. grid.size()) (kernels beyond the cut-off dropped). */
    public void densityOnGrid(Grid grid, double[] out) {
        checkGrid(grid);
        int m = grid.n();
        double radius = CUTOFF * h;
        Arrays.fill(out, 0, grid.size(), 0);
        double[] wx = new double[m];
        int[] rx = new int[2];
        double x0 = grid.coord(0, 0);
        double dx = grid.step(0);
        if (dim == 1) {
            for (int i = 0; i < n; i++) {
                if (GaussianSplat.fill(x[i], x0, dx, m, h, radius, wx, rx)) {
                    for (int a = rx[0]; a <= rx[1]; a++) {
                        out[a] += wx[a];
                    }
                }
            }
        } else {
            double[] wy = new double[m];
            int[] ry = new int[2];
            double y0 = grid.coord(1, 0);
            double dy = grid.step(1);
            for (int i = 0; i < n; i++) {
                if (!GaussianSplat.fill(x[2 * i], x0, dx, m, h, radius, wx, rx)
                        || !GaussianSplat.fill(x[2 * i + 1], y0, dy, m, h, radius, wy, ry)) {
                    continue;
                }
                // out[iy, ix] += wy[iy]·wx[ix] over the sample's footprint
                for (int b = ry[0]; b <= ry[1]; b++) {
                    double wb = wy[b];
                    int row = b * m;
                    for (int a = rx[0]; a <= rx[1]; a++) {
                        out[row + a] += wb * wx[a];
                    }
                }
            }
        }
        double scale = peak / n;
        for (int k = 0; k < grid.size(); k++) {
            out[k] *= scale;
        }
    }

    /**
     * q̂ on the grid with accurate logs where they matter for the plug-in integrals: the cut-off
     * value where it is at least 1e-12 of a kernel's peak; otherwise the exact
     * {@link #logDensity} wherever the target has mass there (p·cellVolume ≥ 1e-18, or everywhere
     * when {@code p} is null); elsewhere the log is NaN ("not resolved": both densities are
     * negligible, and the integrals drop the point).
     *
     * @param p the exact target on the same grid, or null to resolve every point (slower)
     */
    public GridDensity onGrid(Grid grid, GridDensity p) {
        if (p != null && !p.grid().equals(grid)) {
            throw new IllegalArgumentException("kde: p is on a different grid");
        }
        int size = grid.size();
        double[] v = new double[size];
        double[] l = new double[size];
        densityOnGrid(grid, v);
        double vol = grid.cellVolume();
        double[] pt = new double[dim];
        for (int k = 0; k < size; k++) {
            if (v[k] >= TRUST * peak) {
                l[k] = StrictMath.log(v[k]);
            } else if (p == null || p.density()[k] * vol >= NEGLIGIBLE_MASS) {
                grid.point(k, pt, 0);
                l[k] = logDensity(pt, 0);
                v[k] = StrictMath.exp(l[k]);
            } else {
                l[k] = Double.NaN;
            }
        }
        return new GridDensity(grid, v, l, n);
    }

    private void checkGrid(Grid grid) {
        if (grid.dim() != dim) {
            throw new IllegalArgumentException("grid dimension " + grid.dim() + " ≠ KDE dimension " + dim);
        }
    }
}
