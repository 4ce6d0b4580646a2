package lab.minimax.ui;

/**
 * The numbers plotted over steps. A metrics row is row-major Float32: the generator step, then one
 * value per constant in declaration order ({@code ordinal() + 1}); NaN where a value was not
 * computed for that row (e.g. heavy metrics, computed about once a second).
 */
public enum Metric {
    LOSS_D("D loss"),
    LOSS_G("G loss"),
    JS("JS (plug-in)"),
    KL("KL(p‖q)"),
    REVERSE_KL("KL(q‖p)"),
    F_BOUND("f-GAN bound F(T)"),
    F_PLUGIN("plug-in f-divergence"),
    WASSERSTEIN("W1 / sliced W"),
    MMD2("MMD²"),
    MODES("modes covered (fraction)"),
    HIGH_QUALITY("high-quality fraction"),
    GRAD_D("‖∇D‖"),
    GRAD_G("‖∇G‖");

    /** Columns of one metrics row: step + one per metric. */
    public static final int COLUMNS = values().length + 1;

    private final String label;

    Metric(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** This metric's column in a metrics row. */
    public int column() {
        return ordinal() + 1;
    }
}
