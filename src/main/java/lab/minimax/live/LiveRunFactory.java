package lab.minimax.live;

import lab.minimax.experiment.ExperimentConfig;

/** Makes the run behind a lab page for a configuration. */
@FunctionalInterface
public interface LiveRunFactory {
    LiveRun create(ExperimentConfig config);

    /** The server's limits on a configuration (links are read under them). */
    default lab.minimax.experiment.Limits limits() {
        return lab.minimax.experiment.Limits.DEFAULTS;
    }
}
