package lab.minimax.training;

import java.time.Duration;
import java.util.Objects;

/**
 * The operator's limits on the life of runs (set from {@code minimax.limits.*}; no Spring here).
 * A count or duration of 0 means "no limit".
 *
 * @param maxTrainingRuns      training slots: runs that may train (Play) at the same time
 * @param overflow             what a Play over {@code maxTrainingRuns} does: queue or refuse
 * @param maxRunsPerSession    live runs (lab tabs) per HTTP session
 * @param maxRunsPerClient     live runs per client address
 * @param maxSessionsPerClient HTTP sessions per client address
 * @param maxStepsPerSecond    cap on one run's training rate (0: only the page's speed setting caps it)
 * @param idleTimeout          a run without a user command for this long is stopped
 * @param maxSessionLifetime   runs of an HTTP session older than this are stopped and the session renewed
 * @param maxRunsPerBrowser    live runs per browser ({@link BrowserId}: all its sessions and tabs together)
 */
public record RunLimits(int maxTrainingRuns, Overflow overflow, int maxRunsPerSession, int maxRunsPerClient,
                        int maxSessionsPerClient, double maxStepsPerSecond, Duration idleTimeout,
                        Duration maxSessionLifetime, int maxRunsPerBrowser) {

    /** No limit at all (browserless tests, the standalone page). */
    public static final RunLimits NONE = new RunLimits(0, Overflow.QUEUE, 0, 0, 0, 0, Duration.ZERO, Duration.ZERO, 0);

    /** Limits without a per-browser cap. */
    public RunLimits(int maxTrainingRuns, Overflow overflow, int maxRunsPerSession, int maxRunsPerClient,
                     int maxSessionsPerClient, double maxStepsPerSecond, Duration idleTimeout, Duration maxSessionLifetime) {
        this(maxTrainingRuns, overflow, maxRunsPerSession, maxRunsPerClient, maxSessionsPerClient, maxStepsPerSecond,
                idleTimeout, maxSessionLifetime, 0);
    }

    /** @throws IllegalArgumentException naming the property when a value is negative or not a number */
    public RunLimits {
        Objects.requireNonNull(overflow, "overflow");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(maxSessionLifetime, "maxSessionLifetime");
        nonNegative("max-training-runs", maxTrainingRuns);
        nonNegative("max-runs-per-session", maxRunsPerSession);
        nonNegative("max-runs-per-client", maxRunsPerClient);
        nonNegative("max-sessions-per-client", maxSessionsPerClient);
        nonNegative("max-runs-per-browser", maxRunsPerBrowser);
        if (!(maxStepsPerSecond >= 0) || Double.isInfinite(maxStepsPerSecond)) {
            throw new IllegalArgumentException("minimax.limits.max-steps-per-second must be a number >= 0 (0: no cap), got "
                    + maxStepsPerSecond);
        }
        if (idleTimeout.isNegative() || maxSessionLifetime.isNegative()) {
            throw new IllegalArgumentException("minimax.limits.idle-timeout and max-session-lifetime must not be negative");
        }
    }

    private static void nonNegative(String name, int v) {
        if (v < 0) {
            throw new IllegalArgumentException("minimax.limits." + name + " must be >= 0 (0: no limit), got " + v);
        }
    }

    /** A duration as people read it: "15 min", "4 h", "90 s". */
    public static String describe(Duration d) {
        long s = d.toSeconds();
        if (s >= 3600 && s % 3600 == 0) {
            return s / 3600 + " h";
        }
        if (s >= 60 && s % 60 == 0) {
            return s / 60 + " min";
        }
        if (s >= 1) {
            return s + " s";
        }
        return d.toMillis() + " ms";
    }
}
