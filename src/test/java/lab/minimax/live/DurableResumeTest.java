package lab.minimax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lab.minimax.bench.HashWorkloads;
import lab.minimax.durable.CheckpointWriter;
import lab.minimax.durable.Checkpointing;
import lab.minimax.durable.RunCheckpoint;
import lab.minimax.experiment.Defaults;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.gan.Metric;
import lab.minimax.live.frame.LabSnapshot;
import lab.minimax.training.RunState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A durable run trained S steps and closed (its page went: the last checkpoint) resumes for the
 * browser that owns it, through the factory and the store: paused at step S with S·k D steps, its
 * config, its speed and its charts' history, under the same run id, and the page says "Resumed at
 * step S from HH:MM:SS UTC" with the checkpoint's time. k more steps give exactly the bits of S + k
 * uninterrupted steps of a plain trainer of the same config and seed (every G and D parameter, the
 * optimizer state and the RNG), for the default GAN, WGAN-GP (k = 5, gradient penalty) and a 1D
 * target; a resumed run is itself durable (closed and resumed again, it still continues the bits);
 * and a checkpoint taken while the run plays (on the training thread) resumes on another instance
 * after the first died, continuing the bits from its step.
 */
class DurableResumeTest extends DurableFixture {
    static final int S = 37;
    static final int K = 25;
    private static final Pattern RESUMED = Pattern.compile(
            "^Resumed at step (\\d+) from (\\d{4}-\\d{2}-\\d{2} )?(\\d{2}:\\d{2}:\\d{2}) UTC\\b");

