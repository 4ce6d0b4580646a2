package lab.minimax.live;

import lab.minimax.experiment.config.ConfigError;
import lab.minimax.experiment.config.ConfigValidator;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.training.RunGate;
import lab.minimax.training.RunLimits;
import lab.minimax.training.RunOwner;
import lab.minimax.training.RunRegistry;
import lab.minimax.training.RunScheduler;
import lab.minimax.training.RunSlots;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The Spring bean that gives each lab page an {@link EngineLiveRun} on the shared pool, within the
 * operator's limits ({@code minimax.limits.*}): a config over the network limits, or a run over
 * the per-session / per-client caps or past the session lifetime, gets a {@link RefusedLiveRun}
 * whose message names the limit; Play of the run queues for, or is refused, a training slot.
 */
@Component
public class EngineLiveRunFactory implements LiveRunFactory {
    private static EngineLiveRunFactory standalone;

    private final RunScheduler scheduler;
    private final RunRegistry registry;
    private final RunGate gate;
    private final RunSlots slots;
    private final Limits limits;

    /** A factory without limits (tests). */
    public EngineLiveRunFactory(RunScheduler scheduler, RunRegistry registry) {
        this(scheduler, registry, new RunGate(RunLimits.NONE, registry), RunSlots.unlimited(), Limits.DEFAULTS);
    }

    @Autowired
    public EngineLiveRunFactory(RunScheduler scheduler, RunRegistry registry, RunGate gate, RunSlots slots, Limits limits) {
        this.scheduler = scheduler;
        this.registry = registry;
        this.gate = gate;
        this.slots = slots;
        this.limits = limits;
    }

    /** A factory outside Spring (browserless tests): one pool per JVM. */
    public static synchronized EngineLiveRunFactory standalone() {
        if (standalone == null) {
            standalone = new EngineLiveRunFactory(RunScheduler.forCores(), new RunRegistry());
        }
        return standalone;
    }

    /** Replaces the factory of pages made outside Spring (tests; null: back to the default). */
    public static synchronized void useStandalone(EngineLiveRunFactory factory) {
        standalone = factory;
    }

    public RunRegistry registry() {
        return registry;
    }

    @Override
    public Limits limits() {
        return limits;
    }

    @Override
    public LiveRun create(ExperimentConfig config) {
        List<ConfigError> errors = ConfigValidator.validate(config, limits);
        if (!errors.isEmpty()) {
            return new RefusedLiveRun("this server's limits do not allow these settings: "
                    + errors.stream().map(ConfigError::toString).collect(Collectors.joining("; "))
                    + " (" + LimitNotes.describe(limits) + ")");
        }
        RunOwner owner = RunOwners.current();
        return gate.admit(owner, System.currentTimeMillis(),
                () -> new EngineLiveRun(scheduler, registry, config, owner, slots, gate.limits().maxStepsPerSecond()),
                refusal -> {
                    if (refusal.renewSession()) {
                        RunOwners.renewSession();
                    }
                    return new RefusedLiveRun(refusal.message());
                });
    }
}
