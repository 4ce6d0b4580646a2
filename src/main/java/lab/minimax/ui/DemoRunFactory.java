package lab.minimax.ui;

import lab.minimax.experiment.ExperimentConfig;
import org.springframework.stereotype.Component;

/** STAND-IN until the engine is wired: the Spring bean that gives each lab page a {@link DemoRun}. */
@Component
public class DemoRunFactory implements LabRunFactory {
    @Override
    public LabRun create(ExperimentConfig config) {
        return new DemoRun(config);
    }
}
