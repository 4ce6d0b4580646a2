package lab.minimax.durable;

import static lab.minimax.durable.CheckpointWriterTest.WAIT;
import static lab.minimax.durable.CheckpointWriterTest.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import lab.minimax.gan.checkpoint.CheckpointRefusedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Checkpointing}: a {@link Checkpointing.Tracker} checkpoints after training only once the
 * interval passed, never a run that has not trained (but a reset to step 0 after a checkpoint),
 * and nothing after its release; {@code find} stops a live run of the same browser before taking
 * its state, leaves another browser's run alone, and otherwise finds the checkpoint waiting for
 * the writer, else the store's newest (recording the opening), else nothing.
 */
class CheckpointingTest {
    private final MemoryCheckpointStore memory = new MemoryCheckpointStore();
    /** The {@code opened} calls the store was told of. */
    private final List<String> opened = Collections.synchronizedList(new ArrayList<>());
    private final CheckpointStore store = new CheckpointStore() {
        @Override
        public void save(CheckpointJob job, int keep) {
            memory.save(job, keep);
        }

        @Override
        public Optional<StoredCheckpoint> latest(String runId) {
            return memory.latest(runId);
        }

        @Override
        public void opened(String runId, Instant at) {
            memory.opened(runId, at);
            opened.add(runId);
        }

        @Override
        public int removeNotOpenedSince(Instant cutoff) {
            return memory.removeNotOpenedSince(cutoff);
        }
    };
    private final CheckpointWriter writer = new CheckpointWriter(store, 8, 3);
    /** The step the fake run is at; captures count themselves, the n-th taken at {@code T0 + n} s. */
    private final AtomicLong step = new AtomicLong();
    private final AtomicInteger captures = new AtomicInteger();
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    private static final long T0 = 1_700_000_000_000L;

    private RunCheckpoint capture() {
        int n = captures.incrementAndGet();
        events.add("capture");
        long s = step.get();
        return new RunCheckpoint("{\"seed\":3}", s, 4, "RUNNING", "", T0 + 1000L * n,
                new byte[] {(byte) s, 1, 2}, new float[0]);
    }

    private Checkpointing.Tracker track(Checkpointing c, String runId, String browserId) {
        return c.track(runId, browserId, "{\"seed\":3}", this::capture, () -> events.add("stop"));
    }

    private long storedStep(String runId) {
        return memory.latest(runId).orElseThrow().step();
    }

    @Test
    void trainedWaitsForTheInterval() throws InterruptedException {
        Checkpointing c = new Checkpointing(store, writer, Duration.ofHours(1));
        Checkpointing.Tracker t = track(c, "run", "b1");
        step.set(50);
        t.trained();
        t.trained();
        assertTrue(writer.flush(WAIT));
        assertEquals(0, captures.get(), "no capture before the interval passed");
        assertEquals(0, memory.saves.get());
        t.now();
        assertTrue(writer.flush(WAIT));
        assertEquals(50, storedStep("run"), "now() does not wait for the interval");
    }

    @Test
    void trainedWithAZeroIntervalCheckpointsEachTime() throws InterruptedException {
        Checkpointing c = new Checkpointing(store, writer, Duration.ZERO);
        Checkpointing.Tracker t = track(c, "run", "b1");
        step.set(3);
        t.trained();
        assertTrue(writer.flush(WAIT));
        assertEquals(3, storedStep("run"));
        step.set(6);
        t.trained();
        assertTrue(writer.flush(WAIT));
        assertEquals(6, storedStep("run"));
        assertEquals(2, memory.saves.get());
    }

    @Test
    void aRunThatNeverTrainedIsNotWrittenButAResetIs() throws InterruptedException {
        Checkpointing c = new Checkpointing(store, writer, Duration.ZERO);
        Checkpointing.Tracker t = track(c, "run", "b1");
        t.now();
        t.trained();
        assertTrue(writer.flush(WAIT));
        assertEquals(0, memory.saves.get(), "a run at step 0 that never checkpointed writes no row");
        step.set(12);
        t.now();
        assertTrue(writer.flush(WAIT));
        assertEquals(12, storedStep("run"));
        step.set(0); // the run was reset (and is captured later than step 12)
        t.now();
        assertTrue(writer.flush(WAIT));
        assertEquals(2, memory.saves.get());
        assertEquals(0, storedStep("run"), "after a checkpoint, step 0 is a reset and is written");
    }

