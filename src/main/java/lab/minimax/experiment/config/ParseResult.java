package lab.minimax.experiment.config;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import lab.minimax.experiment.ExperimentConfig;

/**
 * The outcome of parsing a configuration from JSON or a URL.
 * <ul>
 *   <li>{@link ParseMode#STRICT}: either a valid config and no errors, or {@code config == null}
 *   and at least one error;</li>
 *   <li>{@link ParseMode#LENIENT}: always a valid config, plus one error per parameter that was
 *   replaced by its default or ignored.</li>
 * </ul>
 *
 * @param config the configuration (valid under the limits it was parsed with), or {@code null}
 * @param errors every problem found, each naming its field and the allowed values
 */
public record ParseResult(ExperimentConfig config, List<ConfigError> errors) {
    public ParseResult {
        errors = List.copyOf(errors);
    }

    static ParseResult of(ExperimentConfig config) {
        return new ParseResult(config, List.of());
    }

    static ParseResult failed(List<ConfigError> errors) {
        return new ParseResult(null, errors);
    }

    /** True when there is a config and nothing had to be reported. */
    public boolean isValid() {
        return config != null && errors.isEmpty();
    }

    /** The config if one was produced (strict: only when valid; lenient: always). */
    public Optional<ExperimentConfig> configIfAny() {
        return Optional.ofNullable(config);
    }

    /** The errors one per line as "field: message". */
    public String errorText() {
        return errors.stream().map(ConfigError::toString).collect(Collectors.joining("\n"));
    }
}
