package lab.minimax.classroom;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lab.minimax.training.BrowserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classes service on a real database (H2 and PostgreSQL subclasses): create, codes, rotate,
 * archive, members, rename, delete with everything of the class, and that another instructor's
 * class id is "not found" for every method that takes one.
 */
abstract class ClassesContract {
    ClassroomDb db;
    Classes classes;

    abstract ClassroomDb open();

    @BeforeEach
    void setUp() {
        db = open();
        classes = db.classroom.classes();
    }

    @AfterEach
    void tearDown() throws Exception {
        db.close();
    }

    @Test
    void createdClassesHaveUnguessableIdsAndCodesFromTheAlphabet() {
        Set<String> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            SchoolClass c = classes.create("ada", "Class " + i);
            assertTrue(c.id().matches("[A-Za-z0-9_-]{22}"), c.id());
            assertEquals(6, c.joinCode().length(), c.joinCode());
            for (char ch : c.joinCode().toCharArray()) {
                assertTrue("23456789ABCDEFGHJKMNPQRSTUVWXYZ".indexOf(ch) >= 0, "unexpected " + ch + " in " + c.joinCode());
                assertTrue("0O1IL".indexOf(ch) < 0, c.joinCode());
            }
            ids.add(c.id());
            codes.add(c.joinCode());
        }
        assertEquals(60, ids.size());
        assertEquals(60, codes.size());
        List<SchoolClass> own = classes.listOwn("ada");
        assertEquals(ids, new HashSet<>(own.stream().map(SchoolClass::id).toList()));
        assertTrue(classes.listOwn("bob").isEmpty());
    }

    @Test
    void namesAreTrimmedAndBounded() {
        assertEquals("Stats 101", classes.create("ada", "  Stats 101 ").name());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> classes.create("ada", "   "));
        assertTrue(empty.getMessage().contains("class name") && empty.getMessage().contains("1 to 100"), empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> classes.create("ada", "x".repeat(101)));
        assertEquals(100, classes.create("ada", "y".repeat(100)).name().length());
    }

    @Test
    void rotatingGivesANewCodeAndTheOldOneJoinsNothing() {
        SchoolClass c = classes.create("ada", "Stats");
        SchoolClass rotated = classes.rotateCode("ada", c.id()).orElseThrow();
        assertNotEquals(c.joinCode(), rotated.joinCode());
        assertTrue(classes.byCode(c.joinCode()).isEmpty());
        assertEquals(c.id(), classes.byCode(rotated.joinCode()).orElseThrow().id());
    }

    @Test
    void anArchivedClassHasNoCodeAndRefusesJoins() {
        SchoolClass c = classes.create("ada", "Stats");
        String browser = BrowserId.fresh();
        assertTrue(classes.archive("ada", c.id()));
        SchoolClass archived = classes.find("ada", c.id()).orElseThrow();
        assertNull(archived.joinCode());
        assertTrue(archived.archived());
        assertTrue(classes.byCode(c.joinCode()).isEmpty());
        JoinService.Outcome o = db.classroom.joins().join(c.joinCode(), browser, "Sam");
        assertFalse(o.joined());
        assertEquals(JoinService.WRONG_CODE, o.message());
        assertTrue(classes.members("ada", c.id()).orElseThrow().isEmpty());
        assertTrue(classes.rotateCode("ada", c.id()).isEmpty(), "an archived class gets no new code");
        assertFalse(classes.archive("ada", c.id()), "archiving twice changes nothing");
    }

    @Test
    void aBrowserRejoinsUnderANewNameAndTheLatestClassCounts() {
        SchoolClass first = classes.create("ada", "Morning");
        SchoolClass second = classes.create("ada", "Evening");
        String browser = BrowserId.fresh();
        assertTrue(db.classroom.joins().join(first.joinCode(), browser, "Sam").joined());
        assertTrue(db.classroom.joins().join(first.joinCode(), browser, " Samira ").joined());
        List<Member> members = classes.members("ada", first.id()).orElseThrow();
        assertEquals(1, members.size());
        assertEquals("Samira", members.get(0).displayName());
        assertEquals(new Membership(first.id(), "Morning", "Samira"), classes.latestMembership(browser).orElseThrow());
        sleepAMillisecond();
        assertTrue(db.classroom.joins().join(second.joinCode().toLowerCase(), browser, "S.").joined(),
                "codes are read case-insensitively");
        assertEquals(new Membership(second.id(), "Evening", "S."), classes.latestMembership(browser).orElseThrow());
        assertTrue(classes.latestMembership(BrowserId.fresh()).isEmpty());
    }

    @Test
    void renameAndDeleteTakeEverythingOfTheClass() {
        SchoolClass c = classes.create("ada", "Stats");
        SchoolClass other = classes.create("ada", "Other");
        String browser = BrowserId.fresh();
        db.classroom.joins().join(c.joinCode(), browser, "Sam");
        db.classroom.statuses().upsert("run1", c.id(), browser, "gan · ring8", 10, "RUNNING", "{}", null);
        db.jdbc.update("INSERT INTO assignments (id, class_id, title, preset, config_json, locked, step_budget, criteria,"
                + " opens_at, due_at, board_hidden, created_at) VALUES ('a1', ?, 't', 'grid25', '{}', '', 100, '',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, FALSE, CURRENT_TIMESTAMP)", c.id());
        db.jdbc.update("INSERT INTO submissions (id, assignment_id, browser_id, step, claim_json, status, reason,"
                + " metrics_json, submitted_at) VALUES ('s1', 'a1', ?, 5, '{}', 'PENDING', '', '{}', CURRENT_TIMESTAMP)", browser);
        assertTrue(classes.rename("ada", c.id(), "Statistics"));
        assertEquals("Statistics", classes.find("ada", c.id()).orElseThrow().name());
        assertTrue(classes.delete("ada", c.id()));
        assertTrue(classes.find("ada", c.id()).isEmpty());
        for (String table : List.of("class_members", "run_status", "assignments")) {
            assertEquals(0, db.jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE class_id = ?", Integer.class,
                    c.id()), table);
        }
        assertEquals(0, db.jdbc.queryForObject("SELECT COUNT(*) FROM submissions", Integer.class));
        assertTrue(classes.find("ada", other.id()).isPresent(), "the other class stays");
    }

    @Test
    void anotherInstructorsClassIsNotFoundForEveryMethod() {
        SchoolClass c = classes.create("ada", "Stats");
        String browser = BrowserId.fresh();
        db.classroom.joins().join(c.joinCode(), browser, "Sam");
        db.classroom.statuses().upsert("run1", c.id(), browser, "gan · ring8", 10, "RUNNING", "{}", null);
        String mallory = "mallory";
        classes.create(mallory, "Mine");
        assertTrue(classes.find(mallory, c.id()).isEmpty());
        assertTrue(classes.listOwn(mallory).stream().noneMatch(x -> x.id().equals(c.id())));
        assertTrue(classes.rotateCode(mallory, c.id()).isEmpty());
        assertFalse(classes.archive(mallory, c.id()));
        assertFalse(classes.rename(mallory, c.id(), "pwned"));
        assertTrue(classes.members(mallory, c.id()).isEmpty());
        assertFalse(classes.delete(mallory, c.id()));
        RunStatusStore statuses = db.classroom.statuses();
        assertTrue(statuses.forClass(mallory, c.id()).isEmpty());
        assertTrue(statuses.one(mallory, c.id(), "run1").isEmpty());
        assertFalse(statuses.requestStop(mallory, c.id(), "run1"));
        assertTrue(db.classroom.export().json(mallory, c.id()).isEmpty());
        // and nothing changed for the owner
        SchoolClass still = classes.find("ada", c.id()).orElseThrow();
        assertEquals(c, still);
        assertEquals(1, classes.members("ada", c.id()).orElseThrow().size());
        assertFalse(statuses.one("ada", c.id(), "run1").orElseThrow().stopRequested());
        assertTrue(statuses.requestStop("ada", c.id(), "run1"));
        assertTrue(statuses.one("ada", c.id(), "run1").orElseThrow().stopRequested());
        assertTrue(classes.find("ada", "not-an-id").isEmpty());
    }

    @Test
    void statusRowsAreUpsertedKeepTheirStopFlagAndShowThePseudonym() {
        SchoolClass c = classes.create("ada", "Stats");
        String browser = BrowserId.fresh();
        db.classroom.joins().join(c.joinCode(), browser, "Sam");
        RunStatusStore s = db.classroom.statuses();
        s.upsert("run1", c.id(), browser, "gan · ring8", 10, "RUNNING", "{\"modesCovered\":3.0}", new byte[] {1, 2, 3});
        s.requestStop("ada", c.id(), "run1");
        s.upsert("run1", c.id(), browser, "gan · ring8", 25, "PAUSED", "{\"modesCovered\":5.0}", new byte[] {4});
        List<RunStatus> rows = s.forClass("ada", c.id()).orElseThrow();
        assertEquals(1, rows.size());
        RunStatus r = rows.get(0);
        assertEquals("Sam", r.displayName());
        assertEquals(25, r.step());
        assertEquals("PAUSED", r.state());
        assertEquals("{\"modesCovered\":5.0}", r.metricsJson());
        assertEquals(1, r.thumbnail().length);
        assertTrue(r.stopRequested(), "a write keeps the instructor's stop");
        assertEquals(Set.of("run1"), s.stopRequested(List.of("run1", "run2")));
        s.markStopped(List.of("run1"));
        assertEquals("STOPPED", s.one("ada", c.id(), "run1").orElseThrow().state());
    }

    @Test
    void archivedClassesArePurgedAfterTheTtlOnly() {
        SchoolClass old = classes.create("ada", "Old");
        SchoolClass recent = classes.create("ada", "Recent");
        SchoolClass open = classes.create("ada", "Open");
        db.jdbc.update("UPDATE classes SET join_code = NULL, archived_at = ? WHERE id = ?",
                Classes.time(java.time.Instant.now().minus(java.time.Duration.ofDays(200))), old.id());
        classes.archive("ada", recent.id());
        ArchiveSweeper sweeper = new ArchiveSweeper(classes, java.time.Duration.ofDays(180), java.time.Duration.ofHours(1),
                java.time.Clock.systemUTC(), false);
        assertEquals(1, sweeper.sweep());
        assertTrue(classes.find("ada", old.id()).isEmpty());
        assertTrue(classes.find("ada", recent.id()).isPresent());
        assertTrue(classes.find("ada", open.id()).isPresent());
        sweeper.close();
    }

    @Test
    void theExportHoldsTheClassItsMembersRunsAssignmentsAndSubmissions() throws Exception {
        SchoolClass c = classes.create("ada", "Stats");
        String browser = BrowserId.fresh();
        db.classroom.joins().join(c.joinCode(), browser, "<b>Sam</b>");
        db.classroom.statuses().upsert("run1", c.id(), browser, "gan · ring8", 10, "RUNNING", "{}", new byte[] {7});
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                db.classroom.export().json("ada", c.id()).orElseThrow());
        assertEquals("Stats", tree.get("class").get("name").asText());
        assertEquals("<b>Sam</b>", tree.get("members").get(0).get("display_name").asText());
        assertEquals(10, tree.get("runStatus").get(0).get("step").asLong());
        assertEquals(0, tree.get("assignments").size());
        assertEquals(0, tree.get("submissions").size());
        assertTrue(tree.get("class").get("created_at").asText().endsWith("Z"), tree.get("class").toString());
    }

    private static void sleepAMillisecond() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
