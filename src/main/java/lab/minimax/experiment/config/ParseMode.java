package lab.minimax.experiment.config;

/** How a codec treats invalid input. */
public enum ParseMode {
    /** Any problem rejects the whole input: the result holds the errors and no configuration. */
    STRICT,
    /**
     * Each invalid parameter is replaced by its default alone (the valid ones are kept) and each
     * replacement is reported; the result always holds a valid configuration (what a shared link
     * needs).
     */
    LENIENT
}
