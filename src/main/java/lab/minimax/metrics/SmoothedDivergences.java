package lab.minimax.metrics;

import java.util.Arrays;

import lab.minimax.distribution.Box;
import lab.minimax.distribution.Smoothed;
import lab.minimax.distribution.Target;
import lab.minimax.random.SplitMix64;

/**
 * Divergences between the smoothed target p_h = p ⊛ N(0, h² I) (exact: {@link Smoothed}) and the
 * KDE q̂_h of the generated samples with the same h ({@link SmoothingBandwidth}): E[q̂_h] = q ⊛
 * N(0, h² I) = q_h, and D(p_h, q_h) = 0 iff p = q (the Gaussian's characteristic function has
 * no zero), so these are true divergences whose only bias is the KDE's sampling noise (figures
 * in the tests and README). JS, KL(p_h ‖ q̂_h) and KL(q̂_h ‖ p_h) by {@link PlugInDivergences} on a
 * grid of step ≤ h/2 (midpoint error below 1e-30 for Gaussians of σ ≥ h, see {@link Grid}), so
 * the grid is small: ring8 about 40×40.
 * <p>
 * Bootstrap (90 % basic interval): B resamples (with replacement) of the n generated samples
 * from a fixed seed, the JS of each on a binned KDE ({@link BinnedKde}, cheap); with δ_b the
 * resample's JS minus the binned JS of the sample itself, the interval is
 * [JS − δ_(95 %), JS − δ_(5 %)] (type-7 quantiles), clamped at 0. The basic interval corrects
 * for the resamples' extra noise (a resample repeats samples, so its KDE is rougher and its JS
 * higher). Deterministic for a given sample.
 * <p>
 * Keeps p_h on the last grid (most evaluations reuse it). Not thread-safe.
 */
public final class SmoothedDivergences {
    /** Bootstrap resamples. */
    public static final int BOOTSTRAP = 40;
    /** Largest number of grid points per axis. */
    static final int MAX_2D = 160;
    static final int MAX_1D = 1000;

    /**
     * @param js        JS(p_h, q̂_h) in nats
     * @param jsLow     5 % bootstrap quantile of the JS (NaN without bootstrap)
     * @param jsHigh    95 % bootstrap quantile of the JS
     * @param kl        KL(p_h ‖ q̂_h)
     * @param reverseKl KL(q̂_h ‖ p_h)
     * @param h         the bandwidth
     */
    public record Result(double js, double jsLow, double jsHigh, double kl, double reverseKl, double h) {
        public static final Result NONE = new Result(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN);
    }

    private final Smoothed p;
    private final double h;
    private Grid lastGrid;
    private GridDensity lastP;

    /** For target t at its {@link SmoothingBandwidth}. */
    public SmoothedDivergences(Target t) {
        this(t, SmoothingBandwidth.of(t));
    }

    public SmoothedDivergences(Target t, double h) {
        this.p = Smoothed.of(t, h);
        this.h = h;
    }

    public double h() {
        return h;
    }

    /**
     * The divergences of n generated rows x (finite) against p_h, with {@code bootstrap}
     * resamples drawn from {@code seed} (0: no interval).
     */
    public Result compute(double[] x, int n, int bootstrap, long seed) {
        Grid grid = gridFor(x, n);
        GridDensity pg = pOn(grid);
        int dim = p.dim();
        PlugInDivergences.Divergences d = PlugInDivergences.compute(pg, new Kde(x, n, dim, h).onGrid(grid, pg));
        double lo = Double.NaN;
        double hi = Double.NaN;
        if (bootstrap > 0) {
            // basic bootstrap on the binned KDE: js − (quantile of js*_b − js*_0), js*_0 the binned original
            BinnedKde binned = new BinnedKde(grid, x, n, h);
            double base = PlugInDivergences.compute(pg, binned.density()).js();
            double[] js = new double[bootstrap];
            int[] counts = new int[n];
            SplitMix64 rng = new SplitMix64(seed);
            for (int b = 0; b < bootstrap; b++) {
                Arrays.fill(counts, 0);
                for (int i = 0; i < n; i++) {
                    counts[rng.nextInt(n)]++;
                }
                js[b] = PlugInDivergences.compute(pg, binned.density(counts)).js() - base;
            }
            Arrays.sort(js);
            lo = Math.max(0, d.js() - quantile(js, 0.95));
            hi = Math.max(0, d.js() - quantile(js, 0.05));
        }
        return new Result(d.js(), lo, hi, d.kl(), d.reverseKl(), h);
    }

    /** Type-7 quantile of sorted values. */
    static double quantile(double[] s, double q) {
        double r = (s.length - 1) * q;
        int a = (int) Math.floor(r);
        int b = Math.min(a + 1, s.length - 1);
        return s[a] + (r - a) * (s[b] - s[a]);
    }

    private GridDensity pOn(Grid g) {
        if (!g.equals(lastGrid)) {
            int size = g.size();
            double[] v = new double[size];
            double[] l = new double[size];
            double[] pt = new double[g.dim()];
            for (int k = 0; k < size; k++) {
                g.point(k, pt, 0);
                l[k] = p.logDensity(pt, 0);
                v[k] = StrictMath.exp(l[k]);
            }
            lastP = new GridDensity(g, v, l, 0);
            lastGrid = g;
        }
        return lastP;
    }

    /**
     * p_h's box (the target's ± 5h) widened, in steps of a quarter of its half-size (so that
     * successive evaluations mostly share a grid and its p_h), to hold the samples ± 5h, but
     * never past three times its half-size around its centre; points per axis so that the step
     * is ≤ h/2 (at most {@link #MAX_2D} in 2D, {@link #MAX_1D} in 1D).
     */
    Grid gridFor(double[] x, int n) {
        Box box = p.box();
        int dim = box.dim();
        double[] lo = new double[dim];
        double[] hi = new double[dim];
        double side = 0;
        for (int d = 0; d < dim; d++) {
            double c = (box.lo()[d] + box.hi()[d]) / 2;
            double half = (box.hi()[d] - box.lo()[d]) / 2;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                min = Math.min(min, x[i * dim + d] - 5 * h);
                max = Math.max(max, x[i * dim + d] + 5 * h);
            }
            lo[d] = c - half * quarters((c - min) / half);
            hi[d] = c + half * quarters((max - c) / half);
            side = Math.max(side, hi[d] - lo[d]);
        }
        int max = dim == 1 ? MAX_1D : MAX_2D;
        int m = (int) Math.min(max, Math.max(16, Math.ceil(side / (h / 2))));
        return new Grid(new Box(lo, hi), m);
    }

    /** r rounded up to a multiple of ¼, between 1 and 3. */
    private static double quarters(double r) {
        return Math.min(3, Math.max(1, Math.ceil(4 * r) / 4));
    }
}
