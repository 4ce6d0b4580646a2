package lab.minimax.training;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.config.ConfigError;
import lab.minimax.experiment.config.ConfigValidator;
import lab.minimax.experiment.config.LimitNotes;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The one admission step of a run, whatever its config came from (a link, the form, an import,
 * a preset, a lesson): the config is validated once against the server's limits
 * ({@code minimax.limits.*}), then the {@link RunGate} checks the owner's caps. A refusal names the
 * limit concerned.
 */
public final class RunAdmission {
    private final Limits limits;
    private final RunGate gate;

    public RunAdmission(Limits limits, RunGate gate) {
        this.limits = limits;
        this.gate = gate;
    }

    public Limits limits() {
        return limits;
    }

    public RunGate gate() {
        return gate;
    }

    /**
     * Creates a run of {@code config} with {@code create} when the config respects the server's
     * limits and {@code owner} may have one more run; else answers with {@code refuse}.
     */
    public <T> T admit(ExperimentConfig config, RunOwner owner, long nowMillis, Supplier<T> create,
                       Function<RunGate.Refusal, T> refuse) {
        List<ConfigError> errors = ConfigValidator.validate(config, limits);
        if (!errors.isEmpty()) {
            return refuse.apply(new RunGate.Refusal("this server's limits do not allow these settings: "
                    + errors.stream().map(ConfigError::toString).collect(Collectors.joining("; "))
                    + " (" + LimitNotes.describe(limits) + ")", false));
        }
        return gate.admit(owner, nowMillis, create, refuse);
    }
}
