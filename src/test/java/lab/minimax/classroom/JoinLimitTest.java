package lab.minimax.classroom;

import java.time.Duration;
import lab.minimax.assignment.MutableClock;
import java.time.Instant;
import lab.minimax.training.BrowserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guessing join codes: a browser's wrong codes lock it with "try again in N minutes" until its window
 * ends; a fresh cookie does not reset the server's budget; failures under one normalised code lock
 * that code; and successful joins are never counted (a class behind one address all joins).
 */
class JoinLimitTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    private ClassroomDb db;

    private ClassroomDb open(int perBrowser, int perCode, int global) {
        db = ClassroomDb.h2(clock, new ClassroomProperties(perBrowser, perCode, global, Duration.ofMinutes(15),
                Duration.ofDays(180), Duration.ofHours(1), Duration.ofSeconds(1)));
        return db;
    }

    @AfterEach
    void close() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    /** A well-formed code that no class has (the alphabet's first letters). */
    private static String wrong(int i) {
        String a = JoinCodes.ALPHABET;
        return "" + a.charAt(i % a.length()) + a.charAt(i / a.length() % a.length()) + "ZZZZ";
    }

    @Test
    void aBrowserWithTooManyWrongCodesIsLockedEvenForTheRightOne() {
        open(5, 1000, 1000);
        SchoolClass c = db.classroom.classes().create("ada", "Stats");
        JoinService joins = db.classroom.joins();
        String browser = BrowserId.fresh();
        for (int i = 0; i < 5; i++) {
            JoinService.Outcome o = joins.join(wrong(i), browser, "Sam");
            assertFalse(o.joined());
            assertEquals(JoinService.WRONG_CODE, o.message(), "attempt " + (i + 1));
        }
        JoinService.Outcome locked = joins.join(c.joinCode(), browser, "Sam");
        assertFalse(locked.joined(), "the right code does not help a locked browser");
        assertEquals("Too many wrong codes from this browser: try again in 15 minutes.", locked.message());
        assertTrue(db.classroom.classes().members("ada", c.id()).orElseThrow().isEmpty());
        clock.advance(Duration.ofMinutes(14).plusSeconds(1));
        assertEquals("Too many wrong codes from this browser: try again in 1 minute.",
                joins.join(c.joinCode(), browser, "Sam").message());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(joins.join(c.joinCode(), browser, "Sam").joined(), "the lock ends with its window");
        assertTrue(joins.join(c.joinCode(), BrowserId.fresh(), "Kim").joined(), "other browsers were never locked");
    }

    @Test
    void aFreshCookieDoesNotResetTheServersBudget() {
        open(3, 1000, 10);
        SchoolClass c = db.classroom.classes().create("ada", "Stats");
        JoinService joins = db.classroom.joins();
        for (int i = 0; i < 10; i++) {
            assertEquals(JoinService.WRONG_CODE, joins.join(wrong(i), BrowserId.fresh(), "Eve").message(),
                    "a new cookie each time: attempt " + (i + 1));
        }
        JoinService.Outcome o = joins.join(wrong(99), BrowserId.fresh(), "Eve");
        assertEquals("Too many wrong codes on this server: try again in 15 minutes.", o.message());
        assertFalse(joins.join(c.joinCode(), BrowserId.fresh(), "Eve").joined(), "no guess gets through while it lasts");
        clock.advance(Duration.ofMinutes(15));
        assertTrue(joins.join(c.joinCode(), BrowserId.fresh(), "Sam").joined());
    }

    @Test
    void oneCodeTriedTooOftenIsLockedWhateverItsSpelling() {
        open(1000, 4, 1000);
        JoinService joins = db.classroom.joins();
        String code = wrong(3);
        String[] spellings = {code, code.toLowerCase(), " " + code.substring(0, 3) + "-" + code.substring(3), code};
        for (String s : spellings) {
            assertEquals(JoinService.WRONG_CODE, joins.join(s, BrowserId.fresh(), "Eve").message(), s);
        }
        assertEquals("Too many wrong codes for this code: try again in 15 minutes.",
                joins.join(code.toLowerCase(), BrowserId.fresh(), "Eve").message());
        assertEquals(JoinService.WRONG_CODE, joins.join(wrong(4), BrowserId.fresh(), "Eve").message(),
                "another code is not locked");
    }

    @Test
    void manySuccessfulJoinsFromOneAddressAreAllAccepted() {
        open(2, 2, 2);
        SchoolClass c = db.classroom.classes().create("ada", "Big lecture");
        JoinService joins = db.classroom.joins();
        for (int i = 0; i < 150; i++) {
            assertTrue(joins.join(c.joinCode(), BrowserId.fresh(), "student " + i).joined(), "student " + i);
        }
        assertEquals(150, db.classroom.classes().members("ada", c.id()).orElseThrow().size());
    }

    @Test
    void aBadDisplayNameIsNamedAndIsNotAWrongCode() {
        open(1, 1, 1);
        SchoolClass c = db.classroom.classes().create("ada", "Stats");
        JoinService joins = db.classroom.joins();
        String browser = BrowserId.fresh();
        assertTrue(joins.join(c.joinCode(), browser, "   ").message().contains("display name must be 1 to 40"));
        assertTrue(joins.join(c.joinCode(), browser, "x".repeat(41)).message().contains("1 to 40"));
        assertTrue(joins.join(c.joinCode(), browser, "Sam\u0007").message().contains("control"));
        assertTrue(joins.join(c.joinCode(), browser, "Sam\u202Emas").message().contains("control"));
        assertTrue(joins.join(c.joinCode(), browser, "Sam").joined(), "none of those counted as a wrong code");
        assertTrue(joins.join(c.joinCode(), "", "Sam").message().contains("cookies"));
    }
}
