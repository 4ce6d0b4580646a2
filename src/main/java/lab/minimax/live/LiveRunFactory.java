package lab.minimax.live;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;

/** Makes the run behind a lab page for a configuration. */
@FunctionalInterface
public interface LiveRunFactory {
    LiveRun create(ExperimentConfig config);

    /**
     * A run the server keeps (checkpoints that resume it after a reload, a restart or on another
     * instance; its {@link LiveRun#durableId()} goes into the page's link) when it has a store;
     * else the same as {@link #create}.
     */
    default LiveRun createDurable(ExperimentConfig config) {
        return create(config);
    }

    /**
     * Resumes the durable run {@code runId} (a valid {@code lab.minimax.durable.RunId}) for the
     * current browser from its newest state, paused; or says why a fresh run starts instead.
     */
    default Resumption resume(String runId) {
        return Resumption.fresh("");
    }

    /** The server's limits on a configuration (links are read under them). */
    default Limits limits() {
        return Limits.DEFAULTS;
    }
}
