package lab.minimax.gan;

import lab.minimax.gan.objective.FDivergence;
import lab.minimax.gan.objective.FGanObjective;
import lab.minimax.gan.objective.Objective;
import lab.minimax.metrics.Bandwidth;
import lab.minimax.metrics.Grid;
import lab.minimax.metrics.GridDensity;
import lab.minimax.metrics.Kde;
import lab.minimax.metrics.Mmd;
import lab.minimax.metrics.MissedModes;
import lab.minimax.metrics.ModeCoverage;
import lab.minimax.metrics.PlugInDivergences;
import lab.minimax.metrics.SlicedWasserstein;
import lab.minimax.metrics.SmoothedDivergences;
import lab.minimax.metrics.Wasserstein1D;
import lab.minimax.distribution.Box;
import lab.minimax.distribution.MnistTarget;
import lab.minimax.distribution.Target;
import lab.minimax.distribution.Univariate;

import java.util.Optional;
import lab.minimax.random.SplitMix64;

/**
 * Computes every metric of a run from a large generated sample against the known target
 * ({@link Evaluation}). Uses its own random stream, so evaluating never changes the run; call it
 * between steps (it reuses the networks' forward caches).
 */
public final class Evaluator {
    /** MMD is quadratic in the sample size: it uses at most this many samples of each side. */
    public static final int MMD_SAMPLES = 2000;
    /** The plug-in divergences' grid: points per axis in 1D and 2D (the CLI's). */
    public static final int GRID_1D = 4000;
    public static final int GRID_2D = 400;

    private final int samples;
    private final int gridSize;
    private final long seed;
    private SmoothedDivergences smoothed;
    private Target smoothedTarget;
    /** p on the last plug-in grid, and its target. */
    private GridDensity lastP;
    private Target lastPTarget;
    /** Whether the view box is rounded out to quarters of the target box (so p on the grid is reused). */
    private final boolean quantised;
    /** The image path, made on the first evaluation of an image target. */
    private ImageEvaluation images;

    /**
     * @param trainer  the run (only its target's dimension is read here)
     * @param samples  generated and real samples per evaluation
     * @param seed     seed of the evaluation stream (the same z and real sets at every call)
     */
    public Evaluator(Trainer trainer, int samples, long seed) {
        this(trainer, samples, seed, trainer.target().dim() == 1 ? GRID_1D : GRID_2D);
    }

    /** @param gridSize points per axis of the plug-in divergences' grid */
    public Evaluator(Trainer trainer, int samples, long seed, int gridSize) {
        this(samples, seed, gridSize, false);
    }

    private Evaluator(int samples, long seed, int gridSize, boolean quantised) {
        this.quantised = quantised;
        this.samples = samples;
        this.gridSize = gridSize;
        this.seed = seed;
    }

    /**
     * The lab's evaluator, cheaper than the CLI's: plug-in grid of {@code grid1d} or {@code grid2d}
     * points per axis, and a view box rounded out to quarters of the target box's half-size, so
     * that p on the grid is computed again only when the samples leave the box's last size.
     */
    public static Evaluator live(Trainer trainer, int samples, long seed, int grid1d, int grid2d) {
        return new Evaluator(samples, seed, trainer.target().dim() == 1 ? grid1d : grid2d, true);
    }

    /** view rounded out, per side, to a multiple of a quarter of box's half-size from box's centre. */
    static Box quantise(Box box, Box view) {
        int dim = box.dim();
        double[] lo = new double[dim];
        double[] hi = new double[dim];
        for (int d = 0; d < dim; d++) {
            double c = (box.lo()[d] + box.hi()[d]) / 2;
            double half = (box.hi()[d] - box.lo()[d]) / 2;
            lo[d] = c - half * Math.min(3, Math.ceil(4 * (c - view.lo()[d]) / half) / 4);
            hi[d] = c + half * Math.min(3, Math.ceil(4 * (view.hi()[d] - c) / half) / 4);
        }
        return new Box(lo, hi);
    }

    /** The smoothed divergences of this target (made once, they keep p_h on their grid). */
    private SmoothedDivergences smoothedFor(Target target) {
        if (smoothed == null || smoothedTarget != target) {
            smoothed = new SmoothedDivergences(target);
            smoothedTarget = target;
        }
        return smoothed;
    }


    /**
     * One evaluation with the samples it was computed from, for the metrics that read the
     * samples themselves ({@link MetricInputs}).
     *
     * @param real n target rows (row-major n × dim); null for an image target (its evaluation
     *             holds what is read from its samples)
     * @param fake n generated rows; null for an image target
     */
    public record Sampled(Evaluation evaluation, double[] real, double[] fake) {
    }

