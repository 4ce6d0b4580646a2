package lab.minimax.server;

import lab.minimax.training.RunReaper;
import lab.minimax.training.RunRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Graceful shutdown of the runs: the first thing the application does when it stops (before the
 * web server's graceful shutdown drains requests) is to stop every run with a reason, which each
 * page shows while its connection is still open, and to end the idle sweeps.
 */
public class RunShutdown implements SmartLifecycle {
    /** The reason a run stopped by a shutdown shows. */
    public static final String REASON = "the server is shutting down; reload the page in a minute";

    private static final Logger LOG = LoggerFactory.getLogger(RunShutdown.class);
    private final RunRegistry registry;
    private final RunReaper reaper;
    private volatile boolean running;

    public RunShutdown(RunRegistry registry, RunReaper reaper) {
        this.registry = registry;
        this.reaper = reaper;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        reaper.close();
        int n = registry.stopAll(REASON);
        if (n > 0) {
            LOG.info("stopped {} run(s) for shutdown", n);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before everything else (the web server's graceful shutdown phase is lower). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
