package lab.minimax.gan;

import lab.minimax.metrics.CsvNumbers;

import java.util.function.ToDoubleFunction;

/**
 * The one metrics schema: every number recorded over steps, with its column name, its label and
 * how it is computed from a row's {@link MetricInputs}. The CLI's metrics.csv and summary.json,
 * the lab page's metrics rows and Metrics CSV, and the charts ({@code ui/chart/MetricChart}) all
 * take their columns from here, in declaration order.
 * <p>
 * A row is the step, then one value per constant ({@link #column()} = {@code ordinal() + 1});
 * NaN (an empty CSV cell) where the value is not defined or was not computed for that row. A
 * {@link Source#STEP} metric is light: it is read from the last step's {@link StepStats} on every
 * row. The others are heavy: they need the heavy pass (the {@link Evaluator}, and for the lessons'
 * numbers {@link LessonMetrics}), which the lab runs about once a second and the CLI on every
 * row.
 */
public enum Metric {
    // the CLI's metrics.csv columns, in their order
    LOSS_D("lossD", "D loss", Source.STEP, in -> in.stats().lossD),
    LOSS_G("lossG", "G loss", Source.STEP, in -> in.stats().lossG),
    /** The variational estimate on the last D batch ({@link StepStats#bound}). */
    BOUND("bound", "bound on the last D batch", Source.STEP, in -> in.stats().bound),
    PENALTY("penalty", "gradient penalty", Source.STEP, in -> in.stats().penalty),
    GRAD_D("gradNormD", "‖∇D‖", Source.STEP, in -> in.stats().gradNormD),
    GRAD_G("gradNormG", "‖∇G‖", Source.STEP, in -> in.stats().gradNormG),
    /** Modes covered (a count; not defined for a target without modes). */
    MODES_COVERED("modesCovered", "modes covered", Source.EVALUATION,
            in -> in.evaluation().modeCount() == 0 ? Double.NaN : in.evaluation().modesCovered()),
    HIGH_QUALITY("highQualityFraction", "high-quality fraction", Source.EVALUATION,
            in -> in.evaluation().highQualityFraction()),
    MODE_REVERSE_KL("modeReverseKl", "KL(mode histogram ‖ uniform)", Source.EVALUATION,
            in -> in.evaluation().modeReverseKl()),
    W1("w1", "W1 (1D)", Source.EVALUATION, in -> in.evaluation().w1()),
    SLICED_W("slicedW", "sliced W (2D)", Source.EVALUATION, in -> in.evaluation().slicedW()),
    MMD2("mmd2", "MMD²", Source.EVALUATION, in -> in.evaluation().mmd2()),
    JS("js", "JS (plug-in)", Source.EVALUATION, in -> in.evaluation().js()),
    KL("kl", "KL(p‖q)", Source.EVALUATION, in -> in.evaluation().kl()),
    REVERSE_KL("reverseKl", "KL(q‖p)", Source.EVALUATION, in -> in.evaluation().reverseKl()),
    /**
     * The bound F(T) on the evaluation samples on a heavy row; on a light row the last D batch's
     * ({@link #BOUND}), so that its chart has a point at every row.
     */
    F_BOUND("fBound", "f-GAN bound F(T)", Source.STEP,
            in -> in.evaluation() != null ? in.evaluation().fBound() : in.stats().bound),
    F_PLUGIN("fPlugin", "plug-in f-divergence", Source.EVALUATION, in -> in.evaluation().fPlugin()),
    /** The evaluation's sample size (a count). */
    SAMPLES("samples", "evaluation samples", Source.EVALUATION, in -> in.evaluation().samples()),
    // the lab page's own columns
    WASSERSTEIN("w1OrSlicedW", "W1 / sliced W", Source.EVALUATION,
            in -> in.dim() == 2 ? in.evaluation().slicedW() : in.evaluation().w1()),
    MODES("modesCoveredFraction", "modes covered (fraction)", Source.EVALUATION,
            in -> in.evaluation().modeCount() == 0 ? Double.NaN
                    : in.evaluation().modesCovered() / in.evaluation().modeCount()),
    /** Lesson 1: the game value (the objective's bound) on the evaluation samples. */
    GAME_VALUE("gameValue", "game value (eval. samples)", Source.EVALUATION, in -> in.evaluation().fBound()),
    /** Lesson 1: −log 4 + 2·JSD of the plug-in JSD, the game value at D = D*. */
    GAME_REFERENCE("gameReference", "−log 4 + 2·JSD (plug-in)", Source.EVALUATION,
            in -> LessonMetrics.gameReference(in.evaluation().js())),
    /** Lesson 5: the critic's estimate E_p V − E_q V divided by L̂ = max ‖∇ₓV‖. */
    CRITIC_OVER_L("criticOverLipschitz", "critic estimate / L̂", Source.LESSON, in -> in.lesson().estimateOverL()),
    /** Lesson 5: L̂ = max ‖∇ₓV‖ over a grid and the samples. */
    LIPSCHITZ("lipschitz", "L̂ = max ‖∇ₓV‖", Source.LESSON, in -> in.lesson().lipschitz()),
    /** Lesson 7: the k-NN (Kozachenko–Leonenko) entropy of the generated samples. */
    ENTROPY("entropyKnn", "Ĥ(q) (k-NN)", Source.LESSON, in -> in.lesson().entropy()),
    // the smoothed divergences (SmoothedDivergences), appended so that the columns above keep their place
    /** JS(p_h, q̂_h) in nats at the target's h (≈ 0 for a perfect generator, falls as modes are found). */
    JS_SMOOTHED("jsSmoothed", "JS(p_h, q_h) (smoothed)", Source.EVALUATION, in -> in.evaluation().smoothed().js()),
    /** 5 % quantile of the smoothed JS over bootstrap resamples of the generated sample. */
    JS_SMOOTHED_LOW("jsSmoothedLow", "smoothed JS, 5 % bootstrap", Source.EVALUATION,
            in -> in.evaluation().smoothed().jsLow()),
    /** 95 % quantile of the smoothed JS over bootstrap resamples. */
    JS_SMOOTHED_HIGH("jsSmoothedHigh", "smoothed JS, 95 % bootstrap", Source.EVALUATION,
            in -> in.evaluation().smoothed().jsHigh()),
    KL_SMOOTHED("klSmoothed", "KL(p_h‖q_h) (smoothed)", Source.EVALUATION, in -> in.evaluation().smoothed().kl()),
    REVERSE_KL_SMOOTHED("reverseKlSmoothed", "KL(q_h‖p_h) (smoothed)", Source.EVALUATION,
            in -> in.evaluation().smoothed().reverseKl()),
    /** The smoothing bandwidth h of the target ({@link lab.minimax.metrics.SmoothingBandwidth}). */
    SMOOTHING_H("smoothingH", "smoothing h", Source.EVALUATION, in -> in.evaluation().smoothed().h()),
    // the image metrics (ImageMetrics; NaN on 1D and 2D targets), appended for the same reason
    /** KL(h ‖ w) of the confidently classified samples' digit histogram h to the data's class frequencies w. */
    CLASS_KL("classKl", "KL(digit histogram ‖ data)", Source.EVALUATION,
            in -> in.evaluation().image() == null ? Double.NaN : in.evaluation().image().digits().classKl()),
    /** Fréchet distance² between the classifier features of the samples and of the 2,000 held-out digits. */
    FRECHET("frechet", "Fréchet distance (classifier features)", Source.EVALUATION,
            in -> in.evaluation().image() == null ? Double.NaN : in.evaluation().image().frechet()),
    /** Mean Euclidean distance ([0, 1] pixels) of the samples to their nearest training digits. */
    NEAREST_DISTANCE("nearestDistance", "distance to the nearest training digit", Source.EVALUATION,
            in -> in.evaluation().image() == null ? Double.NaN : in.evaluation().image().nearestDistance()),
    /**
     * A conditional run's worst digit: the least, over the digits d, share of the samples asked for
     * d that the classifier reads as d (NaN for an unconditional generator and on 1D and 2D targets).
     */
    LABEL_ACCURACY("labelAccuracy", "samples read as the digit asked for (worst digit)", Source.EVALUATION,
            in -> in.evaluation().image() == null ? Double.NaN : in.evaluation().image().digits().labelAccuracy());

