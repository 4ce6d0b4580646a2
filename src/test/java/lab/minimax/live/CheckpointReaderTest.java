package lab.minimax.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.SplittableRandom;
import lab.minimax.durable.RunId;
import lab.minimax.experiment.Defaults;
import lab.minimax.experiment.Limits;
import lab.minimax.training.RunState;
import org.junit.jupiter.api.Test;

/**
 * What the factory's resume does when a run cannot be resumed: each case starts a fresh run of
 * the link's config (a {@link Resumption} without a run or config, nothing thrown) and the page is
 * told why in a sentence naming the problem: another browser's run, a corrupt newest checkpoint
 * (garbage, one flipped byte), a config over this server's limits (naming the field), a store that
 * cannot be read, an unknown or malformed id (nothing to say), a browser the server does not know.
 * A refusal changes nothing: the owner resumes the run afterwards. Also the resumed message's
 * format ("4,210", the date when not today).
 */
class CheckpointReaderTest extends DurableFixture {
    static final String FRESH = ": a fresh run of the link's config";

    /** A durable run of the owner trained {@code n} steps, closed and written: its id. */
    private String stored(int n) throws InterruptedException {
        EngineLiveRun run = durableRun(Defaults.CONFIG);
        steps(run, n);
        run.close();
        flush();
        assertEquals(n, store.steps(run.durableId()).get(0));
        return run.durableId();
    }

    private static void assertFresh(Resumption r) {
        assertFalse(r.resumed(), "no run resumed: " + r.message());
        assertNull(r.run());
        assertNull(r.config(), "the page uses its link's config");
        assertEquals(0, r.stepsPerFrame());
    }

    @Test
    void anotherBrowsersRunIsRefusedAndStaysItsOwners() throws Exception {
        String id = stored(6);
        asBrowser(OTHER);
        Resumption r = factory.resume(id);
        assertFresh(r);
        assertEquals("This link's run belongs to another browser: here is a fresh run of its config", r.message());
        assertEquals(0, checkpointing.liveRuns(), "the refusal made no run");
        assertEquals(0, registry.active());
        asBrowser(OWNER);
        assertEquals(6, resumed(factory.resume(id)).latest().gSteps(), "the owner still resumes it");
    }

    @Test
    void anotherBrowserDoesNotStopTheOwnersLiveRun() throws Exception {
        EngineLiveRun run = durableRun(Defaults.CONFIG);
        steps(run, 4); // live in this JVM, never closed
        asBrowser(OTHER);
        Resumption none = factory.resume(run.durableId());
        assertFresh(none);
        assertEquals("", none.message(), "no checkpoint yet: as an unknown run");
        assertFalse(run.isClosed(), "another browser's link does not take the run over");
        asBrowser(OWNER);
        run.pause(); // a checkpoint, the run still live
        asBrowser(OTHER);
        Resumption r = factory.resume(run.durableId());
        assertFresh(r);
        assertTrue(r.message().contains("belongs to another browser"), r.message());
        assertFalse(run.isClosed(), "another browser's link does not take the run over");
        run.step();
        assertEquals(5, run.latest().gSteps(), "the owner's run trains on");
    }

    @Test
    void garbageAsTheNewestCheckpointIsRefused() throws Exception {
        String id = stored(5);
        byte[] garbage = new byte[4096];
        new SplittableRandom(7).nextBytes(garbage);
        store.replaceNewest(id, garbage);
        Resumption r = factory.resume(id);
        assertFresh(r);
        assertTrue(r.message().startsWith("The run's checkpoint was refused (not a run checkpoint"), r.message());
        assertTrue(r.message().endsWith(FRESH), r.message());
    }

    @Test
    void oneFlippedByteInTheNewestCheckpointIsRefused() throws Exception {
        String id = stored(5);
        byte[] b = store.latest(id).orElseThrow().state().clone();
        b[b.length / 2] ^= 0x10; // inside the trainer's bytes, well past the header
        store.replaceNewest(id, b);
        Resumption r = factory.resume(id);
        assertFresh(r);
        assertTrue(r.message().startsWith("The run's checkpoint was refused ("), r.message());
        assertTrue(r.message().contains("CRC-32C does not match"), r.message());
        assertTrue(r.message().endsWith(FRESH), r.message());
    }

    @Test
    void aConfigOverThisServersLimitsIsRefusedNamingTheField() throws Exception {
        String id = stored(3); // the default config: G and D hidden [64, 64]
        Limits narrow = new Limits(32, Limits.DEFAULTS.maxDepth(), Limits.DEFAULTS.maxBatch(),
                Limits.DEFAULTS.maxNoiseDim(), Limits.DEFAULTS.maxPoints(), Limits.DEFAULTS.maxDSteps());
        Resumption r = factory(narrow).resume(id);
        assertFresh(r);
        assertTrue(r.message().startsWith("The run's checkpoint holds a config this server refuses ("), r.message());
        assertTrue(r.message().contains("hidden"), "names the field: " + r.message());
        assertTrue(r.message().contains("32"), "names the limit: " + r.message());
        assertEquals(3, resumed(factory.resume(id)).latest().gSteps(), "under the old limits it still resumes");
    }

