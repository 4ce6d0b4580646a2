package lab.minimax.training;

/** A registry entry without an engine: an owner, an activity time, and the reason it was stopped with. */
public final class FakeRun implements ManagedRun {
    private final RunOwner owner;
    private final long startedAtMillis;
    public volatile long lastActivityMillis;
    public volatile String stoppedWith;

    public FakeRun(RunOwner owner, long nowMillis) {
        this.owner = owner;
        this.startedAtMillis = nowMillis;
        this.lastActivityMillis = nowMillis;
    }

    @Override
    public RunInfo info(String token) {
        return new RunInfo(token, owner.sessionId(), owner.clientAddress(), "fake",
                stoppedWith == null ? RunState.PAUSED : RunState.STOPPED, stoppedWith == null ? "" : stoppedWith,
                0, 0, startedAtMillis, lastActivityMillis, 0);
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