    static Stream<Arguments> configs() {
        return Stream.of(
                arguments("default GAN (ring8)", Defaults.CONFIG),
                arguments("WGAN-GP (grid25, k = 5)", HashWorkloads.BITS.get("wgan-gp-grid25")),
                arguments("1D mixture (KL)", HashWorkloads.BITS.get("kl-mixture-1d")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void resumesPausedAtItsStepAndContinuesBitIdentically(String name, ExperimentConfig c) throws Exception {
        EngineLiveRun run = durableRun(c);
        String id = run.durableId();
        steps(run, S);
        run.setStepsPerFrame(20); // a setting the page had changed before it went
        float[] history = run.metricsAfter(-1);
        run.close(); // the page went: its last checkpoint
        flush();
        assertEquals(S, store.steps(id).get(0), "the newest checkpoint is at the step the run stopped");
        RunCheckpoint stored = newest(id);

        Resumption r = factory.resume(id);
        EngineLiveRun again = resumed(r);
        assertResumedMessage(r.message(), S, stored.takenAtMillis());
        assertEquals(id, again.durableId(), "the same run id (the page's link keeps its _run)");
        assertEquals(c, r.config(), "the run's config read back");
        assertEquals(20, r.stepsPerFrame(), "the speed the run had");
        assertEquals(20, again.capture().stepsPerFrame(), "the resumed run trains at that speed");
        LabSnapshot s = again.latest();
        assertEquals(S, s.gSteps());
        assertEquals((long) S * c.dSteps(), s.dSteps(), "k D updates per full step");
        assertEquals(RunState.PAUSED, s.state(), "a resumed run waits for Play");
        assertHistoryKept(history, again.metricsAfter(-1));

        steps(again, K);
        assertSameTrainer(uninterrupted(c, S + K), c, again);
    }

    @Test
    void aResumedRunIsDurableItselfAndResumesAgain() throws Exception {
        ExperimentConfig c = Defaults.CONFIG;
        EngineLiveRun first = durableRun(c);
        String id = first.durableId();
        steps(first, S);
        first.close();
        flush();
        EngineLiveRun second = resumed(factory.resume(id));
        steps(second, K);
        second.pause(); // a pause checkpoints (the run is not closed: its tracker is still live)
        flush();
        assertEquals(S + K, store.steps(id).get(0), "the resumed run's checkpoints go to the same run");
        second.close();
        flush();

        Resumption r = factory.resume(id);
        EngineLiveRun third = resumed(r);
        assertResumedMessage(r.message(), S + K, newest(id).takenAtMillis());
        assertEquals(S + K, third.latest().gSteps());
        float[] rows = third.metricsAfter(-1);
        assertEquals(S + K, (long) rows[rows.length - Metric.COLUMNS], "the history runs to the last step");
        assertEquals(0, (long) rows[0], "… from step 0 of the first run");
        steps(third, K);
        assertSameTrainer(uninterrupted(c, S + 2L * K), c, third);
    }

    @Test
    void aCheckpointTakenWhilePlayingResumesOnAnotherInstanceAfterACrash() throws Exception {
        ExperimentConfig c = Defaults.CONFIG;
        Checkpointing often = new Checkpointing(store, writer, Duration.ZERO); // one after every slice
        LiveRun run = factory(Limits.DEFAULTS, often).createDurable(c);
        String id = run.durableId();
        run.play();
        await(() -> !store.steps(id).isEmpty() && store.steps(id).get(0) >= 20, "checkpoints while it trains");
        writer.close(); // this instance dies: nothing more reaches the store
        run.close(); // (its last checkpoint goes nowhere now)
        try (CheckpointWriter otherWriter = new CheckpointWriter(store, 16, 3)) {
            Checkpointing other = new Checkpointing(store, otherWriter, Duration.ofHours(1));
            Resumption r = factory(Limits.DEFAULTS, other).resume(id);
            EngineLiveRun again = resumed(r);
            long at = newest(id).generatorSteps();
            assertTrue(at >= 20, "the newest stored checkpoint: step " + at);
            assertResumedMessage(r.message(), at, newest(id).takenAtMillis());
            assertEquals(at, again.latest().gSteps(), "the stored checkpoint's step");
            steps(again, K);
            assertSameTrainer(uninterrupted(c, at + K), c, again);
            again.close();
        }
    }

    @Test
    void aSpeedChangedAfterTheLastStepIsTheOneRestored() throws Exception {
        EngineLiveRun run = durableRun(Defaults.CONFIG);
        String id = run.durableId();
        steps(run, 3);
        run.setStepsPerFrame(50);
        run.setStepsPerFrame(2); // the last setting wins; no step between them
        run.close();
        flush();
        Resumption r = factory.resume(id);
        EngineLiveRun again = resumed(r);
        assertEquals(2, r.stepsPerFrame());
        assertEquals(2, again.capture().stepsPerFrame());
        assertEquals(3, again.latest().gSteps());
    }

    /**
     * "Resumed at step {@code step} from HH:MM:SS UTC" (the date too when the checkpoint is not of
     * today), the time being the checkpoint's own.
     */
    static void assertResumedMessage(String message, long step, long takenAtMillis) {
        Matcher m = RESUMED.matcher(message);
        assertTrue(m.find(), "resumed message: " + message);
        assertEquals(step, Long.parseLong(m.group(1)), message);
        Instant at = Instant.ofEpochMilli(takenAtMillis);
        assertEquals(DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC).format(at), m.group(3),
                "the checkpoint's time: " + message);
        if (m.group(2) != null) {
            assertEquals(DateTimeFormatter.ofPattern("yyyy-MM-dd ").withZone(ZoneOffset.UTC).format(at), m.group(2), message);
        }
    }

    /**
     * The charts' history of the resumed run is the original's: a row for step 0 (its heavy pass)
     * and one for each of the S steps (each step draws a frame), the rows before S bit for bit; the
     * row at S is made again by the resumed run's first frame (with a heavy pass), so its step and
     * the light metrics of the last step (the losses and gradient norms) are the original's.
     */
    static void assertHistoryKept(float[] before, float[] after) {
        int n = Metric.COLUMNS;
        assertEquals((S + 1) * n, before.length, "the original charted step 0 and each step");
        assertEquals(before.length, after.length, "the resumed run has the same rows");
        for (int row = 0; row <= S; row++) {
            assertEquals(row, (long) after[row * n], "row " + row + "'s step");
        }
        for (int i = 0; i < S * n; i++) {
            assertEquals(Float.floatToRawIntBits(before[i]), Float.floatToRawIntBits(after[i]),
                    "history value " + i % n + " of row " + i / n);
        }
        for (Metric m : Metric.values()) {
            if (m.light() && m != Metric.F_BOUND) { // F_BOUND is the evaluation's bound on a heavy row
                int i = S * n + m.column();
                assertEquals(Float.floatToRawIntBits(before[i]), Float.floatToRawIntBits(after[i]), m + " at step " + S);
            }
        }
    }
}
