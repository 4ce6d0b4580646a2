package lab.minimax.gan;

import lab.minimax.distribution.Target;

/**
 * What one metrics row is computed from ({@link Metric#value}): the last step's statistics on
 * every row; on a heavy row also an evaluation with its samples, and the lessons' numbers.
 *
 * @param stats      the last step's statistics (the trainer's live object: use it between steps)
 * @param evaluation the {@link Evaluator}'s metrics; null on a light row
 * @param real       the evaluation's target rows (row-major, {@link #dim()} per row); null on a light row
 * @param fake       the evaluation's generated rows; null on a light row
 * @param lesson     the lessons' numbers; null on a light row, or where they were not computed
 * @param target     the run's target (its exact density, sampling, modes)
 */
public record MetricInputs(StepStats stats, Evaluation evaluation, double[] real, double[] fake,
                           LessonMetrics.Result lesson, Target target) {
    /**
     * The CLI's heavy pass uses at most this many rows of each side of the evaluation for the
     * lessons' numbers (the k-NN entropy is quadratic in them).
     */
    static final int LESSON_SAMPLES = 2000;

    /** The target's dimension. */
    public int dim() {
        return target.dim();
    }

    /** A light row of {@code t}: its last step's statistics only. */
    public static MetricInputs light(Trainer t) {
        return new MetricInputs(t.stats(), null, null, null, null, t.target());
    }

    /** A heavy row of {@code t}: its last step's statistics, {@code e} and the lessons' numbers {@code lesson}. */
    public static MetricInputs heavy(Trainer t, Evaluator.Sampled e, LessonMetrics.Result lesson) {
        return new MetricInputs(t.stats(), e.evaluation(), e.real(), e.fake(), lesson, t.target());
    }

    /**
     * A heavy row of {@code t} evaluated by {@code evaluator}, with the lessons' numbers on the
     * first {@link #LESSON_SAMPLES} rows of the evaluation's samples (none when a generated one is
     * not finite). Uses no random draw of the training: call it between steps.
     */
    public static MetricInputs evaluate(Trainer t, Evaluator evaluator) {
        Evaluator.Sampled e = evaluator.evaluateSampled(t);
        int n = Math.min(e.evaluation().samples(), LESSON_SAMPLES);
        // the lessons' numbers are of 1D and 2D samples (an image evaluation keeps none)
        LessonMetrics.Result lesson = e.fake() != null && Floats.allFinite(e.fake(), n * t.target().dim())
                ? LessonMetrics.of(t, e.real(), n, e.fake(), n) : null;
        return heavy(t, e, lesson);
    }
}
