package lab.minimax.ui;

import lab.minimax.experiment.ExperimentConfig;

/** Makes the run behind a lab page for a configuration. */
@FunctionalInterface
public interface LabRunFactory {
    LabRun create(ExperimentConfig config);
}