    public Evaluation evaluate(Trainer t) {
        return evaluateSampled(t).evaluation();
    }

    public Sampled evaluateSampled(Trainer t) {
        Target target = t.target();
        if (target instanceof MnistTarget) {
            if (images == null) {
                images = new ImageEvaluation();
            }
            return images.evaluate(t, samples, seed);
        }
        int n = samples;
        int dx = target.dim();
        SplitMix64 rng = new SplitMix64(seed ^ 0x5DEECE66DL);
        double[] fake = Generated.sample(t.generator(), t.noise(), n, rng);
        double[] real = new double[n * dx];
        target.sample(rng, real, n);

        double modes = Double.NaN;
        int modeCount = 0;
        double hq = Double.NaN;
        double modeKl = Double.NaN;
        if (target.modes().isPresent()) {
            ModeCoverage.Result r = ModeCoverage.compute(target.modes().get(), fake, n);
            modes = r.modesCovered();
            modeCount = r.modeCount();
            hq = r.highQualityFraction();
            modeKl = r.modeReverseKl();
        }
        double w1 = dx == 1 && target instanceof Univariate u ? Wasserstein1D.toTarget(fake, n, u).value() : Double.NaN;
        double sw = dx == 2 ? SlicedWasserstein.compute(fake, n, real, n, rng).value() : Double.NaN;
        int m = Math.min(n, MMD_SAMPLES);
        double mmd = Mmd.unbiased(fake, m, real, m, dx, Bandwidth.modeScale(target)).value();

        double js = Double.NaN;
        double kl = Double.NaN;
        double rkl = Double.NaN;
        double fPlugin = Double.NaN;
        SmoothedDivergences.Result sm = SmoothedDivergences.Result.NONE;
        if (Floats.allFinite(fake, fake.length)) {
            sm = smoothedFor(target).compute(fake, n, SmoothedDivergences.BOOTSTRAP, seed ^ 0xB0075L);
            Kde q = Kde.forTarget(target, fake, n);
            Box view = viewBox(target.box(), fake, n, dx);
            Grid grid = new Grid(quantised ? quantise(target.box(), view) : view, gridSize);
            // p and q̂ on the grid once, for JS/KL/reverse KL and the objective's own f
            GridDensity p = exactOn(target, grid);
            GridDensity qGrid = q.onGrid(grid, p);
            PlugInDivergences.Divergences d = PlugInDivergences.compute(p, qGrid);
            js = d.js();
            // +∞ in truth when a mode holds no generated sample (MissedModes' rule)
            kl = target.modes().isPresent() && MissedModes.firstMissed(target.modes().get(), fake, n) >= 0
                    ? Double.POSITIVE_INFINITY : d.kl();
            rkl = d.reverseKl();
            Optional<FDivergence> f = fDivergenceOf(t.objective());
            if (f.isPresent()) {
                fPlugin = PlugInDivergences.fDivergence(p, qGrid, f.get()::perspective).value();
            }
        }
        double[] vReal = Generated.critic(t.discriminator(), real, n);
        double[] vFake = Generated.critic(t.discriminator(), fake, n);
        double fBound = t.objective().bound(vReal, n, vFake, n);
        return new Sampled(new Evaluation(modes, modeCount, hq, modeKl, w1, sw, mmd, js, kl, rkl, fBound, fPlugin, n, sm),
                real, fake);
    }

    /** p on the grid, kept for the next evaluation on the same grid (p is fixed; the box moves with the samples). */
    private GridDensity exactOn(Target target, Grid grid) {
        if (lastP == null || lastPTarget != target || !lastP.grid().equals(grid)) {
            lastP = GridDensity.exact(target, grid);
            lastPTarget = target;
        }
        return lastP;
    }

    static Optional<FDivergence> fDivergenceOf(Objective o) {
        return o instanceof FGanObjective fg ? Optional.of(fg.divergence()) : Optional.empty();
    }

    /**
     * The target's box widened to hold the generated samples too (so q̂'s mass is counted), but
     * never past three times the box's half-size around its centre.
     */
    static Box viewBox(Box box, double[] x, int n, int dx) {
        double[] lo = box.lo().clone();
        double[] hi = box.hi().clone();
        for (int d = 0; d < dx; d++) {
            double c = (box.lo()[d] + box.hi()[d]) / 2;
            double half = (box.hi()[d] - box.lo()[d]) / 2;
            double min = c - 3 * half;
            double max = c + 3 * half;
            for (int i = 0; i < n; i++) {
                double v = x[i * dx + d];
                lo[d] = Math.max(min, Math.min(lo[d], v));
                hi[d] = Math.min(max, Math.max(hi[d], v));
            }
        }
        return new Box(lo, hi);
    }
}
