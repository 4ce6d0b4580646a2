package lab.minimax.classroom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A class's data as one JSON document for its instructor (retention): the class, its members, its
 * runs' status rows (thumbnails as base64), and its assignments and their submissions. Another
 * instructor's class is not found.
 */
public final class ClassExport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Classes classes;
    private final JdbcTemplate jdbc;

    public ClassExport(Classes classes, JdbcTemplate jdbc) {
        this.classes = classes;
        this.jdbc = jdbc;
    }

    /** The export, UTF-8 JSON; empty when the class is not the instructor's. */
    public Optional<byte[]> json(String instructor, String classId) {
        if (classes.find(instructor, classId).isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("class", rows("SELECT * FROM classes WHERE id = ?", classId).get(0));
        doc.put("members", rows("SELECT * FROM class_members WHERE class_id = ? ORDER BY display_name", classId));
        doc.put("runStatus", rows("SELECT * FROM run_status WHERE class_id = ? ORDER BY run_id", classId));
        doc.put("assignments", rows("SELECT * FROM assignments WHERE class_id = ? ORDER BY created_at", classId));
        doc.put("submissions", rows("SELECT s.* FROM submissions s JOIN assignments a ON a.id = s.assignment_id"
                + " WHERE a.class_id = ? ORDER BY s.submitted_at", classId));
        try {
            return Optional.of(JSON.writeValueAsBytes(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the export could not be written", e);
        }
    }

    /** Rows with lower-case column names; times as ISO text, byte arrays as base64 (Jackson's default). */
    private List<Map<String, Object>> rows(String sql, String classId) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(sql, classId)) {
            Map<String, Object> clean = new LinkedHashMap<>();
            row.forEach((k, v) -> clean.put(k.toLowerCase(java.util.Locale.ROOT), plain(v)));
            out.add(clean);
        }
        return out;
    }

    private static Object plain(Object v) {
        if (v instanceof java.sql.Timestamp ts) {
            return ts.toInstant().toString();
        }
        if (v instanceof java.time.OffsetDateTime t) {
            return t.toInstant().toString();
        }
        if (v instanceof TemporalAccessor || v instanceof java.util.Date) {
            return v.toString();
        }
        if (v instanceof java.sql.Blob || v instanceof java.sql.Clob) {
            return String.valueOf(v);
        }
        return v;
    }
}
