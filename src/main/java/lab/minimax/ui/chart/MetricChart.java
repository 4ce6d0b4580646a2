package lab.minimax.ui.chart;

import java.util.List;
import lab.minimax.distribution.Target;
import lab.minimax.gan.Metric;
import lab.minimax.live.frame.ImageFrame;
import lab.minimax.metrics.MissedModes;
import java.util.Arrays;
import java.util.Map;

/** The charts over steps and which metrics each shows. */
public enum MetricChart {
    LOSSES("Losses", "loss", false, List.of(Metric.LOSS_D, Metric.LOSS_G)),
    /**
     * The divergences a student can read on any target: p and q̂ both blurred by N(0, h²) (h per
     * target, drawn as its own flat line), with the smoothed JS's 90 % bootstrap band, on the
     * heavy pass's {@code n} = 1,000 generated samples. 0 iff p = q; a perfect generator reads the
     * sampling noise (about 7·10⁻⁴ nats of JS on ring8).
     */
    SMOOTHED("Smoothed JS / KL: p, q ⊛ N(0, h²)", "nats, n = 1,000", true,
            List.of(Metric.JS_SMOOTHED, Metric.JS_SMOOTHED_LOW, Metric.JS_SMOOTHED_HIGH, Metric.KL_SMOOTHED,
                    Metric.REVERSE_KL_SMOOTHED, Metric.SMOOTHING_H)),
    DIVERGENCES("Divergences", "nats", true,
            List.of(Metric.JS, Metric.KL, Metric.REVERSE_KL, Metric.F_BOUND, Metric.F_PLUGIN)),
    DISTANCES("Distances", "distance", true, List.of(Metric.WASSERSTEIN, Metric.MMD2)),
    MODES("Modes", Unit.FRACTION, false, List.of(Metric.MODES, Metric.HIGH_QUALITY)),
    GRADIENTS("Gradient norms", "norm", true, List.of(Metric.GRAD_D, Metric.GRAD_G)),
    /** Image targets: the classifier features' Fréchet distance to the held-out digits (falls as digits look real). */
    FRECHET("Fréchet distance (classifier features)", "d², n = 1,000", true, List.of(Metric.FRECHET)),
    /** Image targets: how the read digits are shared against the data's classes (0: as the data, log 10 on one digit). */
    DIGIT_BALANCE("Digit balance KL(h ‖ data)", "nats (0: as the data)", false, List.of(Metric.CLASS_KL)),
    /** Image targets: is the GAN copying? The samples' mean distance to their nearest training digit (0: copies). */
    NEAREST("Distance to the nearest training digit", "L2, pixels in [0, 1]", false,
            List.of(Metric.NEAREST_DISTANCE)),
    /** Lesson 10 only (conditional runs): the worst digit's share of its samples read as the digit asked for. */
    LABELS("Samples read as the digit asked for", Unit.FRACTION, false, List.of(Metric.LABEL_ACCURACY), false),
    /** Lesson 1 only: the game value against its value at D*. */
    GAME("Game value against −log 4 + 2·JSD", "nats", false,
            List.of(Metric.GAME_VALUE, Metric.GAME_REFERENCE), false),
    /** Lesson 3 only: how evenly the generated samples share the modes, 0 for an even split, log K on one of K. */
    MODE_BALANCE("Mode balance KL(h ‖ uniform)", "nats (0: even)", false,
            List.of(Metric.MODE_REVERSE_KL), false),
    /** Lesson 5 only: the critic's estimate on W1's scale against W1 (1D) or sliced W (2D). */
    LIPSCHITZ("Critic estimate / L̂ against W1", "distance", false,
            List.of(Metric.CRITIC_OVER_L, Metric.WASSERSTEIN), false),
    /** Lesson 7 only: the entropy estimate of q. */
    ENTROPY("Entropy of q (k-NN estimate)", "nats", false, List.of(Metric.ENTROPY), false);

    /** Units of the y axis that fix its range. */
    private static final class Unit {
        /** A fraction of samples or modes: drawn on 0–1. */
        static final String FRACTION = "fraction";
    }

    /**
     * Why a metric can be +∞, shown beside its ∞ marker (a metric not named here has no text):
     * the engine's own wording ({@link MissedModes}). KL(p‖q) is infinite once a mode of p gets no
     * generated sample; reverse KL(q‖p) once q̂ has mass where p = 0 (always for bounded targets:
     * the kernels leak past the edge).
     */
    private static final Map<Metric, String> INFINITY_REASONS = Map.of(
            Metric.KL, MissedModes.KL_INFINITE,
            Metric.REVERSE_KL, MissedModes.REVERSE_KL_INFINITE);

