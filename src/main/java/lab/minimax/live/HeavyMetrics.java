package lab.minimax.live;

import lab.minimax.distribution.Box;
import lab.minimax.distribution.Target;
import lab.minimax.gan.Evaluation;
import lab.minimax.gan.Evaluator;
import lab.minimax.gan.Frame;
import lab.minimax.gan.LessonMetrics;
import lab.minimax.gan.Metric;
import lab.minimax.gan.MetricInputs;
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
    /**
     * The plug-in divergences' grid in the lab (the CLI's is 4000 and 400): a pass on 1,000
     * samples then costs 20–60 ms in 1D and 90–180 ms in 2D instead of 40–80 ms and 0.1–2.6 s
     * (spiral), measured on one core.
     */
    static final int GRID_1D = 1000;
    static final int GRID_2D = 200;

    /** The layers of one pass (null: not computed, e.g. the 1D layers of a 2D run). */
    record Layers(Grid2d dStar, float[] covered, float[] kde, float[] dStarLine, float[] hist) {
        static final Layers NONE = new Layers(null, null, null, null, null);
    }

    private final Trainer trainer;
    private final Target target;
    private final Evaluator evaluator;
    private final Box view;
    private volatile LessonMetrics.Field gradField;

    /** @param view the box the 2D D* grid covers (the view; null for an image target) */
    HeavyMetrics(Trainer trainer, long seed, Box view) {
        this.view = view;
        this.trainer = trainer;
        this.target = trainer.target();
        this.evaluator = Evaluator.live(trainer, EVAL_SAMPLES, seed ^ 0xC2B2AE3D27D4EB4FL, GRID_1D, GRID_2D);
    }

    /** The last ‖∇ₓV‖ grid (null before the first pass). */
    LessonMetrics.Field gradField() {
        return gradField;
    }

    private boolean twoD() {
        return target.dim() == 2;
    }

    /**
     * Every metric into {@code row} ({@link Metric#row}: the light ones, the evaluator's, and the
     * lessons' on the frame's samples); the layers of the frame's generated samples (none when one
     * is not finite).
     */
    Layers compute(Frame f, float[] row, int samples) {
        Evaluator.Sampled e = evaluator.evaluateSampled(trainer);
        double[] fake = toDouble(f.fake());
        boolean finite = allFinite(fake);
        LessonMetrics.Result lesson = null;
        if (finite) {
            // lessons 5 and 7: L̂, the critic's estimate / L̂, Ĥ(q) and the ‖∇ₓV‖ grid
            int d = target.dim();
            double[] real = toDouble(f.real());
            lesson = LessonMetrics.of(trainer, real, real.length / d, fake, fake.length / d);
            gradField = new LessonMetrics.Field(lesson.grid(), lesson.gradNorms(), trainer.generatorSteps());
        }
        float[] all = Metric.row(trainer.generatorSteps(), MetricInputs.heavy(trainer, e, lesson));
        System.arraycopy(all, 0, row, 0, Metric.COLUMNS);
        if (!finite) {
            return Layers.NONE;
        }
        Kde q = Kde.forTarget(target, fake, samples);
        if (twoD()) {
            Grid g = new Grid(view, DSTAR_N);
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

    /**
     * Every metric of an image target into {@code row}: the light ones and the evaluator's (its
     * image path: the classifier's digits, Fréchet distance, nearest training digits); the 1D and
     * 2D ones (plug-in divergences, W1 / sliced W, MMD², the lessons' numbers) are NaN there.
     */
    Evaluation computeImages(float[] row) {
        Evaluator.Sampled e = evaluator.evaluateSampled(trainer);
        float[] all = Metric.row(trainer.generatorSteps(), MetricInputs.heavy(trainer, e, null));
        System.arraycopy(all, 0, row, 0, Metric.COLUMNS);
        return e.evaluation();
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
