package lab.minimax.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static lab.minimax.store.SchemaMigrationTest.PG_PASSWORD;
import static lab.minimax.store.SchemaMigrationTest.PG_URL;
import static lab.minimax.store.SchemaMigrationTest.PG_USER;

/**
 * {@link CheckpointStoreContract} on a real PostgreSQL (Debian's, started by {@code .ci/run}; see
 * {@link SchemaMigrationTest} for the connection), in a schema of its own, dropped afterwards.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PostgresCheckpointStoreTest extends CheckpointStoreContract {
    static final String SCHEMA = "s_" + HexFormat.of().toHexDigits(System.nanoTime());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry r) {
        String sep = PG_URL.contains("?") ? "&" : "?";
        r.add("spring.datasource.url", () -> PG_URL + sep + "currentSchema=" + SCHEMA);
        r.add("spring.datasource.username", () -> PG_USER);
        r.add("spring.datasource.password", () -> PG_PASSWORD);
        r.add("spring.flyway.schemas", () -> SCHEMA);
        r.add("spring.flyway.create-schemas", () -> "true");
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }
}
