package lab.minimax.live;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;

/** Makes the run behind a lab page for a configuration. */
@FunctionalInterface
public interface LiveRunFactory {
    LiveRun create(ExperimentConfig config);

    /** The server's limits on a configuration (links are read under them). */
    default Limits limits() {
        return Limits.DEFAULTS;
    }
}
