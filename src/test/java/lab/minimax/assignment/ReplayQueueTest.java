package lab.minimax.assignment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.grading.Claim;
import lab.minimax.live.EngineLiveRun;
import lab.minimax.live.EngineLiveRunFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Submissions through the service and the replay queue on a real (H2) database: a live run's claim
 * is replayed and passed or not passed with the server's own measurements; a claim beyond what was
 * trained is refused; two queues (two instances) on one database decide each submission once; a
 * student may not flood the queue; an orphaned submission is put back.
 */
class ReplayQueueTest extends EngineLiveRunFixture {
    static final String CLASS = "classAAAAAAAAAAAAAAAAA";
    static final String ANN = "0123456789abcdef0123456789abcdef";
    static final String BEN = "1123456789abcdef0123456789abcdef";
    ClassroomDb db;
    MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    AssignmentStore store;
    Assignments assignments;
    Submissions submissions;

    @BeforeEach
    void setUp() {
        db = ClassroomDb.h2();
        db.addClass(CLASS, "alice", "GANs 101");
        db.addMember(CLASS, ANN, "Ann");
        db.addMember(CLASS, BEN, "Ben");
        store = new AssignmentStore(new NamedParameterJdbcTemplate(db.dataSource));
        assignments = new Assignments(store, clock);
        submissions = new Submissions(store, assignments, clock, () -> { });
    }

    @AfterEach
    void tearDown() {
        db.drop();
    }

    Assignment assignment(String criteria) {
        return assignments.create("alice", CLASS, new NewAssignment("Ring", "ring8-gan", Set.of("target", "objective"),
                60, criteria, clock.instant(), clock.instant().plus(Duration.ofDays(1)), false));
    }

    /** A live run of the assignment's preset trained {@code steps} steps, and its claim. */
    Claim trained(int steps) {
        EngineLiveRun run = new EngineLiveRun(scheduler, registry, Presets.get("ring8-gan").config());
        try {
            for (int i = 0; i < steps; i++) {
                run.step();
            }
            return run.claim();
        } finally {
            run.close();
        }
    }

    ReplayQueue queue() {
        return new ReplayQueue(store, 1, 500, 7, clock);
    }

    @Test
    void aGenuineClaimIsReplayedAndMeasuredAndAForgedStepIsRefused() {
        Assignment pass = assignment("modesCovered>=0");
        Assignment fail = assignment("modesCovered>=9");
        Claim claim = trained(40);
        Submission a = submissions.submit(ANN, pass.id(), null, claim.toJson());
        Submission b = submissions.submit(ANN, fail.id(), null, claim.toJson());
        Claim forged = new Claim(claim.configJson(), 60, claim.engine(), claim.changes(), claim.digest());
        Submission c = submissions.submit(BEN, pass.id(), null, forged.toJson());
        assertEquals(Submission.Status.PENDING, store.submission(a.id()).orElseThrow().status());
        ReplayQueue q = queue();
        while (q.takeOne()) {
            // one at a time
        }
        Submission pa = store.submission(a.id()).orElseThrow();
        Submission fb = store.submission(b.id()).orElseThrow();
        Submission rc = store.submission(c.id()).orElseThrow();
        assertEquals(Submission.Status.PASSED, pa.status(), pa.reason());
        double modes = pa.metrics().get("modesCovered");
        assertTrue(modes >= 0 && modes <= 8, "measured on the ring's 8 modes: " + modes);
        assertEquals(Submission.Status.FAILED, fb.status(), fb.reason());
        assertEquals(modes, fb.metrics().get("modesCovered"), "the same claim measures the same");
        assertTrue(fb.reason().contains("modesCovered"), fb.reason());
        assertEquals(Submission.Status.REFUSED, rc.status());
        assertTrue(rc.reason().startsWith("does not replay"), rc.reason());
        assertTrue(pa.replayMillis() != null && pa.replayMillis() >= 0);
        assertEquals(List.of(pa.id()), boards().forInstructor("alice", pass.id()).rows().stream()
                .map(Board.Row::submissionId).toList(), "the refused claim is not on the board");
    }

    @Test
    void twoQueuesOnOneDatabaseDecideEachSubmissionOnce() throws InterruptedException {
        Assignment a = assignment("modesCovered>=0");
        Claim claim = trained(10);
        submissions.submit(ANN, a.id(), null, claim.toJson());
        submissions.submit(ANN, a.id(), null, claim.toJson());
        IllegalArgumentException flood = assertThrows(IllegalArgumentException.class,
                () -> submissions.submit(ANN, a.id(), null, claim.toJson()));
        assertTrue(flood.getMessage().startsWith("submission: 2 of yours are still being verified"), flood.getMessage());
        submissions.submit(BEN, a.id(), null, claim.toJson());
        ReplayQueue one = queue();
        ReplayQueue two = queue();
        Thread t1 = new Thread(() -> drain(one));
        Thread t2 = new Thread(() -> drain(two));
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        assertEquals(3, one.verified() + two.verified(), "each decided once");
        assertTrue(store.submissionsOf(a.id()).stream().allMatch(s -> s.status() == Submission.Status.PASSED));
    }

    @Test
    void anOrphanedSubmissionIsPutBackAndAMalformedClaimIsRefusedAtTheDoor() {
        Assignment a = assignment("modesCovered>=0");
        Submission s = submissions.submit(ANN, a.id(), null, trained(5).toJson());
        assertTrue(store.take(s.id()));
        assertFalse(store.take(s.id()), "taken once");
        clock.advance(ReplayQueue.STALE.plusMinutes(1));
        assertEquals(1, store.requeueStale(clock.instant().minus(ReplayQueue.STALE)));
        assertEquals(Submission.Status.PENDING, store.submission(s.id()).orElseThrow().status());
        clock.set(Instant.parse("2026-12-01T10:00:00Z"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> submissions.submit(BEN, a.id(), null, "{\"step\": -4}"));
        assertTrue(bad.getMessage().contains("step") || bad.getMessage().contains("configJson"), bad.getMessage());
        clock.set(a.dueAt());
        IllegalArgumentException late = assertThrows(IllegalArgumentException.class,
                () -> submissions.submit(BEN, a.id(), null, "{}"));
        assertTrue(late.getMessage().startsWith("assignment: was due"), late.getMessage());
    }

    @Test
    void aClaimOverTheServersLimitsIsRefusedAtTheDoorNamingTheField() {
        Assignment a = assignment("modesCovered>=0");
        Claim claim = trained(3); // ring8-gan: hidden layers wider than 16
        lab.minimax.experiment.Limits narrow = new lab.minimax.experiment.Limits(16, 4, 4096, 16,
                lab.minimax.experiment.Limits.DEFAULTS.maxPoints(), 10);
        Submissions strict = new Submissions(store, assignments, clock, () -> { }, narrow);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> strict.submit(ANN, a.id(), null, claim.toJson()));
        assertTrue(e.getMessage().contains("hidden"), e.getMessage());
        assertTrue(store.submissionsOf(a.id()).isEmpty());
    }

    private static void drain(ReplayQueue q) {
        while (q.takeOne()) {
            // until none is left to take
        }
    }

    private Boards boards() {
        return new Boards(store, assignments, clock);
    }
}