    /** What a metric is computed from, and so on which rows it has a value. */
    public enum Source {
        /** The last step's {@link StepStats}: every row (light). */
        STEP,
        /** The {@link Evaluation} or its samples: heavy rows. */
        EVALUATION,
        /** The lessons' numbers ({@link LessonMetrics.Result}): heavy rows where they were computed. */
        LESSON
    }

    /** Columns of one metrics row: step + one per metric. */
    public static final int COLUMNS = values().length + 1;

    private final String csvName;
    private final String label;
    private final Source source;
    private final ToDoubleFunction<MetricInputs> value;

    Metric(String csvName, String label, Source source, ToDoubleFunction<MetricInputs> value) {
        this.csvName = csvName;
        this.label = label;
        this.source = source;
        this.value = value;
    }

    /** The column's name in metrics.csv, summary.json and the page's Metrics CSV. */
    public String csvName() {
        return csvName;
    }

    public String label() {
        return label;
    }

    public Source source() {
        return source;
    }

    /** Whether every row has this metric (else only the heavy rows). */
    public boolean light() {
        return source == Source.STEP;
    }

    /** This metric's column in a metrics row. */
    public int column() {
        return ordinal() + 1;
    }

    /** This metric on {@code in}; NaN when {@code in} lacks what it is computed from. */
    public double value(MetricInputs in) {
        boolean has = switch (source) {
            case STEP -> true;
            case EVALUATION -> in.evaluation() != null;
            case LESSON -> in.lesson() != null;
        };
        return has ? value.applyAsDouble(in) : Double.NaN;
    }

    /** Every metric on {@code in}, in declaration order. */
    public static double[] values(MetricInputs in) {
        Metric[] all = values();
        double[] v = new double[all.length];
        for (Metric m : all) {
            v[m.ordinal()] = m.value(in);
        }
        return v;
    }

    /** A float32 metrics row ({@link #COLUMNS} floats): {@code step}, then {@link #values(MetricInputs)}. */
    public static float[] row(long step, MetricInputs in) {
        double[] v = values(in);
        float[] row = new float[COLUMNS];
        row[0] = step;
        for (int i = 0; i < v.length; i++) {
            row[i + 1] = (float) v[i];
        }
        return row;
    }

    /** The CSV header: {@code step}, then every {@link #csvName()}. */
    public static String csvHeader() {
        StringBuilder b = new StringBuilder("step");
        for (Metric m : values()) {
            b.append(',').append(m.csvName);
        }
        return b.toString();
    }

    /**
     * One CSV line (no line break): {@code step}, then a cell per value of {@code values} (one per
     * metric, as {@link #values(MetricInputs)}): {@link CsvNumbers#cell}, {@link #SAMPLES} as a
     * whole number.
     */
    public static String csvLine(long step, double[] values) {
        StringBuilder b = new StringBuilder().append(step);
        for (Metric m : values()) {
            double v = values[m.ordinal()];
            b.append(',').append(m == SAMPLES && Double.isFinite(v) ? Long.toString((long) v) : CsvNumbers.cell(v));
        }
        return b.toString();
    }
}