    /**
     * Shorter legend entries where the chart's title already says what they are (smoothed, plug-in,
     * modes), so that each legend takes one or two lines in a chart half the column wide and the
     * lab's charts fit the column at 1366×768; the text alternatives keep the full labels.
     */
    private static final Map<Metric, String> LEGEND = Map.ofEntries(
            Map.entry(Metric.JS_SMOOTHED, "JS"),
            Map.entry(Metric.JS_SMOOTHED_LOW, "5 %"),
            Map.entry(Metric.JS_SMOOTHED_HIGH, "95 %"),
            Map.entry(Metric.KL_SMOOTHED, "KL(p‖q)"),
            Map.entry(Metric.REVERSE_KL_SMOOTHED, "KL(q‖p)"),
            Map.entry(Metric.SMOOTHING_H, "h"),
            Map.entry(Metric.JS, "JS"),
            Map.entry(Metric.F_BOUND, "bound F(T)"),
            Map.entry(Metric.F_PLUGIN, "plug-in D_f"),
            Map.entry(Metric.MODES, "modes covered"),
            Map.entry(Metric.FRECHET, "Fréchet d²"),
            Map.entry(Metric.CLASS_KL, "KL(h ‖ w)"),
            Map.entry(Metric.NEAREST_DISTANCE, "mean distance"),
            Map.entry(Metric.LABEL_ACCURACY, "worst digit"),
            Map.entry(Metric.HIGH_QUALITY, "high quality"));

    private final String title;
    private final String yLabel;
    private final boolean log;
    private final List<Metric> metrics;
    private final boolean lab;

    MetricChart(String title, String yLabel, boolean log, List<Metric> metrics) {
        this(title, yLabel, log, metrics, true);
    }

    MetricChart(String title, String yLabel, boolean log, List<Metric> metrics, boolean lab) {
        this.title = title;
        this.yLabel = yLabel;
        this.log = log;
        this.metrics = metrics;
        this.lab = lab;
    }

    /** The charts the lab page shows (the others belong to one lesson). */
    public static List<MetricChart> lab() {
        return Arrays.stream(values()).filter(c -> c.lab).toList();
    }

    public String title() {
        return title;
    }

    public String yLabel() {
        return yLabel;
    }

    public boolean log() {
        return log;
    }

    public List<Metric> metrics() {
        return metrics;
    }

    /**
     * Whether this chart has anything to draw for {@code target}: mode coverage needs discrete
     * modes, which the curves (moons, swiss roll, spiral, line), drawn points and the 1D uniform,
     * exponential and Laplace do not have, so their Modes chart would stay empty. An image target
     * (28×28 digits) has the classifier's digits as its modes, and none of the density charts
     * ({@link #densityOnly}).
     */
    public boolean drawsFor(Target target) {
        if (target.dim() == ImageFrame.PIXELS) {
            return !densityOnly();
        }
        return !imageOnly() && (this != MODES || target.modes().isPresent());
    }

    /** The charts of the image metrics (Fréchet distance, digit balance, nearest training digit, labels): images only. */
    public boolean imageOnly() {
        return this == FRECHET || this == DIGIT_BALANCE || this == NEAREST || this == LABELS;
    }

    /**
     * The charts that need the target's density or a low-dimensional sample space (plug-in and
     * smoothed JS / KL, the f-GAN plug-in, W1 / sliced W and MMD): not defined for images.
     */
    public boolean densityOnly() {
        return this == SMOOTHED || this == DIVERGENCES || this == DISTANCES;
    }

    /** {@code metric}'s entry in a chart's legend: its label, or a shorter one where the title says the rest. */
    public static String legendLabel(Metric metric) {
        return LEGEND.getOrDefault(metric, metric.label());
    }

    /** Why {@code metric}'s value can be +∞ (the text beside its ∞ marker), or null. */
    public static String infinityReason(Metric metric) {
        return INFINITY_REASONS.get(metric);
    }

    /**
     * A new chart for this group (fractions on a fixed 0–1 axis, so that 0.5 always looks half-way),
     * with each metric's {@link #infinityReason}.
     */
    public SeriesChart newChart() {
        SeriesChart c = new SeriesChart(title, yLabel, log, metrics.stream().map(MetricChart::legendLabel).toList());
        for (int i = 0; i < metrics.size(); i++) {
            String reason = infinityReason(metrics.get(i));
            if (reason != null) {
                c.setInfinityReason(i, reason);
            }
        }
        return yLabel.equals(Unit.FRACTION) ? c.setFixedRange(new double[] {0, 1}) : c;
    }

    /**
     * This chart's columns (step, then its metrics) picked out of full metrics rows
     * ({@link Metric#COLUMNS} per row); rows where all of its metrics are NaN are left out.
     */
    public float[] select(float[] rows) {
        int n = rows.length / Metric.COLUMNS;
        int w = metrics.size() + 1;
        float[] out = new float[n * w];
        int k = 0;
        for (int r = 0; r < n; r++) {
            int base = r * Metric.COLUMNS;
            boolean any = false;
            for (Metric m : metrics) {
                any |= !Float.isNaN(rows[base + m.column()]);
            }
            if (!any) {
                continue;
            }
            out[k++] = rows[base];
            for (Metric m : metrics) {
                out[k++] = rows[base + m.column()];
            }
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }
}
