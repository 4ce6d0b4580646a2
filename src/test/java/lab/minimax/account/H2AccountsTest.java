package lab.minimax.account;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Path;

/** {@link AccountsContract} on the embedded default: a fresh H2 file database, migrated by Flyway. */
class H2AccountsTest extends AccountsContract {
    @TempDir
    Path dir;
    JdbcTemplate jdbc;

    @BeforeEach
    void migrate() {
        String url = "jdbc:h2:file:" + dir.resolve("lab") + ";AUTO_SERVER=FALSE";
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
    }

    @Override
    JdbcTemplate jdbc() {
        return jdbc;
    }
}
