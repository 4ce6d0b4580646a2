package lab.minimax.assignment;

import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A migrated database for the assignment tests: in-memory H2, or a fresh schema of the tests' PostgreSQL. */
public final class ClassroomDb {
    public final DataSource dataSource;
    public final JdbcTemplate sql;

    private ClassroomDb(DataSource ds) {
        this.dataSource = ds;
        this.sql = new JdbcTemplate(ds);
        Flyway.configure().dataSource(ds).load().migrate();
    }

    public static ClassroomDb h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:assignments-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return new ClassroomDb(ds);
    }

    public static ClassroomDb postgres() {
        String schema = "assign_" + Long.toHexString(System.nanoTime());
        DriverManagerDataSource admin = new DriverManagerDataSource(lab.minimax.store.TestPostgres.URL,
                lab.minimax.store.TestPostgres.USER, lab.minimax.store.TestPostgres.PASSWORD);
        new JdbcTemplate(admin).execute("CREATE SCHEMA " + schema);
        DriverManagerDataSource ds = new DriverManagerDataSource(lab.minimax.store.TestPostgres.URL
                + (lab.minimax.store.TestPostgres.URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                lab.minimax.store.TestPostgres.USER, lab.minimax.store.TestPostgres.PASSWORD);
        ClassroomDb db = new ClassroomDb(ds);
        db.schema = schema;
        db.admin = admin;
        return db;
    }

    private String schema;
    private DataSource admin;

    public void drop() {
        if (schema != null) {
            new JdbcTemplate(admin).execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    public void addClass(String id, String instructor, String name) {
        sql.update("INSERT INTO classes (id, instructor, name, join_code, created_at) VALUES (?, ?, ?, ?, ?)", id,
                instructor, name, id.substring(0, 6).toUpperCase(), Timestamp.from(Instant.now()));
    }

    public void addMember(String classId, String browser, String name) {
        sql.update("INSERT INTO class_members (class_id, browser_id, display_name, joined_at) VALUES (?, ?, ?, ?)",
                classId, browser, name, Timestamp.from(Instant.now()));
    }
}
