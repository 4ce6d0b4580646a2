package lab.minimax.live;

import java.util.Arrays;
import lab.minimax.durable.RunCheckpoint;
import lab.minimax.durable.RunCheckpointCodec;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.gan.Metric;
import lab.minimax.gan.checkpoint.TrainerCheckpoint;
import lab.minimax.training.TrainingRun;

/** A lab run's checkpoint as {@link EngineLiveRun} takes it. */
final class RunCapture {
    private RunCapture() {
    }

    /**
     * The run's complete state now: the trainer's checkpoint (under the run's lock), the config with
     * its live settings, the speed, the state and the newest {@link RunCheckpointCodec#MAX_METRIC_ROWS}
     * rows of the charts' history, and the run's replay log (read under the same lock).
     */
    static RunCheckpoint of(TrainingRun run, SnapshotMaker snapshots, int stepsPerFrame) {
        float[] history = snapshots.metricsAfter(-1);
        int max = RunCheckpointCodec.MAX_METRIC_ROWS * Metric.COLUMNS;
        float[] rows = history.length > max ? Arrays.copyOfRange(history, history.length - max, history.length) : history;
        return run.read(t -> {
            ExperimentConfig c = run.config();
            return new RunCheckpoint(ConfigJson.write(c), t.generatorSteps(), stepsPerFrame, run.state().name(), run.reason(),
                    System.currentTimeMillis(), TrainerCheckpoint.write(t, c), rows, run.logJson());
        });
    }
}
