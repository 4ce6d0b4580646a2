package lab.minimax.durable;

import java.util.Objects;

/**
 * What a lab run's checkpoint holds beside the trainer: everything the page needs to resume it as
 * it was ({@link RunCheckpointCodec} writes and reads it).
 *
 * @param configJson     the run's experiment config with its live settings, as {@code ConfigJson} writes it
 * @param generatorSteps the trainer's G steps at the checkpoint
 * @param stepsPerFrame  the page's speed setting
 * @param state          the run state's name when it was taken (RUNNING, PAUSED, DIVERGED, …); a resumed run starts paused
 * @param reason         the run's reason line (e.g. why it diverged), or empty
 * @param takenAtMillis  wall-clock time of the capture (the "resumed … from 18:02:11" of the page)
 * @param trainer        the engine's {@code TrainerCheckpoint} bytes
 * @param metrics        the charts' history, row-major {@code Metric.COLUMNS} floats a row, at most
 *                       {@link RunCheckpointCodec#MAX_METRIC_ROWS} rows (the newest)
 * @param log            the run's replay log ({@code lab.minimax.grading.RunLog}'s JSON), empty when it has none
 *                       (a checkpoint of format 1, written before submissions existed)
 */
public record RunCheckpoint(String configJson, long generatorSteps, int stepsPerFrame, String state, String reason,
                            long takenAtMillis, byte[] trainer, float[] metrics, String log) {
    /** A checkpoint without a replay log. */
    public RunCheckpoint(String configJson, long generatorSteps, int stepsPerFrame, String state, String reason,
                         long takenAtMillis, byte[] trainer, float[] metrics) {
        this(configJson, generatorSteps, stepsPerFrame, state, reason, takenAtMillis, trainer, metrics, "");
    }

    public RunCheckpoint {
        log = log == null ? "" : log;
        Objects.requireNonNull(configJson);
        Objects.requireNonNull(state);
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(trainer);
        Objects.requireNonNull(metrics);
    }
}
