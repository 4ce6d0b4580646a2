package lab.minimax.live;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.training.RunAdmission;
import lab.minimax.training.RunGate;
import lab.minimax.training.RunLimits;
import lab.minimax.training.RunOwner;
import lab.minimax.training.RunRegistry;
import lab.minimax.training.RunScheduler;
import lab.minimax.training.RunSlots;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The Spring bean that gives each lab page an {@link EngineLiveRun} on the shared pool, through the
 * one {@link RunAdmission} (the operator's limits {@code minimax.limits.*}): a config over the
 * network limits, or a run over the per-session / per-client caps or past the session lifetime,
 * gets a {@link RefusedLiveRun} whose message names the limit; Play of the run queues for, or is
 * refused, a training slot.
 */
@Component
public class EngineLiveRunFactory implements LiveRunFactory {
    private static EngineLiveRunFactory standalone;

    private final RunScheduler scheduler;
    private final RunRegistry registry;
    private final RunAdmission admission;
    private final RunSlots slots;

    /** A factory without limits (tests). */
    public EngineLiveRunFactory(RunScheduler scheduler, RunRegistry registry) {
        this(scheduler, registry, new RunGate(RunLimits.NONE, registry), RunSlots.unlimited(), Limits.DEFAULTS);
    }

    @Autowired
    public EngineLiveRunFactory(RunScheduler scheduler, RunRegistry registry, RunGate gate, RunSlots slots, Limits limits) {
        this.scheduler = scheduler;
        this.registry = registry;
        this.admission = new RunAdmission(limits, gate);
        this.slots = slots;
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
        return admission.limits();
    }

    @Override
    public LiveRun create(ExperimentConfig config) {
        RunOwner owner = RunOwners.current();
        return admission.admit(config, owner, System.currentTimeMillis(),
                () -> new EngineLiveRun(scheduler, registry, config, owner, slots,
                        admission.gate().limits().maxStepsPerSecond()),
                refusal -> {
                    if (refusal.renewSession()) {
                        RunOwners.renewSession();
                    }
                    return new RefusedLiveRun(refusal.message());
                });
    }
}