    @Test
    void releaseWritesALastCheckpointAndThenNothing() throws InterruptedException {
        Checkpointing c = new Checkpointing(store, writer, Duration.ZERO);
        Checkpointing.Tracker t = track(c, "run", "b1");
        track(c, "other", "b1");
        assertEquals(2, c.liveRuns());
        step.set(8);
        t.release();
        assertEquals(1, c.liveRuns(), "the released run is no longer live");
        assertTrue(writer.flush(WAIT));
        assertEquals(8, storedStep("run"));
        int before = captures.get();
        step.set(9);
        t.now();
        t.trained();
        t.release();
        assertTrue(writer.flush(WAIT));
        assertEquals(before, captures.get(), "a released run is not captured again");
        assertEquals(1, memory.saves.get());
        assertEquals(1, c.liveRuns());
    }

    @Test
    void findStopsALiveRunOfTheSameBrowserBeforeTakingItsState() throws CheckpointRefusedException {
        Checkpointing c = new Checkpointing(store, writer, Duration.ofHours(1));
        track(c, "run", "b1");
        step.set(77);
        memory.down.set(true); // a live run needs no store: reading it would throw
        Checkpointing.Found f = c.find("run", "b1").orElseThrow();
        assertEquals(List.of("stop", "capture"), events, "stopped first, so no step is trained after the capture");
        assertEquals("b1", f.browserId());
        RunCheckpoint got = RunCheckpointCodec.read(f.state());
        assertEquals(77, got.generatorSteps());
        assertEquals("{\"seed\":3}", got.configJson());
        assertArrayEquals(new byte[] {77, 1, 2}, got.trainer());
        assertEquals(Instant.ofEpochMilli(T0 + 1000), f.takenAt(), "the time of the (first) capture");
        assertEquals(List.of(), opened);
    }

    @Test
    void findLeavesAnotherBrowsersRunAloneAndReadsTheStore() throws Exception {
        Checkpointing c = new Checkpointing(store, writer, Duration.ofHours(1));
        Checkpointing.Tracker t = track(c, "run", "b1");
        step.set(5);
        t.now();
        assertTrue(writer.flush(WAIT));
        events.clear();
        step.set(6); // the live run trained on; the store has step 5
        Checkpointing.Found f = c.find("run", "b2").orElseThrow();
        assertEquals(List.of(), events, "another browser's page neither stops nor captures the run");
        assertEquals(1, c.liveRuns());
        assertEquals("b1", f.browserId(), "the owner is reported, for the caller to refuse");
        assertArrayEquals(memory.latest("run").orElseThrow().state(), f.state());
        assertEquals(5, RunCheckpointCodec.read(f.state()).generatorSteps(), "the stored step, not the live one");
    }

    @Test
    void findFindsTheCheckpointWaitingForTheWriter() throws CheckpointRefusedException {
        Checkpointing c = new Checkpointing(store, writer, Duration.ofHours(1));
        Checkpointing.Tracker t = track(c, "run", "b1");
        memory.down.set(true);
        step.set(21);
        t.release(); // not live any more; its last checkpoint cannot be written
        await(() -> writer.stats().failures() >= 1, WAIT, "a failed write");
        Checkpointing.Found f = c.find("run", "b1").orElseThrow(); // the store would throw
        assertEquals(21, RunCheckpointCodec.read(f.state()).generatorSteps());
        assertEquals("b1", f.browserId());
        assertEquals(Instant.ofEpochMilli(T0 + 1000), f.takenAt(), "the time of the (only) capture");
    }

    @Test
    void findFindsTheStoresNewestAndRecordsTheOpening() throws Exception {
        Checkpointing c = new Checkpointing(store, writer, Duration.ZERO);
        Checkpointing.Tracker t = track(c, "run", "b1");
        step.set(4);
        t.now();
        assertTrue(writer.flush(WAIT));
        step.set(9);
        t.release();
        assertTrue(writer.flush(WAIT));
        assertEquals(List.of(), opened);
        Checkpointing.Found f = c.find("run", "b1").orElseThrow();
        assertEquals(9, RunCheckpointCodec.read(f.state()).generatorSteps(), "the newest of the run's checkpoints");
        assertEquals("b1", f.browserId());
        assertEquals(Instant.ofEpochMilli(T0 + 2000), f.takenAt(), "the time of the second capture");
        assertEquals(List.of("run"), opened, "the opening is recorded (the TTL counts from it)");
    }

    @Test
    void findOfAnUnknownRunIsEmpty() {
        Checkpointing c = new Checkpointing(store, writer, Duration.ZERO);
        track(c, "run", "b1");
        assertTrue(c.find("unknown", "b1").isEmpty());
        assertEquals(List.of(), events);
        assertEquals(List.of(), opened, "nothing found, nothing opened");
    }
}
