package lab.minimax.live;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import lab.minimax.durable.Checkpointing;
import lab.minimax.durable.RunCheckpoint;
import lab.minimax.durable.RunCheckpointCodec;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.experiment.config.ParseResult;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import lab.minimax.gan.checkpoint.CheckpointRefusedException;
import lab.minimax.gan.checkpoint.TrainerCheckpoint;
import lab.minimax.grading.RunLog;

/**
 * Reads a durable run's newest state back for a page: finds it ({@link Checkpointing#find}),
 * checks the owner, decodes and checks every byte ({@link RunCheckpointCodec}, then the config under
 * the server's limits, then {@link TrainerCheckpoint} into a fresh trainer of that config). Nothing
 * in a checkpoint is executed: it is data, parsed into a trainer this build constructs itself. Any
 * refusal is a sentence naming the problem; the page then starts a fresh run of its link's config.
 */
final class CheckpointReader {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** A state ready to continue, or the reason there is none ({@code restored} null). */
    record Read(RestoredRun restored, ExperimentConfig config, String message) {
    }

    private final Checkpointing checkpointing;
    private final Limits limits;

    CheckpointReader(Checkpointing checkpointing, Limits limits) {
        this.checkpointing = checkpointing;
        this.limits = limits;
    }

    Read read(String runId, String browserId, Instant now) {
        Optional<Checkpointing.Found> found;
        try {
            found = checkpointing.find(runId, browserId);
        } catch (RuntimeException e) {
            return refused("The run store cannot be read now (" + e.getClass().getSimpleName()
                    + "), so this run could not be resumed: a fresh run of the link's config");
        }
        if (found.isEmpty()) {
            return refused(""); // never trained, or removed after minimax.checkpoint.ttl: nothing to say
        }
        Checkpointing.Found f = found.get();
        if (!f.browserId().equals(browserId)) {
            return refused("This link's run belongs to another browser: here is a fresh run of its config");
        }
        RunCheckpoint c;
        try {
            c = RunCheckpointCodec.read(f.state());
        } catch (CheckpointRefusedException e) {
            return refused("The run's checkpoint was refused (" + e.getMessage() + "): a fresh run of the link's config");
        }
        ParseResult p = ConfigJson.parse(c.configJson(), limits);
        if (!p.errors().isEmpty()) {
            return refused("The run's checkpoint holds a config this server refuses (" + p.errors().get(0).toString()
                    + "): a fresh run of the link's config");
        }
        ExperimentConfig config = p.config();
        Trainer t;
        try {
            t = TrainerFactory.create(config);
            TrainerCheckpoint.restore(t, config, c.trainer(), limits);
        } catch (CheckpointRefusedException e) {
            return refused("The run's checkpoint was refused (" + e.getMessage() + "): a fresh run of the link's config");
        } catch (RuntimeException e) {
            return refused("The run's checkpoint could not be restored (" + e.getMessage()
                    + "): a fresh run of the link's config");
        }
        if (t.generatorSteps() != c.generatorSteps()) {
            return refused("The run's checkpoint was refused (its header says step " + c.generatorSteps()
                    + ", its trainer step " + t.generatorSteps() + "): a fresh run of the link's config");
        }
        return new Read(new RestoredRun(t, c.metrics(), c.stepsPerFrame(), log(c)), config, resumedMessage(c.generatorSteps(),
                f.takenAt(), now));
    }

    /**
     * The checkpoint's replay log; one marked not submittable when it has none (a checkpoint of
     * the format before submissions) or its log does not read.
     */
    static RunLog log(RunCheckpoint c) {
        if (c.log().isEmpty()) {
            return RunLog.notSubmittable(c.configJson(), RunLog.NO_LOG);
        }
        try {
            return RunLog.fromJson(c.log());
        } catch (IllegalArgumentException e) {
            return RunLog.notSubmittable(c.configJson(), "not submittable: the checkpoint's log was refused (" + e.getMessage() + ")");
        }
    }

    /** "Resumed at step 4,210 from 18:02:11 UTC" (with the date when it was not today). */
    static String resumedMessage(long step, Instant takenAt, Instant now) {
        boolean today = takenAt.atOffset(ZoneOffset.UTC).toLocalDate().equals(now.atOffset(ZoneOffset.UTC).toLocalDate());
        return String.format(java.util.Locale.ROOT, "Resumed at step %,d from %s UTC: press Play to continue the same run",
                step, (today ? TIME : DAY_TIME).format(takenAt));
    }

    private static Read refused(String message) {
        return new Read(null, null, message);
    }
}
