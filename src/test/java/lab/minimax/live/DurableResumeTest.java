package lab.minimax.live;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import lab.minimax.durable.CheckpointWriter;
import lab.minimax.durable.Checkpointing;
import lab.minimax.durable.MemoryCheckpointStore;
import lab.minimax.durable.RunId;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.gan.Metric;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import lab.minimax.nn.Network;
import lab.minimax.training.RunOwner;
import lab.minimax.training.RunSlots;
import lab.minimax.training.RunState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lab run's checkpoint resumes it (issue 15): a durable run trains S steps, its page goes (the
 * release writes its last checkpoint), the same browser opens its link, and the run resumed from
 * the store is at step S, paused, with the charts' history up to S and its speed; k more steps give
 * bit for bit the parameters of an uninterrupted trainer of the same config and seed after S + k
 * steps, for the GAN, WGAN-GP and a 1D target. Another browser, a corrupt checkpoint and a store
 * that is down each give no resumed run and a message naming why; a reload of a run still live in
 * this JVM takes it over at its exact step.
 */
class DurableResumeTest extends EngineLiveRunFixture {
    private static final RunOwner OWNER = new RunOwner("session-1", "127.0.0.1", 0, "a".repeat(32));
    private static final int S = 37;
    private static final int K = 25;

    private final MemoryCheckpointStore store = new MemoryCheckpointStore();

    private EngineLiveRun durable(Checkpointing cp, String id, ExperimentConfig c, RestoredRun restored) {
        return new EngineLiveRun(scheduler, registry, c, OWNER, RunSlots.unlimited(), 0, new Durability(cp, id), restored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ring8-gan", "ring8-wgan-gp", "mixture-1d-kl"})
    void aResumedRunContinuesBitIdentically(String preset) throws Exception {
        ExperimentConfig c = Presets.get(preset).config();
        try (CheckpointWriter writer = new CheckpointWriter(store, 16, 2)) {
            Checkpointing cp = new Checkpointing(store, writer, Duration.ofHours(1));
            String id = RunId.fresh();
            EngineLiveRun first = durable(cp, id, c, null);
            first.setStepsPerFrame(20);
            for (int i = 0; i < S; i++) {
                first.step();
            }
            float[] history = first.metricsAfter(-1);
            first.close();
            assertTrue(writer.flush(Duration.ofSeconds(10)), "the last checkpoint is written");
            assertEquals(java.util.List.of((long) S), store.steps(id));

            CheckpointReader.Read read = new CheckpointReader(cp, Limits.DEFAULTS).read(id, OWNER.browserId(), Instant.now());
            assertNotNull(read.restored(), read.message());
            assertTrue(read.message().matches("Resumed at step " + S + " from \\d\\d:\\d\\d:\\d\\d UTC: press Play.*"),
                    read.message());
            assertEquals(20, read.restored().stepsPerFrame());
            try (EngineLiveRun resumed = durable(cp, id, read.config(), read.restored())) {
                assertEquals(S, resumed.latest().gSteps());
                assertEquals(RunState.PAUSED, resumed.latest().state());
                assertArrayEquals(rowsBefore(history, S), rowsBefore(resumed.metricsAfter(-1), S),
                        "the charts' history up to the checkpoint");
                for (int i = 0; i < K; i++) {
                    resumed.step();
                }
                Trainer reference = TrainerFactory.create(c);
                for (int i = 0; i < S + K; i++) {
                    reference.step();
                }
                resumed.trainingRun().read(t -> {
                    assertEquals(S + K, t.generatorSteps());
                    assertSameParameters(reference, t);
                    return null;
                });
            }
        }
    }

    @Test
    void anotherBrowserACorruptCheckpointAndADownStoreResumeNothingAndSayWhy() throws Exception {
        ExperimentConfig c = Presets.get("ring8-gan").config();
        try (CheckpointWriter writer = new CheckpointWriter(store, 16, 2)) {
            Checkpointing cp = new Checkpointing(store, writer, Duration.ofHours(1));
            CheckpointReader reader = new CheckpointReader(cp, Limits.DEFAULTS);
            String id = RunId.fresh();
            EngineLiveRun run = durable(cp, id, c, null);
            for (int i = 0; i < 5; i++) {
                run.step();
            }
            run.close();
            assertTrue(writer.flush(Duration.ofSeconds(10)));

            CheckpointReader.Read stranger = reader.read(id, "b".repeat(32), Instant.now());
            assertNull(stranger.restored());
            assertTrue(stranger.message().contains("belongs to another browser"), stranger.message());

            assertEquals("", reader.read(RunId.fresh(), OWNER.browserId(), Instant.now()).message(),
                    "an unknown run: a fresh one, nothing to say");

            byte[] good = store.latest(id).orElseThrow().state();
            byte[] flipped = good.clone();
            flipped[flipped.length / 2] ^= 0x10;
            store.replaceNewest(id, flipped);
            CheckpointReader.Read corrupt = reader.read(id, OWNER.browserId(), Instant.now());
            assertNull(corrupt.restored());
            assertTrue(corrupt.message().startsWith("The run's checkpoint was refused (") && corrupt.message().contains("CRC"),
                    corrupt.message());
            store.replaceNewest(id, Arrays.copyOf(good, 20));
            assertNull(reader.read(id, OWNER.browserId(), Instant.now()).restored(), "a truncated checkpoint");

            store.down.set(true);
            CheckpointReader.Read down = reader.read(id, OWNER.browserId(), Instant.now());
            assertNull(down.restored());
            assertTrue(down.message().startsWith("The run store cannot be read now"), down.message());
        }
    }

    @Test
    void aReloadOfALiveRunTakesItOverAtItsExactStep() throws Exception {
        ExperimentConfig c = Presets.get("ring8-gan").config();
        try (CheckpointWriter writer = new CheckpointWriter(store, 16, 2)) {
            Checkpointing cp = new Checkpointing(store, writer, Duration.ofHours(1));
            String id = RunId.fresh();
            EngineLiveRun live = durable(cp, id, c, null);
            for (int i = 0; i < 12; i++) {
                live.step();
            }
            // no release: the page reloads while the old one still holds the run
            CheckpointReader.Read read = new CheckpointReader(cp, Limits.DEFAULTS).read(id, OWNER.browserId(), Instant.now());
            assertNotNull(read.restored(), read.message());
            assertEquals(RunState.STOPPED, live.latest().state(), "the old page's run is stopped first");
            try (EngineLiveRun resumed = durable(cp, id, read.config(), read.restored())) {
                assertEquals(12, resumed.latest().gSteps());
            }
        }
    }

    /** The history rows of steps below {@code step}. */
    private static float[] rowsBefore(float[] rows, long step) {
        int n = 0;
        while (n + Metric.COLUMNS <= rows.length && rows[n] < step) {
            n += Metric.COLUMNS;
        }
        return Arrays.copyOf(rows, n);
    }

    private static void assertSameParameters(Trainer x, Trainer y) {
        Network[][] nets = {{x.generator(), y.generator()}, {x.discriminator(), y.discriminator()}};
        for (Network[] pair : nets) {
            float[][] p = pair[0].parameters();
            float[][] q = pair[1].parameters();
            assertEquals(p.length, q.length);
            for (int i = 0; i < p.length; i++) {
                for (int j = 0; j < p[i].length; j++) {
                    assertEquals(Float.floatToRawIntBits(p[i][j]), Float.floatToRawIntBits(q[i][j]),
                            "parameter " + i + "[" + j + "] after the resume");
                }
            }
        }
    }
}
