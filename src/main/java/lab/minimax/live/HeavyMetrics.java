package lab.minimax.live;

import lab.minimax.distribution.Target;
import lab.minimax.gan.Evaluation;
import lab.minimax.gan.Evaluator;
import lab.minimax.gan.Frame;
import lab.minimax.gan.Trainer;
import lab.minimax.metrics.CoveredModes;
import lab.minimax.metrics.Grid;
import lab.minimax.metrics.Histogram;
import lab.minimax.metrics.Kde;
import lab.minimax.metrics.OptimalDiscriminator;
import lab.minimax.live.frame.Grid2d;

/**
 * The heavy pass of a frame, about once a second: every metric of the {@link Evaluator} into the
 * metrics row, the lessons' numbers (L̂, critic / L̂, Ĥ(q), the ‖∇ₓV‖ grid), and the layers drawn
 * from the frame's generated samples: the KDE q̂, D* = p/(p + q̂) and mode coverage (2D) or the
 * histogram (1D). Bound to one trainer; call from the thread that holds the run's lock.
 */
final class HeavyMetrics {
    static final int EVAL_SAMPLES = 1000;
    static final int DSTAR_N = 48;
    static final int HIST_BINS = 50;

    /** The layers of one pass (null: not computed, e.g. the 1D layers of a 2D run). */
    record Layers(Grid2d dStar, float[] covered, float[] kde, float[] dStarLine, float[] hist) {
        static final Layers NONE = new Layers(null, null, null, null, null);
    }

    private final Trainer trainer;
    private final Target target;
    private final Evaluator evaluator;
    private final int lessonGrid;
    private volatile LessonMetrics.Field gradField;

    /** @param lessonGrid cells per axis of the ‖∇ₓV‖ grid */
    HeavyMetrics(Trainer trainer, long seed, int lessonGrid) {
        this.trainer = trainer;
        this.target = trainer.target();
        this.evaluator = new Evaluator(trainer, EVAL_SAMPLES, seed ^ 0xC2B2AE3D27D4EB4FL);
        this.lessonGrid = lessonGrid;
    }

    /** The last ‖∇ₓV‖ grid (null before the first pass). */
    LessonMetrics.Field gradField() {
        return gradField;
    }

    private boolean twoD() {
        return target.dim() == 2;
    }

    /** The evaluator's numbers into {@code row}; the layers of the frame's generated samples (none when one is not finite). */
    Layers compute(Frame f, float[] row, int samples) {
        Evaluation e = evaluator.evaluate(trainer);
        row[Metric.JS.column()] = (float) e.js();
        row[Metric.KL.column()] = (float) e.kl();
        row[Metric.REVERSE_KL.column()] = (float) e.reverseKl();
        row[Metric.F_PLUGIN.column()] = (float) e.fPlugin();
        row[Metric.F_BOUND.column()] = (float) e.fBound();
        row[Metric.WASSERSTEIN.column()] = (float) (twoD() ? e.slicedW() : e.w1());
        row[Metric.MMD2.column()] = (float) e.mmd2();
        row[Metric.MODES.column()] = e.modeCount() == 0 ? Float.NaN : (float) (e.modesCovered() / e.modeCount());
        row[Metric.HIGH_QUALITY.column()] = (float) e.highQualityFraction();
        row[Metric.GAME_VALUE.column()] = (float) e.fBound();
        row[Metric.GAME_REFERENCE.column()] = (float) LessonMetrics.gameReference(e.js());
        double[] fake = toDouble(f.fake());
        if (!allFinite(fake)) {
            return Layers.NONE;
        }
        lessonMetrics(toDouble(f.real()), fake, row);
        Kde q = Kde.forTarget(target, fake, samples);
        if (twoD()) {
            Grid g = new Grid(target.box(), DSTAR_N);
            Grid2d dStar = new Grid2d(DSTAR_N, toFloat(OptimalDiscriminator.compute(target, q, g).values()));
            float[] covered = target.modes().map(m -> CoveredModes.flags(m, fake)).orElse(new float[0]);
            return new Layers(dStar, covered, null, null, null);
        }
        Grid g = new Grid(target.box(), f.gridSize());
        float[] dStarLine = toFloat(OptimalDiscriminator.compute(target, q, g).values());
        float[] k = new float[f.gridSize()];
        double[] pt = new double[1];
        for (int i = 0; i < k.length; i++) {
            pt[0] = g.coord(0, i);
            k[i] = (float) q.density(pt, 0);
        }
        double half = (f.hi()[0] - f.lo()[0]) / f.gridSize() / 2;
        float[] hist = Histogram.densities(f.fake(), f.lo()[0] + half, f.hi()[0] - half, HIST_BINS);
        return new Layers(null, null, k, dStarLine, hist);
    }

    /** Lessons 5 and 7: L̂, the critic's estimate / L̂, Ĥ(q), and the ‖∇ₓV‖ grid. */
    private void lessonMetrics(double[] real, double[] fake, float[] row) {
        int d = target.dim();
        Grid g = new Grid(target.box(), lessonGrid);
        LessonMetrics.Result r = LessonMetrics.compute(trainer.discriminator(), g, real, real.length / d,
                fake, fake.length / d);
        row[Metric.LIPSCHITZ.column()] = (float) r.lipschitz();
        row[Metric.CRITIC_OVER_L.column()] = (float) r.estimateOverL();
        row[Metric.ENTROPY.column()] = (float) r.entropy();
        gradField = new LessonMetrics.Field(g, r.gradNorms(), trainer.generatorSteps());
    }

    static float[] toFloat(double[] a) {
        float[] f = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            f[i] = (float) a[i];
        }
        return f;
    }

    private static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }

    private static boolean allFinite(double[] a) {
        for (double v : a) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
