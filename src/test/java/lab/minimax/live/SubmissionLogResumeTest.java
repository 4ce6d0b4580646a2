package lab.minimax.live;

import static lab.minimax.gan.checkpoint.TrainerCheckpointTest.assertSameParameters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import lab.minimax.durable.FormatOneCheckpoint;
import lab.minimax.durable.RunCheckpoint;
import lab.minimax.durable.RunCheckpointCodec;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.gan.Trainer;
import lab.minimax.grading.Claim;
import lab.minimax.grading.Grader;
import lab.minimax.grading.RunLog;
import lab.minimax.grading.Rules;
import lab.minimax.grading.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The replay log survives a durable run's checkpoint: a run driven with live changes and manual
 * updates, closed and resumed through the store, goes on logging, and its claim replays to the
 * resumed trainer's bits; a checkpoint of the format before submissions resumes the run, which is
 * not submittable (with the reason) until its next reset.
 */
class SubmissionLogResumeTest extends DurableFixture {
    static final Grader GRADER = new Grader(300, 5);

    @Test
    void theLogSurvivesTheCheckpointAndTheResumedRunGoesOnLogging() throws Exception {
        ExperimentConfig c = Presets.get("mixture-1d-kl").config();
        EngineLiveRun run = durableRun(c);
        String id = run.durableId();
        steps(run, 5);
        run.stepD();
        run.updateLive(SubmissionReplayTest.lr(c, 3));
        steps(run, 4);
        Claim before = run.claim();
        run.close();
        flush();
        RunCheckpoint stored = newest(id);
        assertEquals(before.changes(), RunLog.fromJson(stored.log()).changes(), "the checkpoint holds the log");

        EngineLiveRun again = resumed(factory.resume(id));
        Claim atResume = again.claim();
        assertEquals(before, atResume, "the resumed run's claim is the one it had");
        steps(again, 3);
        again.stepG();
        again.updateLive(SubmissionReplayTest.kAndLoss(SubmissionReplayTest.lr(c, 3)));
        steps(again, 2);
        Claim claim = again.claim();
        assertEquals(List.of("step-d", "live", "step-g", "live"), claim.changes().stream().map(Claim.Change::kind).toList());
        Trainer replayed = GRADER.replay(claim);
        again.trainingRun().read(t -> {
            assertSameParameters(t, replayed);
            assertEquals(Grader.digest(t), Grader.digest(replayed));
            return null;
        });
        Verdict v = GRADER.grade(claim, new Rules(ConfigJson.write(c), Set.of("target"), 100, List.of()));
        assertEquals(Verdict.Outcome.PASSED, v.outcome(), v.reason());
    }

    @Test
    void aCheckpointOfTheFormatBeforeSubmissionsResumesNotSubmittable() throws Exception {
        ExperimentConfig c = Presets.get("ring8-gan").config();
        EngineLiveRun run = durableRun(c);
        String id = run.durableId();
        steps(run, 4);
        run.close();
        flush();
        store.replaceNewest(id, FormatOneCheckpoint.bytes(newest(id)));
        assertEquals("", RunCheckpointCodec.read(store.latest(id).orElseThrow().state()).log(), "a format-1 checkpoint");

        EngineLiveRun again = resumed(factory.resume(id));
        assertEquals(4, again.latest().gSteps(), "it resumes");
        assertNull(again.claim());
        assertEquals(RunLog.NO_LOG, again.notSubmittableReason());
        steps(again, 2);
        assertNull(again.claim(), "still not: its start is unknown");
        again.reset();
        Claim fresh = again.claim();
        assertNotNull(fresh, "a reset starts a log");
        steps(again, 3);
        Verdict v = GRADER.grade(again.claim(), new Rules(ConfigJson.write(c), Set.of(), 100, List.of()));
        assertEquals(Verdict.Outcome.PASSED, v.outcome(), v.reason());
    }
}
