package lab.minimax.ui;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.session.RunRegistry;
import lab.minimax.session.RunScheduler;
import org.springframework.stereotype.Component;

/** The Spring bean that gives each lab page an {@link EngineRun} on the shared pool. */
@Component
public class EngineRunFactory implements LabRunFactory {
    private static EngineRunFactory standalone;

    private final RunScheduler scheduler;
    private final RunRegistry registry;

    public EngineRunFactory(RunScheduler scheduler, RunRegistry registry) {
        this.scheduler = scheduler;
        this.registry = registry;
    }

    /** A factory outside Spring (browserless tests): one pool per JVM. */
    static synchronized EngineRunFactory standalone() {
        if (standalone == null) {
            standalone = new EngineRunFactory(RunScheduler.forCores(), new RunRegistry());
        }
        return standalone;
    }

    public RunRegistry registry() {
        return registry;
    }

    @Override
    public EngineRun create(ExperimentConfig config) {
        return new EngineRun(scheduler, registry, config);
    }
}
