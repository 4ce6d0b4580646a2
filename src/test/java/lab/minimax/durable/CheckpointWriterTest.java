package lab.minimax.durable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * {@link CheckpointWriter} against a {@link MemoryCheckpointStore}: offered checkpoints are written;
 * while the store is down a run's checkpoints coalesce to its newest, which is written by itself
 * once the store is back (the store is then reported up again and the failures counted); a full
 * queue drops and counts; {@code waiting} finds a checkpoint not yet written; {@code keep} keeps
 * the newest per run; {@code flush} reports whether it drained; a closed writer takes nothing.
 */
class CheckpointWriterTest {
    /** Long enough for the writer's thread on a loaded 2-core host; never a performance bound. */
    static final Duration WAIT = Duration.ofSeconds(10);

    static CheckpointJob job(String runId, long step) {
        byte[] state = {(byte) step, (byte) (step >> 8), 42, 7};
        return new CheckpointJob(runId, "browser-1", "{\"cfg\":1}", step, Instant.ofEpochMilli(1_000_000 + step), state);
    }

    /** Polls {@code condition} until it holds or {@code max} passed (then fails naming {@code what}). */
    static void await(BooleanSupplier condition, Duration max, String what) {
        long end = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("not within " + max + ": " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for " + what);
            }
        }
    }

    @Test
    void writesWhatIsOffered() throws InterruptedException {
        MemoryCheckpointStore store = new MemoryCheckpointStore();
        try (CheckpointWriter w = new CheckpointWriter(store, 4, 3)) {
            CheckpointJob a = job("run-a", 10);
            CheckpointJob b = job("run-b", 20);
            assertTrue(w.offer(a));
            assertTrue(w.offer(b));
            assertTrue(w.flush(WAIT), "the writer did not drain");
            assertEquals(2, store.saves.get());
            CheckpointStore.StoredCheckpoint got = store.latest("run-a").orElseThrow();
            assertArrayEquals(a.state(), got.state());
            assertEquals(10, got.step());
            assertEquals("browser-1", got.browserId());
            assertEquals(a.takenAt(), got.writtenAt());
            assertArrayEquals(b.state(), store.latest("run-b").orElseThrow().state());
            CheckpointWriter.Stats s = w.stats();
            assertEquals(2, s.writes());
            assertEquals(0, s.failures());
            assertEquals(0, s.pending());
            assertTrue(s.storeUp());
            assertEquals("", s.lastError());
            assertEquals(4, s.lastBytes(), "the last job's state is 4 bytes");
            assertNull(w.waiting("run-a"), "nothing waits once written");
        }
    }

    @Test
    void coalescesWhileTheStoreIsDownAndCatchesUpByItself() throws InterruptedException {
        MemoryCheckpointStore store = new MemoryCheckpointStore();
        store.down.set(true);
        try (CheckpointWriter w = new CheckpointWriter(store, 4, 3)) {
            assertTrue(w.offer(job("run", 1)));
            await(() -> w.stats().failures() >= 1, WAIT, "a first failed write");
            assertFalse(w.stats().storeUp(), "a failed write reports the store down");
            assertEquals("store down (test)", w.stats().lastError());
            for (long step = 2; step <= 5; step++) {
                assertTrue(w.offer(job("run", step)), "a run's newer checkpoint replaces its waiting one");
            }
            await(() -> w.stats().pending() == 1, WAIT, "the 5 checkpoints of one run coalesced to one");
            assertEquals(5, w.waiting("run").step(), "the newest is the one that waits");
            assertEquals(0, w.stats().dropped());

            store.down.set(false);
            // retries start at FIRST_RETRY_MILLIS and double to at most MAX_RETRY_MILLIS
            Duration catchUp = Duration.ofMillis(CheckpointWriter.MAX_RETRY_MILLIS).plus(WAIT);
            await(() -> store.latest("run").isPresent(), catchUp, "the checkpoint written once the store is back");
            assertTrue(w.flush(WAIT));
            assertEquals(List.of(5L), store.steps("run"), "only the newest step is written");
            assertEquals(1, store.saves.get());
            CheckpointWriter.Stats s = w.stats();
            assertTrue(s.storeUp(), "a successful write reports the store up again");
            assertTrue(s.failures() > 0);
            assertEquals(1, s.writes());
            assertEquals("", s.lastError());
            assertEquals(0, s.pending());
        }
    }

    @Test
    void aFullQueueDropsAndCounts() {
        MemoryCheckpointStore store = new MemoryCheckpointStore();
        store.down.set(true);
        try (CheckpointWriter w = new CheckpointWriter(store, 2, 3)) {
            assertTrue(w.offer(job("run-a", 1)));
            await(() -> w.stats().failures() >= 1, WAIT, "a first failed write");
            // run-a's newer checkpoint holds its place in the queue whether the older one is
            // being retried or already back in the queue (the writer waits ≥ 1 s before retrying)
            assertTrue(w.offer(job("run-a", 2)));
            assertTrue(w.offer(job("run-b", 1)), "a second run fits a queue of 2");
            assertFalse(w.offer(job("run-c", 1)), "a third run does not");
            assertEquals(1, w.stats().dropped());
            assertNull(w.waiting("run-c"));
            assertTrue(w.offer(job("run-b", 2)), "a run already queued may replace its checkpoint in a full queue");
            assertEquals(1, w.stats().dropped());
            assertEquals(2, w.waiting("run-b").step());
        }
    }

    @Test
    void waitingFindsTheCheckpointNotYetWritten() {
        MemoryCheckpointStore store = new MemoryCheckpointStore();
        store.down.set(true);
        try (CheckpointWriter w = new CheckpointWriter(store, 4, 3)) {
            CheckpointJob j = job("run", 9);
            assertTrue(w.offer(j));
            assertSame(j, w.waiting("run"), "waiting or being written, it is found");
            await(() -> w.stats().failures() >= 1, WAIT, "a failed write");
            assertSame(j, w.waiting("run"), "a failed checkpoint waits for the next attempt");
            assertNull(w.waiting("another-run"));
        }
    }

    @Test
    void keepsTheNewestCheckpointsOfARun() throws InterruptedException {
        MemoryCheckpointStore store = new MemoryCheckpointStore();
        try (CheckpointWriter w = new CheckpointWriter(store, 4, 2)) {
            for (long step : new long[] {10, 20, 30}) {
                assertTrue(w.offer(job("run", step)));
                assertTrue(w.flush(WAIT)); // one at a time, else they coalesce
            }
            assertEquals(3, store.saves.get());
            assertEquals(List.of(30L, 20L), store.steps("run"), "keep = 2: the two newest, newest first");
        }
    }

    @Test
    void flushReportsWhetherItDrained() throws InterruptedException {
        MemoryCheckpointStore store = new MemoryCheckpointStore();
        try (CheckpointWriter w = new CheckpointWriter(store, 4, 3)) {
            assertTrue(w.flush(WAIT), "nothing offered: drained at once");
            w.offer(job("run", 1));
            assertTrue(w.flush(WAIT));
            assertEquals(1, store.saves.get());

            store.down.set(true);
            w.offer(job("run", 2));
            assertFalse(w.flush(Duration.ofMillis(300)), "a down store keeps the checkpoint waiting");
            assertEquals(1, w.stats().pending());
            assertEquals(1, store.saves.get());
        }
    }

    @Test
    void aClosedWriterTakesNothing() {
        MemoryCheckpointStore store = new MemoryCheckpointStore();
        CheckpointWriter w = new CheckpointWriter(store, 4, 3);
        w.close();
        assertFalse(w.offer(job("run", 1)));
        assertEquals(0, w.stats().dropped(), "refused because closed, not dropped for a full queue");
        assertNull(w.waiting("run"));
        assertEquals(0, store.saves.get());
        w.close(); // closing twice is harmless
    }

    @Test
    void refusesCapacityOrKeepBelowOne() {
        MemoryCheckpointStore store = new MemoryCheckpointStore();
        assertThrows(IllegalArgumentException.class, () -> new CheckpointWriter(store, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new CheckpointWriter(store, 1, 0));
    }
}
