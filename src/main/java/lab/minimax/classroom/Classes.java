package lab.minimax.classroom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Classes and their members in the database (tables {@code classes}, {@code class_members}). Every
 * instructor method takes the caller's username and treats another instructor's class exactly as a
 * class that does not exist (no IDOR): empty, false or nothing changed.
 */
public final class Classes {
    private static final String COLUMNS = "id, instructor, name, join_code, created_at, archived_at";
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate tx;
    private final Clock clock;

    public Classes(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.tx = tx;
        this.clock = clock;
    }

    /** A new class of {@code instructor} with a fresh id and join code; the name is checked ({@link Names}). */
    public SchoolClass create(String instructor, String name) {
        String checked = Names.className(name);
        requireUser(instructor);
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // what the databases keep
        for (int attempt = 0; ; attempt++) {
            String id = JoinCodes.freshClassId();
            String code = JoinCodes.fresh();
            try {
                jdbc.update("INSERT INTO classes (id, instructor, name, join_code, created_at) VALUES (?, ?, ?, ?, ?)",
                        id, instructor, checked, code, time(now));
                return new SchoolClass(id, instructor, checked, code, now, null);
            } catch (DuplicateKeyException taken) {
                if (attempt >= 20) {
                    throw taken;
                }
            }
        }
    }

    /** The instructor's own classes, newest first. */
    public List<SchoolClass> listOwn(String instructor) {
        return jdbc.query("SELECT " + COLUMNS + " FROM classes WHERE instructor = ? ORDER BY created_at DESC, id",
                Classes::row, instructor);
    }

    /** The class when it exists and is {@code instructor}'s; else empty. */
    public Optional<SchoolClass> find(String instructor, String classId) {
        if (!JoinCodes.validClassId(classId) || instructor == null) {
            return Optional.empty();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM classes WHERE id = ? AND instructor = ?", Classes::row,
                classId, instructor).stream().findFirst();
    }

    /** A new join code for the instructor's class that is not archived; empty otherwise. */
    public Optional<SchoolClass> rotateCode(String instructor, String classId) {
        for (int attempt = 0; ; attempt++) {
            try {
                int n = jdbc.update("UPDATE classes SET join_code = ? WHERE id = ? AND instructor = ? AND archived_at IS NULL",
                        JoinCodes.fresh(), classId, instructor);
                return n == 0 ? Optional.empty() : find(instructor, classId);
            } catch (DuplicateKeyException taken) {
                if (attempt >= 20) {
                    throw taken;
                }
            }
        }
    }

    /** Archives the instructor's class: its code goes, it takes no joins. False when not found (or already archived). */
    public boolean archive(String instructor, String classId) {
        return jdbc.update("UPDATE classes SET join_code = NULL, archived_at = ? WHERE id = ? AND instructor = ?"
                + " AND archived_at IS NULL", time(clock.instant()), classId, instructor) == 1;
    }

    /** Renames the instructor's class; false when not found. */
    public boolean rename(String instructor, String classId, String name) {
        String checked = Names.className(name);
        return jdbc.update("UPDATE classes SET name = ? WHERE id = ? AND instructor = ?", checked, classId, instructor) == 1;
    }

    /** The members of the instructor's class by pseudonym; empty when not found. */
    public Optional<List<Member>> members(String instructor, String classId) {
        if (find(instructor, classId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(jdbc.query("SELECT class_id, browser_id, display_name, joined_at FROM class_members"
                + " WHERE class_id = ? ORDER BY display_name, browser_id", Classes::member, classId));
    }

    /** Deletes the instructor's class with everything of it (members, status rows, assignments, submissions). */
    public boolean delete(String instructor, String classId) {
        return jdbc.update("DELETE FROM classes WHERE id = ? AND instructor = ?", classId, instructor) == 1;
    }

    /** The class that takes joins under {@code code} (normalised, well formed), or empty. */
    Optional<SchoolClass> byCode(String normalisedCode) {
        return jdbc.query("SELECT " + COLUMNS + " FROM classes WHERE join_code = ? AND archived_at IS NULL",
                Classes::row, normalisedCode).stream().findFirst();
    }

    /** Stores the browser in the class with {@code displayName} (already checked), or renames it there. */
    void upsertMember(String classId, String browserId, String displayName) {
        OffsetDateTime now = time(clock.instant());
        tx.executeWithoutResult(s -> {
            int n = jdbc.update("UPDATE class_members SET display_name = ?, joined_at = ? WHERE class_id = ? AND browser_id = ?",
                    displayName, now, classId, browserId);
            if (n == 0) {
                jdbc.update("INSERT INTO class_members (class_id, browser_id, display_name, joined_at) VALUES (?, ?, ?, ?)",
                        classId, browserId, displayName, now);
            }
        });
    }

    /** The class the browser joined last (not archived), or empty. */
    public Optional<Membership> latestMembership(String browserId) {
        if (browserId == null || browserId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(latestMemberships(List.of(browserId)).get(browserId));
    }

    /** For each of {@code browserIds} that is in a class (not archived): the class it joined last. */
    public Map<String, Membership> latestMemberships(Collection<String> browserIds) {
        Map<String, Membership> out = new HashMap<>();
        if (browserIds.isEmpty()) {
            return out;
        }
        Map<String, Instant> when = new HashMap<>();
        named.query("SELECT m.browser_id, m.class_id, c.name, m.display_name, m.joined_at FROM class_members m"
                        + " JOIN classes c ON c.id = m.class_id WHERE c.archived_at IS NULL AND m.browser_id IN (:ids)",
                new MapSqlParameterSource("ids", List.copyOf(browserIds)), rs -> {
                    String browser = rs.getString(1);
                    Instant at = instant(rs, 5);
                    Instant seen = when.get(browser);
                    if (seen == null || at.isAfter(seen)) {
                        when.put(browser, at);
                        out.put(browser, new Membership(rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                });
        return out;
    }

    /** Removes the classes archived before {@code cutoff} with all their data; how many. */
    int purgeArchivedBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM classes WHERE archived_at IS NOT NULL AND archived_at < ?", time(cutoff));
    }

    private static void requireUser(String instructor) {
        if (instructor == null || instructor.isBlank() || instructor.length() > 64) {
            throw new IllegalArgumentException("The instructor's username must be 1 to 64 characters.");
        }
    }

    static OffsetDateTime time(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static SchoolClass row(ResultSet rs, int n) throws SQLException {
        return new SchoolClass(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), instant(rs, 5),
                instant(rs, 6));
    }

    private static Member member(ResultSet rs, int n) throws SQLException {
        return new Member(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4));
    }
}
