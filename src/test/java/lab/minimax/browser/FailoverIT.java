package lab.minimax.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.minimax.durable.RunCheckpoint;
import lab.minimax.durable.RunCheckpointCodec;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import lab.minimax.gan.checkpoint.TrainerCheckpoint;
import lab.minimax.store.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static lab.minimax.browser.LabPages.button;
import static lab.minimax.browser.LabPages.runId;
import static lab.minimax.browser.LabPages.step;
import static lab.minimax.browser.LabPages.waitForStep;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static lab.minimax.gan.checkpoint.TrainerCheckpointTest.assertSameParameters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failover (issue 15): two instances of the packaged jar share one PostgreSQL (a schema of its own
 * on the test database, dropped afterwards) behind Debian's nginx with the sticky configuration of
 * {@code deploy/nginx/}, all on 127.0.0.1, started by {@code deploy/local-cluster.sh} (which stops
 * by itself). A browser trains a run on the instance nginx pins it to; that instance is killed
 * with SIGKILL; the student's reload is served by the other, which resumes the run from the shared
 * store at most the checkpoint interval plus the measured write time behind what the page showed.
 * Play continues there, and the checkpoint its pause writes holds, bit for bit, the parameters of
 * an uninterrupted run of the same config and seed trained to the same step in this JVM.
 * {@code deploy/failover-check.sh} runs this test alone.
 */
class FailoverIT {
    private static final double INTERVAL_S = 2;
    private static final int STEPS_PER_SECOND = 20;
    private static final String PG_URL = TestPostgres.URL;
    private static final String PG_USER = TestPostgres.USER;
    private static final String PG_PASSWORD = TestPostgres.PASSWORD;

    @TempDir
    Path dir;

    @Test
    void aKilledInstanceIsTakenOverByTheOtherWithTheSameRun() throws Exception {
        String schema = "f_" + HexFormat.of().toHexDigits(System.nanoTime());
        int lb = LabProcess.freePort();
        int a = LabProcess.freePort();
        int b = LabProcess.freePort();
        String sep = PG_URL.contains("?") ? "&" : "?";
        Map<String, String> env = new HashMap<>(Map.of("JAR", Path.of("target/minimax-lab.jar").toAbsolutePath().toString(),
                "DIR", dir.toString(), "PORT_LB", "" + lb, "PORT_A", "" + a, "PORT_B", "" + b, "TTL", "900",
                "JAVA_OPTS", "-Xmx768m"));
        env.putAll(Map.of("SPRING_DATASOURCE_URL", PG_URL + sep + "currentSchema=" + schema,
                "SPRING_DATASOURCE_USERNAME", PG_USER, "SPRING_DATASOURCE_PASSWORD", PG_PASSWORD,
                "APP_ARGS", "--spring.flyway.schemas=" + schema + " --spring.flyway.create-schemas=true"
                        + " --minimax.checkpoint.interval=" + (int) INTERVAL_S + "s"
                        + " --minimax.limits.max-steps-per-second=" + STEPS_PER_SECOND
                        + " --minimax.admin.password={noop}" + LabProcess.ADMIN_PASSWORD));
        try (BrowserSupport.Chromium chromium = new BrowserSupport.Chromium()) {
            assertEquals(0, cluster("start", env), "local-cluster.sh start");
            Page page = chromium.browser.newContext().newPage();
            page.setDefaultTimeout(60_000);
            page.navigate("http://127.0.0.1:" + lb + "/?_preset=ring8-gan&seed=7");
            page.locator("mm-plane[data-seq]").waitFor();
            page.waitForFunction("() => location.search.includes('_run=')");
            String link = page.url();
            int first = upstream(page);
            assertTrue(first == a || first == b, "served by an instance: " + first);
            button(page, "Play").click();
            waitForStep(page, (int) (3 * INTERVAL_S * STEPS_PER_SECOND));
            double writeMaxS = meter(first, "minimax_checkpoint_write_seconds_max");
            long shown = step(page);
            kill(first);
            long killed = System.nanoTime();

            // the student reloads: nginx passes the dead instance over, the other resumes the run
            page.navigate(link);
            page.locator("mm-plane[data-seq]").waitFor();
            assertThat(page.locator("#run-message")).containsText("Resumed at step");
            double resumeS = (System.nanoTime() - killed) / 1e9;
            int second = upstream(page);
            assertNotEquals(first, second, "the other instance serves the run now");
            long resumed = step(page);
            double bound = STEPS_PER_SECOND * (INTERVAL_S + writeMaxS + 1.0);
            assertTrue(resumed > 0 && shown - resumed <= bound, "shown at step " + shown + " before the kill, resumed at "
                    + resumed + "; at most " + bound + " steps may be lost");
            assertEquals(runId(link), runId(page.url()), "the link keeps its run");
            System.out.printf("failover: shown at step %d on :%d, killed; resumed on :%d at step %d (%d steps, %.2f s lost),"
                    + " %.1f s after the kill; write max %.3f s%n", shown, first, second, resumed, shown - resumed,
                    (shown - resumed) / (double) STEPS_PER_SECOND, resumeS, writeMaxS);

            // Play continues the same run: its next checkpoint is an uninterrupted run's state
            button(page, "Play").click();
            waitForStep(page, (int) resumed + 40);
            button(page, "Pause").click();
            assertThat(page.locator("#status")).containsText("paused");
            long paused = step(page);
            RunCheckpoint c = checkpointAt(schema, runId(link), paused);
            ExperimentConfig config = ConfigJson.parse(c.configJson(), Limits.DEFAULTS).config();
            Trainer continued = TrainerFactory.create(config);
            TrainerCheckpoint.restore(continued, config, c.trainer());
            Trainer reference = TrainerFactory.create(config);
            while (reference.generatorSteps() < paused) {
                reference.step();
            }
            assertEquals(paused, continued.generatorSteps());
            assertSameParameters(reference, continued);
        } finally {
            cluster("stop", env);
            try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            for (String f : new String[] {"app-" + a + ".log", "app-" + b + ".log"}) {
                if (Files.exists(dir.resolve(f))) {
                    System.out.println(f + " tail:\n" + LabProcess.tail(dir.resolve(f)));
                }
            }
        }
    }

