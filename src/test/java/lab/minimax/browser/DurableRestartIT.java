package lab.minimax.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static lab.minimax.browser.LabPages.button;
import static lab.minimax.browser.LabPages.runId;
import static lab.minimax.browser.LabPages.step;
import static lab.minimax.browser.LabPages.waitForStep;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Durable runs across a restart of a single instance on its embedded H2 store (issue 15,
 * acceptance), the packaged jar run as an operator runs it ({@link LabProcess}), one browser:
 * <ul>
 *   <li>SIGTERM with {@value #RUNS} runs, half paused and half training, and a checkpoint interval
 *   longer than the test: after the start again each page's link resumes its run, paused, and says
 *   so: the paused ones at exactly their pause step, the training ones (whose only checkpoint is
 *   the one their stop at shutdown took) at no less than the step their page last showed;</li>
 *   <li>kill -9 with runs training: each resumes at most the checkpoint interval plus the measured
 *   (maximum) write time behind the step its page last showed;</li>
 *   <li>the same link opened in another browser (another {@code mm-browser} cookie) gets a fresh
 *   run of the config, at step 0, and is told why.</li>
 * </ul>
 * Bit-identical continuation after a resume is asserted at the engine's level ({@code DurableResumeTest}).
 */
class DurableRestartIT {
    static final int RUNS = 20;
    /** The checkpoint interval of the kill -9 test (the default is 10 s). */
    static final double INTERVAL_S = 2;
    /** The runs train slowly (2 cores carry 20 of them and Chromium): what is tested is what survives. */
    private static final List<String> ARGS = List.of("--minimax.limits.max-runs-per-browser=100",
            "--minimax.limits.max-runs-per-session=100", "--minimax.limits.max-steps-per-second=20",
            "--minimax.checkpoint.interval=" + (int) INTERVAL_S + "s");
    /**
     * The SIGTERM test's: an interval longer than the test, so that a run that trained until the
     * shutdown has no checkpoint but the one its stop takes, and resumes only thanks to it.
     */
    private static final List<String> GRACEFUL = List.of("--minimax.limits.max-runs-per-browser=100",
            "--minimax.limits.max-runs-per-session=100", "--minimax.limits.max-steps-per-second=20",
            "--minimax.checkpoint.interval=1h");

    @TempDir
    Path dir;

    @Test
    void aGracefulRestartResumesEveryRunAtItsLastStep() throws Exception {
        int port = LabProcess.freePort();
        Path data = dir.resolve("data");
        Path log = dir.resolve("lab.log");
        try (BrowserSupport.Chromium chromium = new BrowserSupport.Chromium(); LabProcess first = LabProcess.start(port, data, log, GRACEFUL)) {
            long t0 = System.nanoTime();
            BrowserContext browser = chromium.browser.newContext();
            List<Page> pages = new ArrayList<>();
            List<String> links = new ArrayList<>();
            long[] paused = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                Page page = open(browser, first.url("/?_preset=ring8-gan&seed=" + (100 + i)));
                button(page, "Play").click();
                waitForStep(page, 10);
                if (i % 2 == 0) {
                    button(page, "Pause").click();
                    assertThat(page.locator("#status")).containsText("paused");
                    paused[i] = step(page);
                }
                pages.add(page);
                links.add(link(page));
            }
            long t1 = System.nanoTime();
            int exit = first.terminate();
            long t2 = System.nanoTime();
            assertTrue(exit == 0 || exit == 143, "a graceful shutdown exits with 0 or 128 + SIGTERM: " + exit);
            assertTrue(Files.readString(log).contains("stopped " + RUNS + " run(s) for shutdown"),
                    "the shutdown stopped every run (each stop is its last checkpoint): " + LabProcess.tail(log));
            // what each page showed last: a training run's page may lag its run (a background tab
            // draws 2 frames/s), never lead it
            long[] shown = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                shown[i] = i % 2 == 0 ? paused[i] : step(pages.get(i));
                // off the dead server: 20 pages retrying their push connection would load the new one
                pages.get(i).navigate("about:blank");
            }
            try (LabProcess second = LabProcess.start(port, data, log, GRACEFUL)) {
                long t3 = System.nanoTime();
                for (int i = 0; i < RUNS; i++) {
                    Page page = pages.get(i);
                    page.navigate(links.get(i));
                    page.locator("mm-plane[data-seq]").waitFor();
                    assertThat(page.locator("#run-message")).containsText("Resumed at step");
                    assertThat(page.locator("#status")).containsText("paused");
                    long resumed = step(page);
                    if (i % 2 == 0) {
                        assertEquals(paused[i], resumed, "run " + i + " resumes at its pause step");
                        assertThat(page.locator("#run-message")).containsText("Resumed at step " + String.format("%,d", resumed));
                    } else {
                        // its only checkpoint is the one its stop at shutdown took (the interval is longer than the test)
                        assertTrue(resumed >= shown[i], "run " + i + " was training at step ≥ " + shown[i]
                                + " when the server stopped, and resumed at " + resumed);
                    }
                    assertEquals(runId(links.get(i)), runId(link(page)), "the link keeps its run");
                }
                System.out.printf("SIGTERM restart, %d runs: %.1f s to open and train them, %.1f s graceful shutdown,"
                        + " %.1f s start again, %.1f s to reopen and resume all (%.2f s per page)%n", RUNS, (t1 - t0) / 1e9,
                        (t2 - t1) / 1e9, (t3 - t2) / 1e9, (System.nanoTime() - t3) / 1e9, (System.nanoTime() - t3) / 1e9 / RUNS);
                // the same link in another browser: a fresh run of its config, and why
                Page stranger = open(chromium.browser.newContext(), links.get(0));
                assertThat(stranger.locator("#run-message")).containsText("belongs to another browser");
                assertThat(stranger.locator("#status")).containsText("step 0 ");
                assertNotEquals(runId(links.get(0)), runId(link(stranger)), "the stranger's run has an id of its own");
                second.terminate();
            }
        }
    }

    @Test
    void aKilledInstanceResumesAtMostTheIntervalAndTheWriteTimeBehind() throws Exception {
        int port = LabProcess.freePort();
        Path data = dir.resolve("data");
        Path log = dir.resolve("lab.log");
        int runs = 4;
        try (BrowserSupport.Chromium chromium = new BrowserSupport.Chromium(); LabProcess first = LabProcess.start(port, data, log, ARGS)) {
            BrowserContext browser = chromium.browser.newContext();
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                Page page = open(browser, first.url("/?_preset=ring8-gan&seed=" + (200 + i)));
                button(page, "Play").click();
                pages.add(page);
            }
            // past a few intervals, so that every run has been checkpointed while it trained
            for (Page page : pages) {
                waitForStep(page, (long) (3 * INTERVAL_S * 20));
            }
            assertTrue(first.meter("minimax_checkpoint_writes_total") >= runs, "checkpoints were written while training");
            double writeMaxS = first.meter("minimax_checkpoint_write_seconds_max");
            List<String> links = new ArrayList<>();
            long[] shown = new long[runs];
            double[] rate = new double[runs];
            for (int i = 0; i < runs; i++) {
                links.add(link(pages.get(i)));
            }
            for (int i = 0; i < runs; i++) {
                shown[i] = step(pages.get(i));
                rate[i] = 20; // steps/s: the operator's cap, which these runs train at
            }
            first.kill();
            for (Page page : pages) {
                page.navigate("about:blank");
            }
            long killed = System.nanoTime();
            try (LabProcess second = LabProcess.start(port, data, log, ARGS)) {
                for (int i = 0; i < runs; i++) {
                    Page page = pages.get(i);
                    page.navigate(links.get(i));
                    page.locator("mm-plane[data-seq]").waitFor();
                    assertThat(page.locator("#run-message")).containsText("Resumed at step");
                    long resumed = step(page);
                    // the steps read from the pages were taken one after another before the kill:
                    // the later pages' runs trained on for the time it took (bounded by 1 s here)
                    double boundSteps = rate[i] * (INTERVAL_S + writeMaxS + 1.0);
                    long lost = shown[i] - resumed;
                    assertTrue(resumed > 0 && lost <= boundSteps, "run " + i + ": shown at step " + shown[i]
                            + " before the kill, resumed at " + resumed + " (" + lost + " steps lost; at most "
                            + boundSteps + " = " + rate[i] + " steps/s × (" + INTERVAL_S + " s interval + "
                            + writeMaxS + " s write + 1 s))");
                    System.out.printf("kill -9: run %d shown at step %d, resumed at %d: %d steps lost (%.2f s at %.0f steps/s),"
                            + " resumed %.1f s after the kill (the start again included); write max %.3f s%n",
                            i, shown[i], resumed, lost, lost / rate[i], rate[i], (System.nanoTime() - killed) / 1e9, writeMaxS);
                }
                second.terminate();
            }
        } finally {
            if (Files.exists(log)) {
                System.out.println("lab log tail:\n" + LabProcess.tail(log));
            }
        }
    }

    private static Page open(BrowserContext browser, String url) {
        Page page = browser.newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(url);
        page.locator("mm-plane[data-seq]").waitFor();
        page.waitForFunction("() => location.search.includes('_run=')");
        return page;
    }

    private static String link(Page page) {
        return page.url();
    }
}
