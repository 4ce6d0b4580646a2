package lab.minimax.classroom;

import java.util.List;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.live.EngineLiveRun;
import lab.minimax.training.BrowserId;
import lab.minimax.training.RunOwner;
import lab.minimax.training.RunRegistry;
import lab.minimax.training.RunScheduler;
import lab.minimax.training.RunSlots;
import lab.minimax.training.RunState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The status publisher on real engine runs: a member's run gets a row with its step, state, summary,
 * key metrics and thumbnail; a non-member's gets none; an unchanged run is not written again; the
 * instructor's stop stops the run with its reason and its row becomes STOPPED; a database that is
 * down is logged, not thrown, and training goes on.
 */
class StatusPublisherTest {
    static RunScheduler scheduler;
    final RunRegistry registry = new RunRegistry();
    ClassroomDb db;
    StatusPublisher publisher;
    SchoolClass c;
    final String member = BrowserId.fresh();
    final String stranger = BrowserId.fresh();

    @BeforeAll
    static void pool() {
        scheduler = new RunScheduler(1);
    }

    @AfterAll
    static void shut() {
        scheduler.close();
    }

    @BeforeEach
    void setUp() {
        db = ClassroomDb.h2();
        c = db.classroom.classes().create("ada", "Stats");
        assertTrue(db.classroom.joins().join(c.joinCode(), member, "Sam").joined());
        publisher = new StatusPublisher(registry, db.classroom.classes(), db.classroom.statuses());
    }

    @AfterEach
    void tearDown() throws Exception {
        registry.stopAll("test over");
        db.close();
    }

    private EngineLiveRun run(String browser, ExperimentConfig config) {
        return new EngineLiveRun(scheduler, registry, config, new RunOwner("s-" + browser, "203.0.113.9", 0, browser),
                RunSlots.unlimited(), 0);
    }

    private List<RunStatus> rows() {
        return db.classroom.statuses().forClass("ada", c.id()).orElseThrow();
    }

    @Test
    void aMembersRunIsPublishedWithItsStepAndANonMembersIsNot() {
        ExperimentConfig grid = Presets.get("grid25-gan").config();
        EngineLiveRun mine = run(member, grid);
        EngineLiveRun theirs = run(stranger, grid);
        for (int i = 0; i < 7; i++) {
            mine.step();
        }
        theirs.step();
        mine.measureNow();
        publisher.tick();
        List<RunStatus> rows = rows();
        assertEquals(1, rows.size(), "only the member's run");
        RunStatus r = rows.get(0);
        assertEquals(mine.token(), r.runId(), "a run that is not durable is known by its token");
        assertEquals(member, r.browserId());
        assertEquals("Sam", r.displayName());
        assertEquals(7, r.step());
        assertEquals("PAUSED", r.state());
        assertTrue(r.summary().contains("grid25"), r.summary());
        assertTrue(r.metricsJson().contains("\"modesCovered\""), "a mixture target has modes: " + r.metricsJson());
        assertTrue(r.metricsJson().contains("\"lossD\""), r.metricsJson());
        assertNotNull(r.thumbnail());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(r.thumbnail(), 4));
        assertTrue(r.thumbnail().length <= 8192, "thumbnail of " + r.thumbnail().length + " bytes");
        System.out.println("StatusPublisherTest: grid25 thumbnail " + r.thumbnail().length + " bytes, metrics " + r.metricsJson());

        var written = r.updatedAt();
        sleep(20);
        publisher.tick();
        assertEquals(written, rows().get(0).updatedAt(), "nothing changed: nothing written");
        mine.step();
        publisher.tick();
        assertEquals(8, rows().get(0).step());
        assertTrue(rows().get(0).updatedAt().isAfter(written));
    }

    @Test
    void theInstructorsStopStopsTheRunAndItsRowBecomesStopped() {
        EngineLiveRun mine = run(member, Presets.get("ring8-gan").config());
        mine.step();
        publisher.tick();
        assertTrue(db.classroom.statuses().requestStop("ada", c.id(), mine.token()));
        publisher.tick();
        assertEquals(RunState.STOPPED, mine.trainingRun().state());
        assertEquals(StatusPublisher.STOPPED_BY_INSTRUCTOR, mine.trainingRun().reason());
        assertEquals(0, registry.active());
        publisher.tick();
        assertEquals(RunStatusStore.STOPPED, rows().get(0).state(), "the run left the registry");
    }

    @Test
    void aRunThatLeavesIsMarkedStopped() {
        EngineLiveRun mine = run(member, Presets.get("gaussian-1d").config());
        mine.step();
        publisher.tick();
        assertNotNull(rows().get(0).thumbnail(), "1D runs get a histogram");
        mine.close();
        publisher.tick();
        assertEquals(RunStatusStore.STOPPED, rows().get(0).state());
    }

    @Test
    void aDatabaseOutageIsLoggedAndTrainingGoesOn() throws Exception {
        EngineLiveRun mine = run(member, Presets.get("ring8-gan").config());
        db.jdbc.execute("SHUTDOWN");
        publisher.tickQuietly(); // must not throw
        mine.step();
        assertEquals(1, mine.latest().gSteps());
        assertEquals(1, registry.active());
        db = ClassroomDb.h2(); // for tearDown
    }

    @Test
    void aRunOfABrowserInNoClassIsNeverWritten() {
        run(stranger, Presets.get("ring8-gan").config()).step();
        publisher.tick();
        assertEquals(0, db.jdbc.queryForObject("SELECT COUNT(*) FROM run_status", Integer.class));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
