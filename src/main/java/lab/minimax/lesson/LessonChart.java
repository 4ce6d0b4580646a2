package lab.minimax.lesson;

/** The lesson-specific chart a lesson page adds to the lab's usual views. */
public enum LessonChart {
    /** Lesson 1: D against D* = p/(p+q), and the game value against −log 4 + 2·JSD. */
    OPTIMAL_DISCRIMINATOR,
    /** Lesson 2: both generator losses as functions of D's logit, current samples as dots; G's gradient norm. */
    GENERATOR_LOSSES,
    /** Lesson 3: the variational bound E_p[T] − E_q[f*(T)] against the plug-in divergence. */
    F_BOUND,
    /** Lesson 4: modes covered and high-quality fraction over steps. */
    MODE_COVERAGE,
    /** Lesson 5: heatmap of ‖∇ₓV‖ and the critic's estimate / Lipschitz constant against exact W1. */
    LIPSCHITZ,
    /** Lesson 6: the Dirac-GAN vector field and trajectory in the (θ, ψ) plane. */
    DIRAC_FIELD,
    /** Lesson 7: the k-NN entropy estimate H(q) over steps. */
    ENTROPY
}
