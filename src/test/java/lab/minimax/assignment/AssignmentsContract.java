package lab.minimax.assignment;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Assignments, their ownership and their boards on a real database (H2 and PostgreSQL subclasses):
 * every field checked by name, another instructor's class never found, members only, the board's
 * rows and orders, its visibility and the CSV the same as the board.
 */
abstract class AssignmentsContract {
    static final String CLASS_A = "classAAAAAAAAAAAAAAAAA";
    static final String CLASS_B = "classBBBBBBBBBBBBBBBBB";
    static final String ANN = "0123456789abcdef0123456789abcdef";
    static final String BEN = "1123456789abcdef0123456789abcdef";
    static final String CAT = "2123456789abcdef0123456789abcdef";
    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    ClassroomDb db;
    MutableClock clock;
    AssignmentStore store;
    Assignments assignments;
    Boards boards;

    abstract ClassroomDb database();

    @BeforeEach
    void setUp() {
        db = database();
        clock = new MutableClock(T0);
        store = new AssignmentStore(new NamedParameterJdbcTemplate(db.dataSource));
        assignments = new Assignments(store, clock);
        boards = new Boards(store, assignments, clock);
        db.addClass(CLASS_A, "alice", "GANs 101");
        db.addClass(CLASS_B, "bob", "Other class");
        db.addMember(CLASS_A, ANN, "Ann");
        db.addMember(CLASS_A, BEN, "=cmd|' /C calc'!A0");
        db.addMember(CLASS_A, CAT, "Cat, the \"third\"");
    }

    @AfterEach
    void tearDown() {
        db.drop();
    }

    NewAssignment valid() {
        return new NewAssignment("Cover the grid", "ring8-wgan-gp", Set.of("target", "objective"), 3000,
                "modesCovered>=7, reverseKl<=0.5", T0, T0.plus(Duration.ofDays(7)), false);
    }

    @Test
    void eachBadFieldIsNamed() {
        NewAssignment v = valid();
        assertMessage("title", () -> assignments.create("alice", CLASS_A, new NewAssignment(" ", v.preset(),
                v.locked(), v.stepBudget(), v.criteria(), v.opensAt(), v.dueAt(), false)));
        assertMessage("preset", () -> assignments.create("alice", CLASS_A, new NewAssignment("t", "no-such",
                v.locked(), v.stepBudget(), v.criteria(), v.opensAt(), v.dueAt(), false)));
        assertMessage("locked", () -> assignments.create("alice", CLASS_A, new NewAssignment("t", v.preset(),
                Set.of("nav"), v.stepBudget(), v.criteria(), v.opensAt(), v.dueAt(), false)));
        assertMessage("step budget", () -> assignments.create("alice", CLASS_A, new NewAssignment("t", v.preset(),
                v.locked(), 0, v.criteria(), v.opensAt(), v.dueAt(), false)));
        assertMessage("criteria", () -> assignments.create("alice", CLASS_A, new NewAssignment("t", v.preset(),
                v.locked(), 10, "", v.opensAt(), v.dueAt(), false)));
        assertMessage("due date", () -> assignments.create("alice", CLASS_A, new NewAssignment("t", v.preset(),
                v.locked(), 10, v.criteria(), v.dueAt(), v.opensAt(), false)));
        assertTrue(store.assignmentsOf(CLASS_A).isEmpty(), "nothing was stored");
    }

    @Test
    void anotherInstructorsClassAndAssignmentsAreNotFound() {
        Assignment a = assignments.create("alice", CLASS_A, valid());
        assertEquals(List.of(a.id()), assignments.ofClass("alice", CLASS_A).stream().map(Assignment::id).toList());
        assertThrows(NoSuchElementException.class, () -> assignments.create("bob", CLASS_A, valid()));
        assertThrows(NoSuchElementException.class, () -> assignments.ofClass("bob", CLASS_A));
        assertThrows(NoSuchElementException.class, () -> assignments.forInstructor("bob", a.id()));
        assertThrows(NoSuchElementException.class, () -> assignments.delete("bob", a.id()));
        assertThrows(NoSuchElementException.class, () -> boards.forInstructor("bob", a.id()));
        assertThrows(NoSuchElementException.class, () -> boards.csv("bob", a.id()));
        assertThrows(NoSuchElementException.class, () -> assignments.ofClass("alice", "no-such-class"));
        assertFalse(assignments.owns("bob", a.id()));
        assertTrue(assignments.owns("alice", a.id()));
        assertEquals(1, store.assignmentsOf(CLASS_A).size(), "bob's delete removed nothing");
    }

    @Test
    void onlyMembersOfTheClassSeeIt() {
        Assignment a = assignments.create("alice", CLASS_A, valid());
        assertEquals(a.id(), assignments.forMember(ANN, a.id()).id());
        assertThrows(NoSuchElementException.class, () -> assignments.forMember("f123456789abcdef0123456789abcdef", a.id()));
        assertThrows(NoSuchElementException.class, () -> assignments.forMember("", a.id()));
        assertThrows(NoSuchElementException.class, () -> assignments.forMember(ANN, "not-an-id"));
        assertEquals(List.of(a.id()), assignments.forBrowser(ANN).stream().map(Assignment::id).toList());
        assertTrue(assignments.forBrowser("f123456789abcdef0123456789abcdef").isEmpty());
    }

