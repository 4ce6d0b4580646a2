package lab.minimax.experiment.config;

/**
 * One problem with a configuration.
 *
 * @param field   the dotted path of the offending field as in JSON and URLs, e.g.
 *                {@code generator.hidden[1]}, {@code optimizer.discriminator.lr}, {@code target.sd};
 *                {@code json} or {@code query} for problems with the input as a whole
 * @param message what is wrong, naming the allowed range or values, e.g.
 *                "must be an integer in [1, 256] (got 300)"
 */
public record ConfigError(String field, String message) {

    /** "field: message", as printed by the CLI and shown by the UI. */
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
