package lab.minimax.ui;

import lab.minimax.gan.Evaluation;
import lab.minimax.gan.Evaluator;
import lab.minimax.gan.objective.FGanObjective;
import lab.minimax.gan.Frame;
import lab.minimax.gan.Probe;
import lab.minimax.gan.StepStats;
import lab.minimax.gan.Trainer;
import lab.minimax.metrics.Grid;
import lab.minimax.metrics.Kde;
import lab.minimax.metrics.OptimalDiscriminator;
import lab.minimax.distribution.Box;
import lab.minimax.distribution.Modes;
import lab.minimax.distribution.Target;

import java.util.Arrays;

/**
 * Turns one trainer's state into the page's frames: the light part (samples, arrows, D on a grid,
 * manifold, map z → x) from a {@link Probe} at every frame, the heavy part (KDE q̂, D*, mode
 * coverage, every metric of the {@link Evaluator}) when asked, about once a second. Heavy results
 * are sent once (null components afterwards keep what the browser shows). Bound to one trainer;
 * call from the thread that holds the run's lock.
 */
final class FrameBuilder {
    static final int SAMPLES = 512;
    static final int HEAT_N = 48;
    static final int DSTAR_N = 48;
    static final int LINE_N = 201;
    static final int HIST_BINS = 50;
    static final int EVAL_SAMPLES = 1000;

    private final Trainer trainer;
    private final Target target;
    private final Probe probe;
    private final Evaluator evaluator;
    private final HeatKind kind;
    private final ViewBox box;
    private final float[] modes;
    private final float[] lineTarget;
    // heavy results waiting to be sent with the next frame (null: nothing new)
    private Grid2d dStar;
    private float[] covered;
    private float[] kde;
    private float[] dStarLine;
    private float[] hist;
    private volatile LessonMetrics.Field gradField;

    FrameBuilder(Trainer trainer, long seed) {
        this.trainer = trainer;
        this.target = trainer.target();
        this.probe = new Probe(trainer, target.dim() == 2 ? HEAT_N : LINE_N, SAMPLES, seed ^ 0x9E3779B97F4A7C15L);
        this.evaluator = new Evaluator(trainer, EVAL_SAMPLES, seed ^ 0xC2B2AE3D27D4EB4FL);
        // an f-GAN draws D̂ = r̂/(1 + r̂) ∈ [0, 1]; a critic draws its unbounded value
        this.kind = trainer.objective() instanceof FGanObjective ? HeatKind.PROBABILITY : HeatKind.CRITIC;
        Box b = target.box();
        this.box = target.dim() == 2 ? new ViewBox(b.lo()[0], b.hi()[0], b.lo()[1], b.hi()[1])
                : ViewBox.square(1);
        this.modes = target.modes().map(FrameBuilder::centres).orElse(new float[0]);
        this.lineTarget = target.dim() == 1 ? targetLine() : null;
    }

    Trainer trainer() {
        return trainer;
    }

    /** The last ‖∇ₓV‖ grid of the heavy pass (null before the first). */
    LessonMetrics.Field gradField() {
        return gradField;
    }

    boolean twoD() {
        return target.dim() == 2;
    }

    Frame capture() {
        return probe.capture(trainer);
    }

    /** The 2D frame of {@code f}, with the heavy layers computed since the last frame. */
    PlaneFrame plane(Frame f) {
        PlaneFrame p = new PlaneFrame(box, kind, new Grid2d(f.gridSize(), f.dGrid()), null, dStar,
                f.real(), f.fake(), f.arrows(), f.manifoldRows(), f.manifoldCols(), f.manifold(),
                modes, covered);
        dStar = null;
        covered = null;
        return p;
    }

    /** The 1D frame of {@code f} (curves at the probe's cell centres). */
    Line1dFrame line(Frame f) {
        double lo = f.lo()[0];
        double hi = f.hi()[0];
        double half = (hi - lo) / f.gridSize() / 2;
        Line1dFrame l = new Line1dFrame(lo + half, hi - half, kind, null, lineTarget, kde, f.dGrid(), dStarLine,
                hist, f.real(), f.fake(), f.zLine(), f.xOfZ());
        kde = null;
        dStarLine = null;
        hist = null;
        return l;
    }