    @Test
    void theBoardTakesEachStudentsNewestVerifiedSubmissionPassedFirstInTheFirstMetricsOrder() {
        Assignment a = assignments.create("alice", CLASS_A, valid());
        // Ann: passed with 8 modes, later refused (the refusal does not count)
        decided(a, ANN, "PASSED", "{\"modesCovered\":8.0,\"reverseKl\":0.2}", 1);
        decided(a, ANN, "REFUSED", "{}", 2);
        // Ben: first failed, then passed with 7 modes (his newest verified counts)
        decided(a, BEN, "FAILED", "{\"modesCovered\":3.0,\"reverseKl\":2.0}", 3);
        decided(a, BEN, "PASSED", "{\"modesCovered\":7.0,\"reverseKl\":0.1}", 4);
        // Cat: failed with 8 modes
        decided(a, CAT, "FAILED", "{\"modesCovered\":8.0,\"reverseKl\":0.9}", 5);
        Board b = boards.forInstructor("alice", a.id());
        assertEquals(List.of("modesCovered", "reverseKl"), b.metrics().stream().map(Board.Column::metric).toList());
        assertTrue(b.metrics().get(0).higherFirst());
        assertFalse(b.metrics().get(1).higherFirst());
        assertEquals(List.of("Ann", "=cmd|' /C calc'!A0", "Cat, the \"third\""),
                b.rows().stream().map(Board.Row::pseudonym).toList());
        assertEquals(List.of(true, true, false), b.rows().stream().map(Board.Row::passed).toList());
        assertEquals(7.0, b.rows().get(1).values().get("modesCovered"));
        // reverse KL's own order: lower first
        List<String> byKl = b.rows().stream().sorted(Board.byMetric(b.metrics().get(1))).map(Board.Row::pseudonym).toList();
        assertEquals(List.of("=cmd|' /C calc'!A0", "Ann", "Cat, the \"third\""), byKl);

        String[] lines = boards.csv("alice", a.id()).split("\r\n");
        assertEquals("pseudonym,passed,modesCovered,reverseKl,step,submitted_at,submission", lines[0]);
        assertEquals(4, lines.length);
        assertTrue(lines[1].startsWith("Ann,true,8.00000,0.200000,"), lines[1]);
        assertTrue(lines[2].startsWith("'=cmd|' /C calc'!A0,true,7.00000,0.100000,"), "a formula is defused: " + lines[2]);
        assertTrue(lines[3].startsWith("\"Cat, the \"\"third\"\"\",false,8.00000,0.900000,"), lines[3]);
        for (int i = 0; i < b.rows().size(); i++) {
            assertTrue(lines[i + 1].endsWith("," + b.rows().get(i).submissionId()), "the CSV's row " + i + " is the board's");
        }
    }

    @Test
    void aHiddenBoardIsShownToStudentsOnlyAfterTheDueDate() {
        NewAssignment v = valid();
        Assignment a = assignments.create("alice", CLASS_A, new NewAssignment(v.title(), v.preset(), v.locked(),
                v.stepBudget(), v.criteria(), v.opensAt(), v.dueAt(), true));
        decided(a, ANN, "PASSED", "{\"modesCovered\":8.0}", 1);
        IllegalStateException hidden = assertThrows(IllegalStateException.class, () -> boards.forMember(ANN, a.id()));
        assertTrue(hidden.getMessage().contains("2026-12-08 09:00 UTC"), hidden.getMessage());
        assertEquals(1, boards.forInstructor("alice", a.id()).rows().size(), "the instructor always sees it");
        clock.set(a.dueAt());
        assertEquals(1, boards.forMember(ANN, a.id()).rows().size());
        assertThrows(NoSuchElementException.class, () -> boards.forMember("f123456789abcdef0123456789abcdef", a.id()));
    }

    private void decided(Assignment a, String browser, String status, String metrics, int minute) {
        db.sql.update("INSERT INTO submissions (id, assignment_id, browser_id, run_id, step, claim_json, status, reason,"
                + " metrics_json, submitted_at, verified_at, replay_millis) VALUES (?, ?, ?, NULL, 3000, '{}', ?, '', ?,"
                + " ?, ?, 10)", Ids.fresh(), a.id(), browser, status, metrics,
                Timestamp.from(T0.plusSeconds(60L * minute)), Timestamp.from(T0.plusSeconds(60L * minute + 5)));
    }

    private static void assertMessage(String field, org.junit.jupiter.api.function.Executable e) {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
        assertTrue(x.getMessage().startsWith(field + ":"), "names " + field + ": " + x.getMessage());
    }
}
