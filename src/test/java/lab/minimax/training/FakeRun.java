package lab.minimax.training;

/**
 * A registry entry without an engine (tests): it describes itself and remembers the reason it was
 * stopped with. Either an owner's run whose state follows its stop, or a run of a fixed summary
 * and state (the admin view, the meters).
 */
public final class FakeRun implements ManagedRun {
    private final String sessionId;
    private final String clientAddress;
    private final String browserId;
    private final String summary;
    /** The fixed state, or null: paused until stopped. */
    private final RunState state;
    private final long gSteps;
    private final double stepsPerSecond;
    private final long startedAtMillis;
    private final int queuePosition;
    public volatile long lastActivityMillis;
    public volatile String stoppedWith;

    /** An owner's run, started at {@code nowMillis}: paused, then stopped. */
    public FakeRun(RunOwner owner, long nowMillis) {
        this(owner.sessionId(), owner.clientAddress(), owner.browserId(), "fake", null, 0, 0, nowMillis, nowMillis, 0);
    }

    /** A run of session "session-{summary}" at 203.0.113.7, at step 1234, always in {@code state}. */
    public FakeRun(String summary, RunState state, double stepsPerSecond, long startedAt, long lastActivity,
                   int queuePosition) {
        this("session-" + summary, "203.0.113.7", "", summary, state, 1234, stepsPerSecond, startedAt, lastActivity,
                queuePosition);
    }

    private FakeRun(String sessionId, String clientAddress, String browserId, String summary, RunState state,
                    long gSteps, double stepsPerSecond, long startedAtMillis, long lastActivityMillis, int queuePosition) {
        this.sessionId = sessionId;
        this.clientAddress = clientAddress;
        this.browserId = browserId;
        this.summary = summary;
        this.state = state;
        this.gSteps = gSteps;
        this.stepsPerSecond = stepsPerSecond;
        this.startedAtMillis = startedAtMillis;
        this.lastActivityMillis = lastActivityMillis;
        this.queuePosition = queuePosition;
    }

    @Override
    public RunInfo info(String token) {
        if (state != null) {
            return new RunInfo(token, sessionId, clientAddress, summary, state, "", gSteps, stepsPerSecond,
                    startedAtMillis, lastActivityMillis, queuePosition, browserId);
        }
        return new RunInfo(token, sessionId, clientAddress, summary,
                stoppedWith == null ? RunState.PAUSED : RunState.STOPPED, stoppedWith == null ? "" : stoppedWith,
                gSteps, stepsPerSecond, startedAtMillis, lastActivityMillis, queuePosition, browserId);
    }

    @Override
    public void stop(String reason) {
        stoppedWith = reason;
    }

    @Override
    public void close() {
        stop("released");
    }
}