    /**
     * The heavy metrics now: the evaluator's numbers into {@code row}, and q̂, D* and mode
     * coverage of the frame's generated samples for the next frame.
     */
    void heavy(Frame f, float[] row) {
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
            return;
        }
        lessonMetrics(toDouble(f.real()), fake, row);
        Kde q = Kde.forTarget(target, fake, SAMPLES);
        if (twoD()) {
            Grid g = new Grid(target.box(), DSTAR_N);
            dStar = new Grid2d(DSTAR_N, toFloat(OptimalDiscriminator.compute(target, q, g).values()));
            covered = target.modes().map(m -> coverage(m, fake)).orElse(new float[0]);
        } else {
            Grid g = new Grid(target.box(), f.gridSize());
            dStarLine = toFloat(OptimalDiscriminator.compute(target, q, g).values());
            float[] k = new float[f.gridSize()];
            double[] pt = new double[1];
            for (int i = 0; i < k.length; i++) {
                pt[0] = g.coord(0, i);
                k[i] = (float) q.density(pt, 0);
            }
            kde = k;
            hist = histogram(f.fake(), f.lo()[0] + (f.hi()[0] - f.lo()[0]) / f.gridSize() / 2,
                    f.hi()[0] - (f.hi()[0] - f.lo()[0]) / f.gridSize() / 2);
        }
    }

    /** Lessons 5 and 7: L̂, the critic's estimate / L̂, Ĥ(q), and the ‖∇ₓV‖ grid. */
    private void lessonMetrics(double[] real, double[] fake, float[] row) {
        int d = target.dim();
        Grid g = new Grid(target.box(), twoD() ? HEAT_N : LINE_N);
        LessonMetrics.Result r = LessonMetrics.compute(trainer.discriminator(), g, real, real.length / d,
                fake, fake.length / d);
        row[Metric.LIPSCHITZ.column()] = (float) r.lipschitz();
        row[Metric.CRITIC_OVER_L.column()] = (float) r.estimateOverL();
        row[Metric.ENTROPY.column()] = (float) r.entropy();
        gradField = new LessonMetrics.Field(g, r.gradNorms(), trainer.generatorSteps());
    }

    /** A metrics row at the current step with the cheap numbers of the last step; NaN elsewhere. */
    float[] lightRow() {
        float[] row = new float[Metric.COLUMNS];
        Arrays.fill(row, Float.NaN);
        StepStats s = trainer.stats();
        row[0] = trainer.generatorSteps();
        row[Metric.LOSS_D.column()] = (float) s.lossD;
        row[Metric.LOSS_G.column()] = (float) s.lossG;
        row[Metric.F_BOUND.column()] = (float) s.bound;
        row[Metric.GRAD_D.column()] = (float) s.gradNormD;
        row[Metric.GRAD_G.column()] = (float) s.gradNormG;
        return row;
    }

    /** Per mode 1 when some generated sample within 3σ of it has it as its nearest mode. */
    static float[] coverage(Modes m, double[] x) {
        int dim = m.dim();
        float[] c = new float[m.count()];
        for (int i = 0; i < x.length / dim; i++) {
            int best = -1;
            double bestD2 = Double.POSITIVE_INFINITY;
            for (int k = 0; k < m.count(); k++) {
                double d2 = 0;
                for (int d = 0; d < dim; d++) {
                    double t = x[i * dim + d] - m.center(k, d);
                    d2 += t * t;
                }
                if (d2 < bestD2) {
                    bestD2 = d2;
                    best = k;
                }
            }
            double r = 3 * m.sd()[best];
            if (bestD2 <= r * r) {
                c[best] = 1;
            }
        }
        return c;
    }

    /** Densities of a histogram of {@code x} with {@link #HIST_BINS} bins over [lo, hi]. */
    static float[] histogram(float[] x, double lo, double hi) {
        float[] h = new float[HIST_BINS];
        double w = (hi - lo) / HIST_BINS;
        for (float v : x) {
            int b = (int) Math.floor((v - lo) / w);
            if (b >= 0 && b < HIST_BINS) {
                h[b]++;
            }
        }
        for (int i = 0; i < h.length; i++) {
            h[i] /= (float) (x.length * w);
        }
        return h;
    }

    private float[] targetLine() {
        Box b = target.box();
        int n = LINE_N;
        float[] p = new float[n];
        double[] pt = new double[1];
        for (int i = 0; i < n; i++) {
            pt[0] = b.lo()[0] + (i + 0.5) * (b.hi()[0] - b.lo()[0]) / n;
            p[i] = (float) target.density(pt, 0);
        }
        return p;
    }

    private static float[] centres(Modes m) {
        return m.dim() == 2 ? toFloat(m.centers()) : new float[0];
    }

    private static float[] toFloat(double[] a) {
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
