package lab.minimax.live;

/**
 * The numbers plotted over steps. A metrics row is row-major Float32: the generator step, then one
 * value per constant in declaration order ({@code ordinal() + 1}); NaN where a value was not
 * computed for that row (e.g. heavy metrics, computed about once a second).
 */
public enum Metric {
    LOSS_D("lossD", "D loss"),
    LOSS_G("lossG", "G loss"),
    JS("js", "JS (plug-in)"),
    KL("kl", "KL(p‖q)"),
    REVERSE_KL("reverseKl", "KL(q‖p)"),
    F_BOUND("fBound", "f-GAN bound F(T)"),
    F_PLUGIN("fPlugin", "plug-in f-divergence"),
    WASSERSTEIN("w1OrSlicedW", "W1 / sliced W"),
    MMD2("mmd2", "MMD²"),
    MODES("modesCoveredFraction", "modes covered (fraction)"),
    HIGH_QUALITY("highQualityFraction", "high-quality fraction"),
    GRAD_D("gradNormD", "‖∇D‖"),
    GRAD_G("gradNormG", "‖∇G‖"),
    /** Lesson 1: the game value (the objective's bound) on the evaluation samples. */
    GAME_VALUE("gameValue", "game value (eval. samples)"),
    /** Lesson 1: −log 4 + 2·JSD of the plug-in JSD, the game value at D = D*. */
    GAME_REFERENCE("gameReference", "−log 4 + 2·JSD (plug-in)"),
    /** Lesson 5: the critic's estimate E_p V − E_q V divided by L̂ = max ‖∇ₓV‖. */
    CRITIC_OVER_L("criticOverLipschitz", "critic estimate / L̂"),
    /** Lesson 5: L̂ = max ‖∇ₓV‖ over a grid and the samples. */
    LIPSCHITZ("lipschitz", "L̂ = max ‖∇ₓV‖"),
    /** Lesson 7: the k-NN (Kozachenko–Leonenko) entropy of the generated samples. */
    ENTROPY("entropyKnn", "Ĥ(q) (k-NN)");

    /** Columns of one metrics row: step + one per metric. */
    public static final int COLUMNS = values().length + 1;

    private final String csvName;
    private final String label;

    Metric(String csvName, String label) {
        this.csvName = csvName;
        this.label = label;
    }

    /** The column's name in the metrics CSV (the CLI's names where the quantity is the same). */
    public String csvName() {
        return csvName;
    }

    public String label() {
        return label;
    }

    /** This metric's column in a metrics row. */
    public int column() {
        return ordinal() + 1;
    }
}
