package lab.minimax.assignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The SQL of assignments and submissions (tables of V2__classroom.sql), portable between H2 and
 * PostgreSQL. Also the two questions asked of the classes' tables: who owns a class, and a
 * browser's pseudonym in it.
 */
final class AssignmentStore {
    private static final String SUBMISSION_COLUMNS = "id, assignment_id, browser_id, run_id, step, status, reason,"
            + " metrics_json, submitted_at, verified_at, replay_millis";
    private final NamedParameterJdbcTemplate jdbc;

    AssignmentStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------ classes

    /** The class's instructor, if the class exists. */
    Optional<String> instructorOf(String classId) {
        return jdbc.query("SELECT instructor FROM classes WHERE id = :id", new MapSqlParameterSource("id", classId),
                (rs, i) -> rs.getString(1)).stream().findFirst();
    }

    /** The browser's pseudonym in the class, if it joined it. */
    Optional<String> memberName(String classId, String browserId) {
        return jdbc.query("SELECT display_name FROM class_members WHERE class_id = :c AND browser_id = :b",
                new MapSqlParameterSource("c", classId).addValue("b", browserId), (rs, i) -> rs.getString(1))
                .stream().findFirst();
    }

    /** Every member's pseudonym by browser id. */
    java.util.Map<String, String> memberNames(String classId) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        jdbc.query("SELECT browser_id, display_name FROM class_members WHERE class_id = :c ORDER BY joined_at",
                new MapSqlParameterSource("c", classId), rs -> {
                    m.put(rs.getString(1), rs.getString(2));
                });
        return m;
    }

    // ------------------------------------------------------------ assignments

    void insert(Assignment a) {
        jdbc.update("INSERT INTO assignments (id, class_id, title, preset, config_json, locked, step_budget, criteria,"
                + " opens_at, due_at, board_hidden, created_at) VALUES (:id, :classId, :title, :preset, :config,"
                + " :locked, :budget, :criteria, :opens, :due, :hidden, :created)", new MapSqlParameterSource()
                .addValue("id", a.id()).addValue("classId", a.classId()).addValue("title", a.title())
                .addValue("preset", a.preset()).addValue("config", a.configJson())
                .addValue("locked", String.join(",", a.locked())).addValue("budget", a.stepBudget())
                .addValue("criteria", a.criteria()).addValue("opens", ts(a.opensAt())).addValue("due", ts(a.dueAt()))
                .addValue("hidden", a.boardHidden()).addValue("created", ts(a.createdAt())));
    }

    Optional<Assignment> assignment(String id) {
        return jdbc.query("SELECT * FROM assignments WHERE id = :id", new MapSqlParameterSource("id", id),
                (rs, i) -> assignment(rs)).stream().findFirst();
    }

    List<Assignment> assignmentsOf(String classId) {
        return jdbc.query("SELECT * FROM assignments WHERE class_id = :c ORDER BY created_at, id",
                new MapSqlParameterSource("c", classId), (rs, i) -> assignment(rs));
    }

    /** The assignments of every class the browser joined. */
    List<Assignment> assignmentsFor(String browserId) {
        return jdbc.query("SELECT a.* FROM assignments a JOIN class_members m ON m.class_id = a.class_id"
                + " WHERE m.browser_id = :b ORDER BY a.due_at, a.id", new MapSqlParameterSource("b", browserId),
                (rs, i) -> assignment(rs));
    }

    int deleteAssignment(String id) {
        return jdbc.update("DELETE FROM assignments WHERE id = :id", new MapSqlParameterSource("id", id));
    }

    // ------------------------------------------------------------ submissions

    void insert(Submission s, String claimJson) {
        jdbc.update("INSERT INTO submissions (" + SUBMISSION_COLUMNS + ", claim_json) VALUES (:id, :a, :b, :run,"
                + " :step, :status, :reason, :metrics, :at, NULL, NULL, :claim)", new MapSqlParameterSource()
                .addValue("id", s.id()).addValue("a", s.assignmentId()).addValue("b", s.browserId())
                .addValue("run", s.runId()).addValue("step", s.step()).addValue("status", s.status().name())
                .addValue("reason", s.reason()).addValue("metrics", MetricsJson.write(s.metrics()))
                .addValue("at", ts(s.submittedAt())).addValue("claim", claimJson));
    }

    Optional<Submission> submission(String id) {
        return jdbc.query("SELECT " + SUBMISSION_COLUMNS + " FROM submissions WHERE id = :id",
                new MapSqlParameterSource("id", id), (rs, i) -> submission(rs)).stream().findFirst();
    }

    List<Submission> submissionsOf(String assignmentId) {
        return jdbc.query("SELECT " + SUBMISSION_COLUMNS + " FROM submissions WHERE assignment_id = :a"
                + " ORDER BY submitted_at, id", new MapSqlParameterSource("a", assignmentId), (rs, i) -> submission(rs));
    }

    List<Submission> submissionsOf(String assignmentId, String browserId) {
        return jdbc.query("SELECT " + SUBMISSION_COLUMNS + " FROM submissions WHERE assignment_id = :a"
                + " AND browser_id = :b ORDER BY submitted_at, id",
                new MapSqlParameterSource("a", assignmentId).addValue("b", browserId), (rs, i) -> submission(rs));
    }

    /** Submissions waiting for a replay, oldest first. */
    List<String> pending(int max) {
        return jdbc.query("SELECT id FROM submissions WHERE status = 'PENDING' ORDER BY submitted_at, id"
                + " FETCH FIRST " + max + " ROWS ONLY", new MapSqlParameterSource(), (rs, i) -> rs.getString(1));
    }

    /** Takes a pending submission for this replayer; false when another took it first (any instance). */
    boolean take(String id) {
        return jdbc.update("UPDATE submissions SET status = 'VERIFYING' WHERE id = :id AND status = 'PENDING'",
                new MapSqlParameterSource("id", id)) == 1;
    }

    /** The claim of a submission. */
    String claimJson(String id) {
        return jdbc.queryForObject("SELECT claim_json FROM submissions WHERE id = :id",
                new MapSqlParameterSource("id", id), String.class);
    }

    void decide(String id, Submission.Status status, String reason, String metricsJson, Instant at, long replayMillis) {
        jdbc.update("UPDATE submissions SET status = :status, reason = :reason, metrics_json = :metrics,"
                + " verified_at = :at, replay_millis = :ms WHERE id = :id", new MapSqlParameterSource()
                .addValue("id", id).addValue("status", status.name()).addValue("reason", clip(reason, 1000))
                .addValue("metrics", metricsJson).addValue("at", ts(at)).addValue("ms", replayMillis));
    }

    /** Puts back the submissions a replayer took before {@code cutoff} and never decided (its instance died). */
    int requeueStale(Instant cutoff) {
        return jdbc.update("UPDATE submissions SET status = 'PENDING' WHERE status = 'VERIFYING' AND submitted_at < :c",
                new MapSqlParameterSource("c", ts(cutoff)));
    }

    // ------------------------------------------------------------ rows

    private static Assignment assignment(ResultSet rs) throws SQLException {
        Set<String> locked = Arrays.stream(rs.getString("locked").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        return new Assignment(rs.getString("id"), rs.getString("class_id"), rs.getString("title"),
                rs.getString("preset"), rs.getString("config_json"), locked, rs.getLong("step_budget"),
                rs.getString("criteria"), instant(rs.getTimestamp("opens_at")), instant(rs.getTimestamp("due_at")),
                rs.getBoolean("board_hidden"), instant(rs.getTimestamp("created_at")));
    }

    private static Submission submission(ResultSet rs) throws SQLException {
        long ms = rs.getLong("replay_millis");
        Long replay = rs.wasNull() ? null : ms;
        return new Submission(rs.getString("id"), rs.getString("assignment_id"), rs.getString("browser_id"),
                rs.getString("run_id"), rs.getLong("step"), Submission.Status.valueOf(rs.getString("status")),
                rs.getString("reason"), MetricsJson.read(rs.getString("metrics_json")),
                instant(rs.getTimestamp("submitted_at")), instant(rs.getTimestamp("verified_at")), replay);
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
