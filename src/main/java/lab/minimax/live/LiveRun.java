package lab.minimax.live;

import lab.minimax.gan.Metric;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.live.frame.LabSnapshot;

/**
 * What the lab page needs from one training run (one per browser tab). The page calls the
 * transport methods from the UI thread and samples {@link #latest()} at its own frame rate, so
 * training never waits for drawing. {@link EngineLiveRun} is the implementation on the engine.
 */
public interface LiveRun extends AutoCloseable {
    /** Trains continuously until paused. */
    void play();

    void pause();

    /** One discriminator update (D count + 1, step N unchanged). */
    void stepD();

    /** One generator update (step N + 1). */
    void stepG();

    /** One full step: k discriminator updates, then one generator update. */
    void step();

    /** Back to step 0 with the same seed (the first frame is the same as before). */
    void reset();

    /**
     * Applies the settings that may change while training (learning rates, k, the generator loss
     * variant) without a reset; every other field of {@code config} must equal the run's.
     */
    void updateLive(ExperimentConfig config);

    /** Speed: training steps per drawn frame (1–1000). */
    void setStepsPerFrame(int steps);

    /** The newest snapshot; never null. */
    LabSnapshot latest();

    /**
     * Metrics rows with step &gt; {@code afterStep}, row-major ({@link Metric#COLUMNS} floats per
     * row: step, then one value per {@link Metric}); empty when there are none.
     */
    float[] metricsAfter(long afterStep);

    /**
     * Asks to be told, on the run's own thread, whenever a new snapshot is ready, so the page can
     * send it at once instead of at its next tick (null: nobody). The listener must be quick.
     */
    default void setSnapshotListener(Runnable listener) {
    }

    /**
     * The run's id in the store when it is durable (its checkpoints resume it after a reload or a
     * restart, see {@link lab.minimax.durable.Checkpointing}); null when it is not.
     */
    default String durableId() {
        return null;
    }

    /**
     * Why this durable run's checkpoints are not being saved now (the store is unreachable), or
     * empty when they are, or the run is not durable. Training goes on either way.
     */
    default String storeTrouble() {
        return "";
    }

    /**
     * What the server replays to verify this run ({@link lab.minimax.grading.Grader}): the config of
     * its last reset, the log of its live changes and manual steps, its step and its trainer's
     * digest, all read at one moment; null when it cannot be submitted ({@link #notSubmittableReason}).
     */
    default lab.minimax.grading.Claim claim() {
        return null;
    }

    /** Why {@link #claim} is null (e.g. resumed from an old checkpoint, or the log is full), or empty. */
    default String notSubmittableReason() {
        return "this run cannot be submitted";
    }

    /**
     * Play and single G steps stop at {@code generatorSteps} with the run paused and the reason
     * shown (an assignment's step budget); {@code Long.MAX_VALUE}: no limit.
     */
    default void setStepLimit(long generatorSteps) {
    }

    /** Stops training and releases the run. */
    @Override
    void close();
}
