package lab.minimax.live;

import lab.minimax.gan.objective.FGanObjective;
import lab.minimax.gan.Frame;
import lab.minimax.gan.Probe;
import lab.minimax.gan.LessonMetrics;
import lab.minimax.gan.Metric;
import lab.minimax.gan.MetricInputs;
import lab.minimax.gan.Trainer;
import lab.minimax.distribution.Box;
import lab.minimax.distribution.MnistTarget;
import lab.minimax.distribution.Modes;
import lab.minimax.distribution.Target;

import lab.minimax.live.frame.Grid2d;
import lab.minimax.live.frame.HeatKind;
import lab.minimax.live.frame.ImageFrame;
import lab.minimax.live.frame.Line1dFrame;
import lab.minimax.live.frame.PlaneFrame;
import lab.minimax.live.frame.ViewBox;

/**
 * Turns one trainer's state into the page's frames: the light part (samples, arrows, D on a grid,
 * manifold, map z → x) from a {@link Probe} at every frame, the heavy part (KDE q̂, D*, mode
 * coverage, every metric of the evaluator: {@link HeavyMetrics}) when asked, about once a second. Heavy results
 * are sent once (null components afterwards keep what the browser shows). An image target has
 * no plane: its frames are {@link ImageFrames}' (no probe, heatmap, D*, arrows or KDE), its heavy
 * pass the evaluator's image metrics. Bound to one trainer; call from the thread that holds the
 * run's lock.
 */
public final class FrameBuilder {
    public static final int SAMPLES = 512;
    static final int HEAT_N = 48;
    public static final int LINE_N = 201;

    private final Trainer trainer;
    private final Target target;
    /** The probe of a 1D or 2D run (null for an image target). */
    private final Probe probe;
    /** The frames of an image target (null otherwise). */
    private final ImageFrames images;
    private final HeavyMetrics heavy;
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

    public FrameBuilder(Trainer trainer, long seed) {
        this.trainer = trainer;
        this.target = trainer.target();
        // an f-GAN draws D̂ = r̂/(1 + r̂) ∈ [0, 1]; a critic draws its unbounded value
        this.kind = trainer.objective() instanceof FGanObjective ? HeatKind.PROBABILITY : HeatKind.CRITIC;
        if (target instanceof MnistTarget m) {
            this.images = new ImageFrames(trainer, m, kind, seed);
            this.probe = null;
            this.heavy = new HeavyMetrics(trainer, seed, null);
            this.box = ViewBox.square(1);
            this.modes = new float[0];
            this.lineTarget = null;
            return;
        }
        this.images = null;
        // in 2D, D's and D*'s grids cover the whole view (the target's box and its margin), at the
        // same n × n cost: cells 1 + 2·VIEW_MARGIN = 1.24 times as wide as over the target's box
        Box view = Probe.viewBox(target.box());
        this.probe = new Probe(trainer, target.dim() == 2 ? HEAT_N : LINE_N, SAMPLES, seed ^ 0x9E3779B97F4A7C15L, view);
        this.heavy = new HeavyMetrics(trainer, seed, view);
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
        return heavy.gradField();
    }

    boolean twoD() {
        return target.dim() == 2;
    }

    /** Whether this run draws the image view ({@link #image}) instead of a plane or a line. */
    boolean images() {
        return images != null;
    }

    /** The image frame now, with the histogram of the last heavy pass if it is new (image targets). */
    ImageFrame image() {
        return images.frame();
    }

    /** The heavy metrics of an image target now: the evaluator's numbers into {@code row}, the histogram for the next frame. */
    void heavyImages(float[] row) {
        images.heavy(heavy.computeImages(row));
    }

    public Frame capture() {
        return probe.capture(trainer);
    }

    /** The 2D frame of {@code f}, with the heavy layers computed since the last frame. */
    public PlaneFrame plane(Frame f) {
        PlaneFrame p = new PlaneFrame(box, kind, new Grid2d(f.gridSize(), f.dGrid()), null, dStar,
                f.real(), f.fake(), f.arrows(), f.manifoldRows(), f.manifoldCols(), f.manifold(),
                modes, covered);
        dStar = null;
        covered = null;
        return p;
    }

    /** The 1D frame of {@code f} (curves at the probe's cell centres). */
    public Line1dFrame line(Frame f) {
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
     * The heavy metrics now ({@link HeavyMetrics}): the evaluator's numbers into {@code row}, and
     * q̂, D* and mode coverage of the frame's generated samples for the next frame.
     */
    public void heavy(Frame f, float[] row) {
        HeavyMetrics.Layers l = heavy.compute(f, row, SAMPLES);
        if (l == HeavyMetrics.Layers.NONE) {
            return;
        }
        // D* = p/(p + q) is the optimum of an f-GAN's D on the probability axis; a critic's value
        // (Wasserstein, hinge, least squares) has no such optimum on its axis, so D* is not drawn
        boolean probability = kind == HeatKind.PROBABILITY;
        dStar = probability ? l.dStar() : null;
        covered = l.covered();
        kde = l.kde();
        dStarLine = probability ? l.dStarLine() : null;
        hist = l.hist();
    }

    /** A metrics row at the current step with the light metrics of the last step; NaN elsewhere. */
    public float[] lightRow() {
        return Metric.row(trainer.generatorSteps(), MetricInputs.light(trainer));
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
        return m.dim() == 2 ? HeavyMetrics.toFloat(m.centers()) : new float[0];
    }
}