    private static int cluster(String command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "deploy/local-cluster.sh", command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("local-cluster.sh " + command + " did not end within 300 s");
        }
        return p.exitValue();
    }

    private void kill(int port) throws Exception {
        long pid = Long.parseLong(Files.readString(dir.resolve("app-" + port + ".pid")).trim());
        ProcessHandle h = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("instance :" + port + " is not running"));
        h.destroyForcibly();
        h.onExit().get(30, TimeUnit.SECONDS);
    }

    /** The instance that answers this page's browser now (nginx's X-Upstream, the same route cookie). */
    private static int upstream(Page page) {
        String u = (String) page.evaluate("() => fetch(location.pathname, {cache: 'no-store'}).then(r => r.headers.get('X-Upstream'))");
        Matcher m = Pattern.compile(":(\\d+)$").matcher(String.valueOf(u));
        assertTrue(m.find(), "X-Upstream: " + u);
        return Integer.parseInt(m.group(1));
    }

    private static double meter(int port, String name) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + LabProcess.ADMIN_PASSWORD).getBytes())).GET().build();
        String body = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*})? ([0-9.eE+-]+)$").matcher(body);
        assertTrue(m.find(), "no " + name + " on :" + port);
        return Double.parseDouble(m.group(1));
    }

    /** The run's checkpoint at {@code step} in the shared store, waited for (the pause writes it off the page's thread). */
    private static RunCheckpoint checkpointAt(String schema, String runId, long step) throws Exception {
        long end = System.nanoTime() + 30_000_000_000L;
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
             PreparedStatement q = c.prepareStatement("SELECT state FROM " + schema + ".checkpoints WHERE run_id = ? AND step = ?")) {
            q.setString(1, runId);
            q.setLong(2, step);
            while (System.nanoTime() < end) {
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        return RunCheckpointCodec.read(rs.getBytes(1));
                    }
                }
                Thread.sleep(200);
            }
        } catch (SQLException e) {
            throw new AssertionError("the shared store cannot be read: " + e.getMessage(), e);
        }
        throw new AssertionError("no checkpoint of the run at step " + step + " within 30 s");
    }

}
