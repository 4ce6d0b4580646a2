package lab.minimax.admin;

import lab.minimax.training.ManagedRun;
import lab.minimax.training.RunInfo;
import lab.minimax.training.RunState;

/** A run that only describes itself and remembers why it was stopped (tests). */
public final class FakeRun implements ManagedRun {
    final String summary;
    final RunState state;
    final double stepsPerSecond;
    final long startedAt;
    final long lastActivity;
    final int queuePosition;
    volatile String stoppedWith;

    public FakeRun(String summary, RunState state, double stepsPerSecond, long startedAt, long lastActivity,
                   int queuePosition) {
        this.summary = summary;
        this.state = state;
        this.stepsPerSecond = stepsPerSecond;
        this.startedAt = startedAt;
        this.lastActivity = lastActivity;
        this.queuePosition = queuePosition;
    }

    @Override
    public RunInfo info(String token) {
        return new RunInfo(token, "session-" + summary, "203.0.113.7", summary, state, "", 1234, stepsPerSecond,
                startedAt, lastActivity, queuePosition);
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
