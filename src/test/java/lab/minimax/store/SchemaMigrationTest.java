package lab.minimax.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import lab.minimax.random.SplitMix64;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The one schema migrates both stores: the embedded H2 file database (the default) and a real
 * PostgreSQL (Debian's, started by {@code .ci/run}: {@code MINIMAX_TEST_POSTGRES_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/minimax_test}, user and password {@code minimax_test}),
 * each in a schema of its own that is dropped afterwards. On both: a 1 MiB checkpoint blob comes
 * back byte for byte, a second checkpoint at the same step is refused, and deleting a run deletes
 * its checkpoints.
 */
class SchemaMigrationTest {
    static final String PG_URL = TestPostgres.URL;
    static final String PG_USER = TestPostgres.USER;
    static final String PG_PASSWORD = TestPostgres.PASSWORD;

    @Test
    void migratesTheEmbeddedH2FileDatabase(@TempDir Path dir) throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("lab") + ";AUTO_SERVER=FALSE";
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            exercise(c);
        }
    }

    @Test
    void migratesARealPostgresql() throws SQLException {
        String schema = "t_" + HexFormat.of().toHexDigits(System.nanoTime());
        Connection c;
        try {
            c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
        } catch (SQLException e) {
            throw new AssertionError("no PostgreSQL at " + PG_URL + " (user " + PG_USER + "): start one as .ci/run does"
                    + " or set MINIMAX_TEST_POSTGRES_URL / _USER / _PASSWORD; " + e.getMessage(), e);
        }
        try (c) {
            Flyway.configure().dataSource(PG_URL, PG_USER, PG_PASSWORD).schemas(schema).createSchemas(true).load().migrate();
            try (Statement s = c.createStatement()) {
                s.execute("SET search_path TO " + schema);
            }
            exercise(c);
        } finally {
            try (Connection d = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD); Statement s = d.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static void exercise(Connection c) throws SQLException {
        OffsetDateTime now = OffsetDateTime.of(2026, 12, 2, 18, 2, 11, 0, ZoneOffset.UTC);
        String run = "a".repeat(43);
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO runs (id, browser_id, config_json, engine, created_at, opened_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setString(1, run);
            p.setString(2, "browser-1");
            p.setString(3, "{\"v\": 1}");
            p.setString(4, "2");
            p.setObject(5, now);
            p.setObject(6, now);
            assertEquals(1, p.executeUpdate());
        }
        byte[] state = new byte[1 << 20];
        SplitMix64 rng = new SplitMix64(7);
        for (int i = 0; i < state.length; i++) {
            state[i] = (byte) rng.nextInt(256);
        }
        insertCheckpoint(c, run, 4210, now, state);
        try (PreparedStatement p = c.prepareStatement("SELECT state, written_at FROM checkpoints WHERE run_id = ? AND step = ?")) {
            p.setString(1, run);
            p.setLong(2, 4210);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                assertArrayEquals(state, r.getBytes(1));
                assertEquals(now.toInstant(), r.getObject(2, OffsetDateTime.class).toInstant());
            }
        }
        assertThrows(SQLException.class, () -> insertCheckpoint(c, run, 4210, now, new byte[] {1}),
                "one checkpoint per (run, step)");
        assertThrows(SQLException.class, () -> insertCheckpoint(c, "b".repeat(43), 1, now, new byte[] {1}),
                "a checkpoint of an unknown run");
        try (Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("DELETE FROM runs WHERE id = '" + run + "'"));
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM checkpoints")) {
                r.next();
                assertEquals(0, r.getLong(1), "a run's checkpoints go with it");
            }
        }
    }

    private static void insertCheckpoint(Connection c, String run, long step, OffsetDateTime at, byte[] state)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO checkpoints (run_id, step, written_at, engine, state) VALUES (?, ?, ?, ?, ?)")) {
            p.setString(1, run);
            p.setLong(2, step);
            p.setObject(3, at);
            p.setString(4, "2");
            p.setBytes(5, state);
            p.executeUpdate();
        }
    }
}
