package lab.minimax.live;

import lab.minimax.training.RunState;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.live.frame.LabSnapshot;

/**
 * The stand-in for a run the server would not create (a limit of {@code minimax.limits.*}, a
 * configuration over the server's network limits): it trains nothing and its one snapshot carries
 * the message for the page's status line. Play on the page asks the factory again.
 */
final class RefusedLiveRun implements LiveRun {
    private final LabSnapshot snapshot;

    RefusedLiveRun(String message) {
        this.snapshot = new LabSnapshot(0, 0, 0, RunState.REFUSED, message, null, null);
    }

    @Override
    public void play() {
    }

    @Override
    public void pause() {
    }

    @Override
    public void stepD() {
    }

    @Override
    public void stepG() {
    }

    @Override
    public void step() {
    }

    @Override
    public void reset() {
    }

    @Override
    public void updateLive(ExperimentConfig config) {
    }

    @Override
    public void setStepsPerFrame(int steps) {
    }

    @Override
    public LabSnapshot latest() {
        return snapshot;
    }

    @Override
    public float[] metricsAfter(long afterStep) {
        return new float[0];
    }

    @Override
    public void close() {
    }
}