    @Test
    void aStoreThatCannotBeReadGivesAFreshRunAndSaysSo() throws Exception {
        String id = stored(4);
        store.down.set(true);
        Resumption r = assertDoesNotThrow(() -> factory.resume(id));
        assertFresh(r);
        assertTrue(r.message().startsWith("The run store cannot be read now (IllegalStateException)"), r.message());
        assertTrue(r.message().endsWith(FRESH), r.message());
        store.down.set(false);
        assertEquals(4, resumed(factory.resume(id)).latest().gSteps(), "once the store is back, the run resumes");
    }

    @Test
    void aCheckpointTheDownStoreDidNotTakeYetResumesFromTheWriter() throws Exception {
        store.down.set(true);
        EngineLiveRun run = durableRun(Defaults.CONFIG);
        steps(run, 5);
        run.close(); // its last checkpoint fails to be written, and waits for the retry
        await(() -> writer.stats().failures() >= 1, "the write failed");
        assertEquals(5, writer.waiting(run.durableId()).step(), "it waits in the writer");
        Resumption r = factory.resume(run.durableId());
        assertEquals(5, resumed(r).latest().gSteps(), "resumed from the waiting checkpoint, the store not asked");
        assertTrue(r.message().startsWith("Resumed at step 5 from "), r.message());
        store.down.set(false);
        flush(); // the retry writes it
        assertEquals(5, store.steps(run.durableId()).get(0));
    }

    @Test
    void anUnknownOrMalformedIdOrAnUnknownBrowserGivesAFreshRunSilently() throws Exception {
        String id = stored(2);
        Resumption unknown = factory.resume(RunId.fresh());
        assertFresh(unknown);
        assertEquals("", unknown.message(), "a run never trained or removed: nothing to say");
        for (String bad : new String[]{"abc", id + "x", id.substring(1) + "!", ""}) {
            Resumption r = factory.resume(bad);
            assertFresh(r);
            assertEquals("", r.message(), "the page itself describes a malformed _run: " + bad);
        }
        asBrowser(""); // a browser without the cookie: no durable runs
        assertFresh(factory.resume(id));
        assertNull(factory.createDurable(Defaults.CONFIG).durableId(), "its runs are not durable");
    }

    @Test
    void aNeverTrainedRunLeavesNothingToResume() throws Exception {
        EngineLiveRun run = durableRun(Defaults.CONFIG);
        run.close();
        flush();
        assertTrue(store.steps(run.durableId()).isEmpty(), "no row for a page view");
        Resumption r = factory.resume(run.durableId());
        assertFresh(r);
        assertEquals("", r.message());
    }

    @Test
    void aReloadOfARunLiveHereStopsItAndContinuesFromItsExactStep() throws Exception {
        EngineLiveRun run = durableRun(Defaults.CONFIG);
        steps(run, 3);
        run.play();
        await(() -> run.latest().gSteps() >= 40, "the run trains");
        Resumption r = factory.resume(run.durableId()); // no close: the old page is still open
        assertTrue(run.isClosed(), "the old page's run is stopped first");
        assertEquals(RunState.STOPPED, run.trainingRun().state());
        long at = run.trainingRun().read(t -> t.generatorSteps());
        EngineLiveRun again = resumed(r);
        assertTrue(r.message().startsWith(String.format(java.util.Locale.ROOT, "Resumed at step %,d from ", at)), r.message());
        assertEquals(at, again.latest().gSteps(), "not a step lost or added");
        assertEquals(RunState.PAUSED, again.latest().state());
        assertArrayEquals(trainerState(run), trainerState(again), "the state the old run stopped with");
        assertEquals(1, checkpointing.liveRuns(), "only the resumed run is tracked");
        steps(again, 10);
        assertSameTrainer(uninterrupted(Defaults.CONFIG, at + 10), Defaults.CONFIG, again);
        flush();
        assertEquals(at, store.steps(run.durableId()).get(0), "the stopped run's last checkpoint was written too");
    }

    @Test
    void theResumedMessageGroupsDigitsAndDatesAnOldCheckpoint() {
        Instant taken = Instant.parse("2026-03-14T18:02:11Z");
        assertEquals("Resumed at step 4,210 from 18:02:11 UTC: press Play to continue the same run",
                CheckpointReader.resumedMessage(4210, taken, Instant.parse("2026-03-14T23:59:59Z")));
        assertEquals("Resumed at step 7 from 2026-03-14 18:02:11 UTC: press Play to continue the same run",
                CheckpointReader.resumedMessage(7, taken, Instant.parse("2026-03-15T00:00:01Z")));
    }
}
