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
import lab.minimax.durable.Checkpointing;
import lab.minimax.durable.RunId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The Spring bean that gives each lab page an {@link EngineLiveRun} on the shared pool, through the
 * one {@link RunAdmission} (the operator's limits {@code minimax.limits.*}): a config over the
 * network limits, or a run over the per-session / per-client caps or past the session lifetime,
 * gets a {@link RefusedLiveRun} whose message names the limit; Play of the run queues for, or is
 * refused, a training slot. With a store ({@link Checkpointing}), the lab page's runs are durable:
 * checkpointed, and resumed by the same browser from their {@code _run} id.
 */
@Component
public class EngineLiveRunFactory implements LiveRunFactory {
    private static EngineLiveRunFactory standalone;

    private final RunScheduler scheduler;
    private final RunRegistry registry;
    private final RunAdmission admission;
    private final RunSlots slots;
    /** The store of durable runs (null: none, runs live only in this JVM). */
    private final Checkpointing checkpointing;

    /** A factory without limits (tests). */
    public EngineLiveRunFactory(RunScheduler scheduler, RunRegistry registry) {
        this(scheduler, registry, new RunGate(RunLimits.NONE, registry), RunSlots.unlimited(), Limits.DEFAULTS);
    }

    public EngineLiveRunFactory(RunScheduler scheduler, RunRegistry registry, RunGate gate, RunSlots slots, Limits limits) {
        this(scheduler, registry, gate, slots, limits, (Checkpointing) null);
    }

    @Autowired
    public EngineLiveRunFactory(RunScheduler scheduler, RunRegistry registry, RunGate gate, RunSlots slots, Limits limits,
                                ObjectProvider<Checkpointing> checkpointing) {
        this(scheduler, registry, gate, slots, limits, checkpointing.getIfAvailable());
    }

    /** @param checkpointing the store of durable runs (null: none) */
    public EngineLiveRunFactory(RunScheduler scheduler, RunRegistry registry, RunGate gate, RunSlots slots, Limits limits,
                                Checkpointing checkpointing) {
        this.scheduler = scheduler;
        this.registry = registry;
        this.admission = new RunAdmission(limits, gate);
        this.slots = slots;
        this.checkpointing = checkpointing;
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
        return admit(config, owner, () -> new EngineLiveRun(scheduler, registry, config, owner, slots,
                admission.gate().limits().maxStepsPerSecond()));
    }

    @Override
    public LiveRun createDurable(ExperimentConfig config) {
        RunOwner owner = RunOwners.current();
        Durability d = checkpointing == null || owner.browserId().isEmpty() ? null : new Durability(checkpointing, RunId.fresh());
        return admit(config, owner, () -> new EngineLiveRun(scheduler, registry, config, owner, slots,
                admission.gate().limits().maxStepsPerSecond(), d, null));
    }

    @Override
    public Resumption resume(String runId) {
        RunOwner owner = RunOwners.current();
        if (checkpointing == null || owner.browserId().isEmpty() || !RunId.valid(runId)) {
            return Resumption.fresh("");
        }
        CheckpointReader.Read read = new CheckpointReader(checkpointing, limits()).read(runId, owner.browserId(), Instant.now());
        if (read.restored() == null) {
            return Resumption.fresh(read.message());
        }
        ExperimentConfig config = read.config();
        LiveRun run = admit(config, owner, () -> new EngineLiveRun(scheduler, registry, config, owner, slots,
                admission.gate().limits().maxStepsPerSecond(), new Durability(checkpointing, runId), read.restored()));
        return run instanceof RefusedLiveRun refused
                ? new Resumption(run, config, refused.latest().reason(), read.restored().stepsPerFrame())
                : new Resumption(run, config, read.message(), read.restored().stepsPerFrame());
    }

    private LiveRun admit(ExperimentConfig config, RunOwner owner, Supplier<EngineLiveRun> make) {
        return admission.admit(config, owner, System.currentTimeMillis(), make::get,
                refusal -> {
                    if (refusal.renewSession()) {
                        RunOwners.renewSession();
                    }
                    return new RefusedLiveRun(refusal.message());
                });
    }
}
