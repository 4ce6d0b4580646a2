package lab.minimax.lesson;

import java.util.List;

/**
 * What a lesson page adds to the lab's usual views: the charts over steps that carry the lesson's
 * phenomenon ({@link #overSteps()}), and for lessons 2, 5 and 6 a chart of its own beside the run
 * (drawn by {@code ui/lesson/LessonCharts}).
 */
public enum LessonChart {
    /** Lesson 1: D against D* = p/(p+q), and the game value against −log 4 + 2·JSD. */
    OPTIMAL_DISCRIMINATOR("GAME", "DIVERGENCES", "LOSSES"),
    /** Lesson 2: both generator losses as functions of D's logit, current samples as dots; G's gradient norm. */
    GENERATOR_LOSSES("GRADIENTS", "LOSSES"),
    /**
     * Lesson 3: the variational bound E_p[T] − E_q[f*(T)] against the plug-in divergence, and the
     * share of the modes (KL(h ‖ uniform): 0 when q covers both, log 2 when it sits on one).
     */
    F_BOUND("DIVERGENCES", "MODE_BALANCE", "LOSSES"),
    /** Lesson 4: modes covered and high-quality fraction over steps. */
    MODE_COVERAGE("MODES", "DISTANCES"),
    /** Lesson 5: heatmap of ‖∇ₓV‖ and the critic's estimate / Lipschitz constant against exact W1. */
    LIPSCHITZ("LIPSCHITZ", "GRADIENTS"),
    /** Lesson 6: the Dirac-GAN vector field and trajectory in the (θ, ψ) plane. */
    DIRAC_FIELD("LOSSES", "GRADIENTS"),
    /** Lesson 7: the k-NN entropy estimate H(q) over steps. */
    ENTROPY("ENTROPY", "MODES", "DIVERGENCES"),
    /** Lesson 8: digits from noise: digits covered and confident share, the Fréchet distance, the nearest training digit. */
    DIGITS("MODES", "FRECHET", "NEAREST"),
    /** Lesson 9: mode collapse on digits: digits covered and the digit histogram's KL to the data's. */
    DIGIT_COVERAGE("MODES", "DIGIT_BALANCE", "FRECHET"),
    /** Lesson 10: conditioning: the share of samples read as the digit asked for, and the digits covered. */
    CONDITIONING("LABELS", "MODES", "FRECHET");

    private final List<String> overSteps;

    LessonChart(String... overSteps) {
        this.overSteps = List.of(overSteps);
    }

    /**
     * The charts over steps shown under the lesson's run, the lesson's own series first: names of
     * {@code ui.chart.MetricChart} constants (named, since this package sits below the UI).
     */
    public List<String> overSteps() {
        return overSteps;
    }
}
