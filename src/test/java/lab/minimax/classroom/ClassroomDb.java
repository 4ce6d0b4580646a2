package lab.minimax.classroom;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;
import javax.sql.DataSource;
import lab.minimax.store.TestPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A migrated database for the classroom tests without a Spring context: an H2 in-memory database
 * of its own, or a schema of its own on the tests' PostgreSQL ({@link TestPostgres}), dropped by {@link #close}.
 */
public final class ClassroomDb implements AutoCloseable {
    public final JdbcTemplate jdbc;
    public final TransactionTemplate tx;
    public final Classroom classroom;
    private final String schema;

    private ClassroomDb(DataSource ds, String schema, Clock clock, ClassroomProperties limits) {
        this.schema = schema;
        Flyway.configure().dataSource(ds).schemas(schema == null ? new String[0] : new String[] {schema})
                .createSchemas(true).load().migrate();
        this.jdbc = new JdbcTemplate(ds);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        Classes classes = new Classes(jdbc, tx, clock);
        this.classroom = new Classroom(classes, new JoinService(classes, limits, clock),
                new RunStatusStore(jdbc, tx, clock), new ClassExport(classes, jdbc));
    }

    public static ClassroomDb h2() {
        return h2(Clock.systemUTC(), ClassroomProperties.DEFAULTS);
    }

    public static ClassroomDb h2(Clock clock, ClassroomProperties limits) {
        DriverManagerDataSource ds = new DriverManagerDataSource(
                "jdbc:h2:mem:classroom" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        return new ClassroomDb(ds, null, clock, limits);
    }

    public static ClassroomDb postgres() {
        String schema = "c_" + HexFormat.of().toHexDigits(System.nanoTime());
        String sep = TestPostgres.URL.contains("?") ? "&" : "?";
        DriverManagerDataSource ds = new DriverManagerDataSource(TestPostgres.URL + sep + "currentSchema=" + schema,
                TestPostgres.USER, TestPostgres.PASSWORD);
        return new ClassroomDb(ds, schema, Clock.systemUTC(), ClassroomProperties.DEFAULTS);
    }

    @Override
    public void close() throws SQLException {
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(TestPostgres.URL, TestPostgres.USER, TestPostgres.PASSWORD);
                 Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } else {
            jdbc.execute("SHUTDOWN");
        }
    }
}
