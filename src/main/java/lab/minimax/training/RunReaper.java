package lab.minimax.training;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Stops runs that outlived the operator's limits, each with its reason shown on its page: a run
 * without a user command for {@link RunLimits#idleTimeout()}, and the runs of an HTTP session
 * older than {@link RunLimits#maxSessionLifetime()}. {@link #sweep} does one pass (tests call it
 * with a chosen clock); {@link #start} sweeps periodically on a daemon thread.
 */
public final class RunReaper implements AutoCloseable {
    private final RunRegistry registry;
    private final RunGate gate;
    private final RunLimits limits;
    private ScheduledExecutorService timer;

    public RunReaper(RunRegistry registry, RunGate gate) {
        this.registry = registry;
        this.gate = gate;
        this.limits = gate.limits();
    }

    /** Stops every run over a limit at {@code nowMillis}; returns how many were stopped. */
    public int sweep(long nowMillis) {
        long idle = limits.idleTimeout().toMillis();
        long lifetime = limits.maxSessionLifetime().toMillis();
        int stopped = 0;
        List<RunInfo> runs = registry.list();
        Set<String> live = new HashSet<>();
        for (RunInfo i : runs) {
            live.add(i.sessionId());
            long born = gate.sessionStarted(i.sessionId());
            if (lifetime > 0 && born > 0 && nowMillis - born >= lifetime) {
                if (registry.stop(i.token(), "this session reached the server's session lifetime of "
                        + RunLimits.describe(limits.maxSessionLifetime())
                        + " (minimax.limits.max-session-lifetime); reload the page for a new session")) {
                    stopped++;
                }
            } else if (idle > 0 && nowMillis - i.lastActivityMillis() >= idle) {
                if (registry.stop(i.token(), "no activity for " + RunLimits.describe(limits.idleTimeout())
                        + " (minimax.limits.idle-timeout); press Play to start again")) {
                    stopped++;
                }
            }
        }
        for (String s : gate.knownSessions()) {
            if (!live.contains(s) && !(lifetime > 0 && nowMillis - gate.sessionStarted(s) >= lifetime)) {
                gate.forgetSession(s); // a session without runs is remembered again at its next run
            }
        }
        return stopped;
    }

    /** Sweeps every {@code periodMillis} on a daemon thread until {@link #close()}. */
    public synchronized RunReaper start(long periodMillis) {
        if (timer == null && (limits.idleTimeout().toMillis() > 0 || limits.maxSessionLifetime().toMillis() > 0)) {
            ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
                Thread th = new Thread(r, "minimax-run-reaper");
                th.setDaemon(true);
                return th;
            });
            t.scheduleWithFixedDelay(() -> {
                try {
                    sweep(System.currentTimeMillis());
                } catch (RuntimeException e) {
                    // one bad run must not end the sweeping
                }
            }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
            timer = t;
        }
        return this;
    }

    /** A sweep period that notices a limit within a small fraction of it: a tenth of the shortest, 50 ms to 30 s. */
    public long defaultPeriodMillis() {
        long shortest = Long.MAX_VALUE;
        for (long v : new long[]{limits.idleTimeout().toMillis(), limits.maxSessionLifetime().toMillis()}) {
            if (v > 0) {
                shortest = Math.min(shortest, v);
            }
        }
        return shortest == Long.MAX_VALUE ? 30_000 : Math.max(50, Math.min(30_000, shortest / 10));
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
