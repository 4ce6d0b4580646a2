package lab.minimax.account;

import lab.minimax.store.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.HexFormat;

/**
 * {@link AccountsContract} on the tests' real PostgreSQL ({@link TestPostgres}), each test in a
 * schema of its own, dropped afterwards.
 */
class PostgresAccountsTest extends AccountsContract {
    String schema;
    JdbcTemplate jdbc;

    @BeforeEach
    void migrate() {
        schema = "acc_" + HexFormat.of().toHexDigits(System.nanoTime());
        Flyway.configure().dataSource(TestPostgres.URL, TestPostgres.USER, TestPostgres.PASSWORD)
                .schemas(schema).createSchemas(true).load().migrate();
        String sep = TestPostgres.URL.contains("?") ? "&" : "?";
        jdbc = new JdbcTemplate(new DriverManagerDataSource(TestPostgres.URL + sep + "currentSchema=" + schema,
                TestPostgres.USER, TestPostgres.PASSWORD));
    }

    @AfterEach
    void drop() {
        new JdbcTemplate(new DriverManagerDataSource(TestPostgres.URL, TestPostgres.USER, TestPostgres.PASSWORD))
                .execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Override
    JdbcTemplate jdbc() {
        return jdbc;
    }
}
