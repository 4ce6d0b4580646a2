package lab.minimax.browser;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import lab.minimax.store.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static lab.minimax.browser.LabPages.button;
import static lab.minimax.browser.LabPages.step;
import static lab.minimax.browser.LabPages.waitForStep;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store fails loudly but harmlessly (issue 15): the packaged jar on PostgreSQL reached through
 * a {@link CuttableProxy}; a run trains in Chromium; the database is cut off mid-run. Training goes
 * on (the step keeps rising), the page shows the store banner, {@code /actuator/health/store}
 * reports DOWN (503) while liveness and readiness stay UP, and
 * {@code minimax_checkpoint_failures_total} counts. When the database is back, the writer catches
 * up by itself: the health is UP again, the banner goes, and new checkpoints are written.
 */
class DatabaseOutageIT {

    @TempDir
    Path dir;

    @Test
    void anOutageNeverStopsTrainingAndCheckpointsCatchUpAfterIt() throws Exception {
        String schema = "o_" + HexFormat.of().toHexDigits(System.nanoTime());
        URI pg = URI.create(TestPostgres.URL.substring("jdbc:".length()));
        String db = pg.getPath();
        try (CuttableProxy proxy = new CuttableProxy(pg.getHost(), pg.getPort() < 0 ? 5432 : pg.getPort());
             BrowserSupport.Chromium chromium = new BrowserSupport.Chromium();
             LabProcess lab = LabProcess.start(LabProcess.freePort(), dir.resolve("data"), dir.resolve("lab.log"), List.of(
                     "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + proxy.port() + db + "?currentSchema=" + schema,
                     "--spring.datasource.username=" + TestPostgres.USER,
                     "--spring.datasource.password=" + TestPostgres.PASSWORD,
                     "--spring.flyway.schemas=" + schema, "--spring.flyway.create-schemas=true",
                     "--minimax.checkpoint.interval=1s", "--minimax.limits.max-steps-per-second=20"))) {
            try {
                Page page = chromium.browser.newContext().newPage();
                page.setDefaultTimeout(60_000);
                page.navigate(lab.url("/?_preset=ring8-gan"));
                page.locator("mm-plane[data-seq]").waitFor();
                button(page, "Play").click();
                waitForStep(page, 40);
                waitFor(() -> lab.meter("minimax_checkpoint_writes_total") >= 1, "a first checkpoint");
                assertEquals(200, lab.get("/actuator/health/store").statusCode());

                proxy.cut();
                long cutAt = step(page);
                waitFor(() -> lab.get("/actuator/health/store").statusCode() == 503, "the store reported DOWN");
                assertTrue(lab.get("/actuator/health/store").body().contains("\"DOWN\""));
                assertEquals(200, lab.get("/actuator/health/liveness").statusCode(), "liveness ignores the store");
                assertEquals(200, lab.get("/actuator/health/readiness").statusCode(), "readiness ignores the store");
                assertThat(page.locator("#store-banner")).containsText("unreachable");
                waitForStep(page, (int) cutAt + 40); // training goes on
                assertTrue(lab.meter("minimax_checkpoint_failures_total") >= 1, "failures are counted");
                double writesDuringOutage = lab.meter("minimax_checkpoint_writes_total");

                proxy.restore();
                waitFor(() -> lab.get("/actuator/health/store").statusCode() == 200, "the store reported UP again");
                waitFor(() -> lab.meter("minimax_checkpoint_writes_total") > writesDuringOutage, "checkpoints written again");
                assertThat(page.locator("#store-banner")).isHidden();
                System.out.printf("database outage: training went on from step %d to %d meanwhile; %.0f failed writes;"
                        + " checkpoints caught up%n", cutAt, step(page), lab.meter("minimax_checkpoint_failures_total"));
                lab.terminate();
            } finally {
                try (Connection c = DriverManager.getConnection(TestPostgres.URL, TestPostgres.USER,
                        TestPostgres.PASSWORD); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
        }
    }

    interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check check, String what) throws Exception {
        long end = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < end) {
            if (check.holds()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not within 60 s: " + what);
    }
}
