package lab.minimax.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.experiment.config.ConfigUrl;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.config.ParseMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import lab.minimax.ui.lab.MetricsTable;

/**
 * Drawn targets, export/import and presentation mode in a real browser (production mode), and
 * the frames/s and bytes per pushed frame of ring8.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = BrowserSupport.ONE_CLIENT_MANY_SESSIONS)
@DirtiesContext
class DrawAndExportIT extends BrowserTestBase {
    private static final Path FILES = Paths.get("target", "draw-and-export");

    @BeforeAll
    static void makeFolder() throws Exception {
        Files.createDirectories(FILES);
    }

    private Page open(int width, int height, List<String> errors, String query) {
        Page page = open(new Browser.NewPageOptions().setViewportSize(width, height).setAcceptDownloads(true), query, errors);
        page.locator("mm-plane[data-seq]").waitFor();
        return page;
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void waitForStep(Page page, int atLeast) {
        page.waitForFunction("n => { const m = /step (\\d+)/.exec(document.getElementById('status').textContent);"
                + " return m && Number(m[1]) >= n; }", atLeast);
    }

    private static ExperimentConfig configOfUrl(String url) {
        String q = URI.create(url).getRawQuery();
        return ConfigUrl.parse(q, Limits.DEFAULTS, ParseMode.STRICT).config();
    }

    @Test
    void paintedPointsBecomeTheTargetAndTrain() {
        List<String> errors = new ArrayList<>();
        Page page = open(1366, 768, errors, "?_preset=ring8-gan");
        button(page, "Draw").click();
        page.waitForFunction("() => document.querySelector('mm-plane').drawing === true");
        Locator plane = page.locator("mm-plane");
        assertThat(button(page, "Draw")).hasAttribute("aria-pressed", "true");
        // the plot's canvas (the legend and the model overview sit under it, inside mm-plane)
        BoundingBox b = plane.locator("canvas").first().boundingBox();
        double cx = b.x + b.width / 2;
        double cy = b.y + b.height / 2;
        double r = Math.min(b.width, b.height) * 0.25;
        // a circle in one stroke, then a dot in its middle (a second stroke)
        page.mouse().move(cx + r, cy);
        page.mouse().down();
        for (int i = 1; i <= 60; i++) {
            double a = 2 * Math.PI * i / 60;
            page.mouse().move(cx + r * Math.cos(a), cy + r * Math.sin(a), new com.microsoft.playwright.Mouse.MoveOptions().setSteps(2));
        }
        page.mouse().up();
        page.mouse().click(cx, cy);
        Locator count = page.locator(".lab-count");
        // the server's count has caught up with the browser's drawing (both strokes sent)
        page.waitForFunction("() => { const n = document.querySelector('mm-plane').pen.points.length / 2;"
                + " return n >= 30 && document.querySelector('.lab-count').textContent === n + ' points'; }");
        int drawn = Integer.parseInt(count.textContent().split(" ")[0]);
        page.screenshot(new Page.ScreenshotOptions().setPath(FILES.resolve("drawing.png")));

        button(page, "Use these points").click();
        page.waitForFunction("() => location.search.includes('target.name=points')");
        ExperimentConfig c = configOfUrl(page.url());
        assertEquals("points", c.target().name());
        assertEquals(drawn, c.target().points().size(), "every drawn point is in the target and the link");
        // the points lie on the drawn circle: about equally far from their mean
        double mx = 0;
        double my = 0;
        int n = c.target().points().size();
        for (int i = 0; i < n; i++) {
            mx += c.target().points().x(i) / n;
            my += c.target().points().y(i) / n;
        }
        assertTrue(Math.hypot(mx, my) < 0.6, "the drawing is centred on the plane: " + mx + ", " + my);
        assertThat(page.locator("#status")).containsText("step 0 ");

        button(page, "Play").click();
        waitForStep(page, 20);
        button(page, "Pause").click();
        page.screenshot(new Page.ScreenshotOptions().setPath(FILES.resolve("trained-on-drawing.png")));
        assertTrue(errors.isEmpty(), "browser errors: " + errors);
        page.close();
    }

    @Test
    void exportThenImportRestoresTheExperimentAndTheOtherDownloadsWork() throws Exception {
        List<String> errors = new ArrayList<>();
        Page page = open(1366, 768, errors, "?_preset=points-smiley&seed=42");
        ExperimentConfig shown = configOfUrl(page.url());
        Download json = page.waitForDownload(() -> page.getByText("Export config").click());
        Path file = FILES.resolve("exported.json");
        json.saveAs(file);
        ExperimentConfig exported = ConfigJson.parse(Files.readString(file), Limits.DEFAULTS).config();
        assertEquals(shown, exported, "the export is the experiment on screen");

        button(page, "Step").click();
        assertThat(page.locator("#status")).containsText("step 1 ");
        Download csv = page.waitForDownload(() -> page.getByText("Metrics CSV").click());
        csv.saveAs(FILES.resolve("metrics.csv"));
        List<String> lines = Files.readAllLines(FILES.resolve("metrics.csv"));
        assertEquals(MetricsTable.header(), lines.get(0));
        assertTrue(lines.size() >= 2 && lines.get(lines.size() - 1).startsWith("1,"), "rows: " + lines);

        Download png = page.waitForDownload(() -> button(page, "PNG").click());
        png.saveAs(FILES.resolve("view.png"));
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(FILES.resolve("view.png")), 8);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head, "a PNG file");
        page.close();

        Page other = open(1366, 768, errors, "?_preset=ring8-gan");
        String seqBefore = other.locator("mm-plane").getAttribute("data-seq");
        FileChooser chooser = other.waitForFileChooser(() -> button(other, "Import config").click());
        chooser.setFiles(file);
        other.waitForFunction("() => location.search.includes('target.name=points')");
        assertEquals(exported, configOfUrl(other.url()), "import restores the experiment and its link");
        // the new run's first frame is on screen
        other.waitForFunction("s => document.querySelector('mm-plane').dataset.seq !== s", seqBefore);
        assertThat(other.locator("#status")).containsText("step 0 ");
        button(other, "Step").click();
        assertThat(other.locator("#status")).containsText("step 1 ");

        // a bad file: named problem, nothing changed
        Path bad = FILES.resolve("bad.json");
        Files.writeString(bad, Files.readString(file).replaceFirst("\"batchSize\": \\d+", "\"batchSize\": 0"),
                StandardCharsets.UTF_8);
        FileChooser again = other.waitForFileChooser(() -> button(other, "Import config").click());
        again.setFiles(bad);
        assertThat(other.locator("#import-message")).containsText("batchSize: ");
        // the message wraps inside the settings column instead of running past its right edge
        Object fits = other.evaluate("() => { const m = document.getElementById('import-message');"
                + " const f = document.querySelector('.lab-form'); const r = m.getBoundingClientRect();"
                + " return m.scrollWidth <= m.clientWidth + 1 && r.right <= f.getBoundingClientRect().right + 1; }");
        assertEquals(Boolean.TRUE, fits, "the import message fits in the form column");
        assertEquals(exported, configOfUrl(other.url()));
        assertTrue(errors.isEmpty(), "browser errors: " + errors);
        other.close();
    }

    @Test
    void presentationModeFitsAProjectorAndALaptopWithoutOverlap() {
        List<String> errors = new ArrayList<>();
        for (int[] size : new int[][] {{1920, 1080}, {1366, 768}}) {
            Page page = open(size[0], size[1], errors, "?_preset=ring8-gan&_present=1");
            assertThat(page.locator(".lab.lab-present")).isVisible();
            assertThat(button(page, "Presentation")).hasAttribute("aria-pressed", "true");
            BrowserSupport.assertApart(page, size[0], size[1],
                    List.of(".lab-head", ".lab-form", ".lab-view", ".lab-charts"));
            BrowserSupport.assertApart(page, size[0], size[1], List.of(".lab-drawbar", "mm-plane"));
            BoundingBox p = page.locator("mm-plane").boundingBox();
            assertTrue(Math.min(p.width, p.height) >= (size[0] > 1700 ? 600 : 400), "plane " + p.width + "×" + p.height);
            Object font = page.evaluate("() => getComputedStyle(document.querySelector('mm-plane'))"
                    + ".getPropertyValue('--mm-chart-font').trim()");
            assertEquals(size[0] > 1700 ? "18px" : "15px", font);
            page.screenshot(new Page.ScreenshotOptions().setPath(FILES.resolve("present-" + size[0] + ".png")));
            button(page, "Presentation").click();
            assertThat(page.locator(".lab.lab-present")).hasCount(0);
            page.waitForFunction("() => !location.search.includes('_present')");
            BrowserSupport.assertApart(page, size[0], size[1],
                    List.of(".lab-head", ".lab-form", ".lab-view", ".lab-charts"));
            page.close();
        }
        assertTrue(errors.isEmpty(), "browser errors: " + errors);
    }

    /** Frames/s and bytes per pushed frame for ring8 while training (printed for the report). */
    @Test
    void ring8FramesAreMeasured() {
        List<String> errors = new ArrayList<>();
        long[] ws = new long[2];
        Page page = newPage(new Browser.NewPageOptions().setViewportSize(1366, 768), errors);
        page.onWebSocket(w -> w.onFrameReceived(f -> {
            String t = f.text();
            if (t != null && t.contains("setFrame")) {
                ws[0]++;
                ws[1] += t.getBytes(StandardCharsets.UTF_8).length;
            }
        }));
        page.navigate(url("?_preset=ring8-gan"));
        page.locator("mm-plane[data-seq]").waitFor();
        button(page, "Play").click();
        waitForStep(page, 10);
        long seq0 = Long.parseLong(page.locator("mm-plane").getAttribute("data-seq"));
        long step0 = stepOf(page);
        long frames0 = ws[0];
        long bytes0 = ws[1];
        long t0 = System.nanoTime();
        page.waitForTimeout(6000);
        long seq1 = Long.parseLong(page.locator("mm-plane").getAttribute("data-seq"));
        long step1 = stepOf(page);
        double dt = (System.nanoTime() - t0) / 1e9;
        long frames = ws[0] - frames0;
        long bytes = ws[1] - bytes0;
        button(page, "Pause").click();
        System.out.printf("ring8 in the browser: %.1f frames/s drawn, %.0f steps/s, %d pushed frames, %.0f bytes per pushed frame%n",
                (seq1 - seq0) / dt, (step1 - step0) / dt, frames, frames == 0 ? 0.0 : (double) bytes / frames);
        assertTrue(seq1 > seq0 && frames > 0, "frames were drawn and pushed");
        assertTrue(errors.isEmpty(), "browser errors: " + errors);
        page.close();
    }

    private static long stepOf(Page page) {
        Matcher m = Pattern.compile("step (\\d+)").matcher(page.locator("#status").textContent());
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }
}
