package lab.minimax.classroom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code run_status} table: written by the instance that trains a class run ({@link StatusPublisher}),
 * read by any instance's dashboard. The instructor methods check the class's owner like {@link Classes}.
 */
public final class RunStatusStore {
    private static final String SELECT = "SELECT r.run_id, r.class_id, r.browser_id, COALESCE(m.display_name, ''),"
            + " r.summary, r.step, r.state, r.metrics_json, r.thumbnail, r.updated_at, r.stop_requested"
            + " FROM run_status r JOIN classes c ON c.id = r.class_id"
            + " LEFT JOIN class_members m ON m.class_id = r.class_id AND m.browser_id = r.browser_id";
    /** The state a row gets when its run has left its instance. */
    public static final String STOPPED = "STOPPED";
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate tx;
    private final Clock clock;

    public RunStatusStore(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.tx = tx;
        this.clock = clock;
    }

    /** Writes the row of a run (update, else insert, in one transaction); its stop flag is kept. */
    void upsert(String runId, String classId, String browserId, String summary, long step, String state,
                String metricsJson, byte[] thumbnail) {
        var now = Classes.time(clock.instant());
        String s = summary.length() > 200 ? summary.substring(0, 200) : summary;
        tx.executeWithoutResult(t -> {
            int n = jdbc.update("UPDATE run_status SET class_id = ?, browser_id = ?, summary = ?, step = ?, state = ?,"
                    + " metrics_json = ?, thumbnail = ?, updated_at = ? WHERE run_id = ?",
                    classId, browserId, s, step, state, metricsJson, thumbnail, now, runId);
            if (n == 0) {
                jdbc.update("INSERT INTO run_status (run_id, class_id, browser_id, summary, step, state, metrics_json,"
                        + " thumbnail, updated_at, stop_requested) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)",
                        runId, classId, browserId, s, step, state, metricsJson, thumbnail, now);
            }
        });
    }

    /** Marks the rows of runs that left their instance as STOPPED. */
    void markStopped(Collection<String> runIds) {
        if (runIds.isEmpty()) {
            return;
        }
        named.update("UPDATE run_status SET state = :state, updated_at = :now WHERE run_id IN (:ids)",
                new MapSqlParameterSource("ids", List.copyOf(runIds)).addValue("state", STOPPED)
                        .addValue("now", Classes.time(clock.instant())));
    }

    /** Which of {@code runIds} the instructor asked to stop. */
    Set<String> stopRequested(Collection<String> runIds) {
        Set<String> out = new HashSet<>();
        if (runIds.isEmpty()) {
            return out;
        }
        named.query("SELECT run_id FROM run_status WHERE stop_requested = TRUE AND run_id IN (:ids)",
                new MapSqlParameterSource("ids", List.copyOf(runIds)), rs -> {
                    out.add(rs.getString(1));
                });
        return out;
    }

    /** The rows of the instructor's class; empty when the class is not theirs. */
    public Optional<List<RunStatus>> forClass(String instructor, String classId) {
        if (!JoinCodes.validClassId(classId) || instructor == null) {
            return Optional.empty();
        }
        if (jdbc.queryForObject("SELECT COUNT(*) FROM classes WHERE id = ? AND instructor = ?", Integer.class,
                classId, instructor) == 0) {
            return Optional.empty();
        }
        return Optional.of(jdbc.query(SELECT + " WHERE r.class_id = ? AND c.instructor = ? ORDER BY r.run_id",
                RunStatusStore::row, classId, instructor));
    }

    /** One row of the instructor's class, or empty. */
    public Optional<RunStatus> one(String instructor, String classId, String runId) {
        return jdbc.query(SELECT + " WHERE r.class_id = ? AND c.instructor = ? AND r.run_id = ?", RunStatusStore::row,
                classId, instructor, runId).stream().findFirst();
    }

    /** Asks the instance that trains the run to stop it; false when the run is not in the instructor's class. */
    public boolean requestStop(String instructor, String classId, String runId) {
        return jdbc.update("UPDATE run_status SET stop_requested = TRUE WHERE run_id = ? AND class_id = ?"
                + " AND class_id IN (SELECT id FROM classes WHERE id = ? AND instructor = ?)",
                runId, classId, classId, instructor) == 1;
    }

    private static RunStatus row(ResultSet rs, int n) throws SQLException {
        return new RunStatus(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getString(7), rs.getString(8), rs.getBytes(9), Classes.instant(rs, 10),
                rs.getBoolean(11));
    }
}
