package lab.minimax.cli;

import lab.minimax.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code user add|list|remove} on an H2 file database in a temporary data directory (created and
 * migrated by the command itself), and the way out when a server holds that file: a second
 * process (a forked JVM) gets exit code 2 and the message, while this JVM holds the database open.
 */
class UserCommandTest {
    @TempDir
    Path dir;
    final InputStream stdin = System.in;

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private CliRun user(String password, String... args) {
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        List<String> all = new ArrayList<>(List.of("user"));
        all.addAll(List.of(args));
        all.addAll(List.of("--data-dir", dir.toString()));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void addListAndRemoveAnInstructor() throws Exception {
        CliRun add = user("difference engine", "add", "--role", "instructor", "--username", "Ada");
        assertEquals(0, add.code(), add.err());
        assertTrue(add.out().contains("added instructor 'ada'"), add.out());
        CliRun list = user("", "list");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("ada\tinstructor\t20")), list.out());

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("lab") + ";AUTO_SERVER=FALSE", "sa", "");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT password_hash FROM accounts WHERE username = 'ada'")) {
            assertTrue(r.next(), "the account is in the data directory's database");
            assertTrue(r.getString(1).startsWith("{bcrypt}$2"), r.getString(1));
        }

        user("another password", "add", "--username", "ada").assertRejected("username: 'ada' already exists");
        user("difference engine", "add", "--username", "a").assertRejected("username: 3 to 64 characters; got 1");
        user("short", "add", "--username", "grace").assertRejected("password: at least 10 characters; got 5");
        user("difference engine", "add", "--role", "admin", "--username", "grace").assertRejected("--role: only 'instructor'");
        user("difference engine", "add", "--username", "admin").assertRejected("the admin's login name");
        user("", "remove", "--username", "grace").assertRejected("--username: no account 'grace'");

        CliRun remove = user("", "remove", "--username", "ADA");
        assertEquals(0, remove.code(), remove.err());
        CliRun none = user("", "list");
        assertEquals(0, none.code(), none.err());
        assertTrue(none.out().contains("no instructor accounts"), none.out());
    }

    @Test
    void aServerHoldingTheH2FileGetsTheWaysOutAndExitTwo() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("lab") + ";AUTO_SERVER=FALSE";
        String expected = "the lab server holds " + dir.resolve("lab.mv.db").toAbsolutePath().normalize()
                + "; add the instructor in the admin view (/admin";
        try (Connection server = DriverManager.getConnection(url, "sa", "")) {
            assertFalse(server.isClosed());
            Forked held = fork("add", "--role", "instructor", "--username", "ada");
            assertEquals(2, held.code, held.output);
            assertTrue(held.output.contains(expected), held.output);
            assertTrue(held.output.contains("Instructors), or stop the server, or use PostgreSQL"), held.output);
            assertFalse(held.output.contains("Exception"), held.output);
        }
        Forked free = fork("add", "--role", "instructor", "--username", "ada");
        assertEquals(0, free.code, free.output);
        Forked list = fork("list");
        assertTrue(list.output.contains("ada\tinstructor"), list.output);
    }

    record Forked(int code, String output) {
    }

    private Forked fork(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "user"));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--data-dir", dir.toString()));
        ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true);
        b.environment().put(UserCommand.PASSWORD_ENV, "difference engine");
        b.environment().remove("SPRING_DATASOURCE_URL");
        Process p = b.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the forked command finished");
        return new Forked(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
