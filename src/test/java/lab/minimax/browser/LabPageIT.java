package lab.minimax.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import lab.minimax.training.LiveRuns;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import lab.minimax.live.frame.PlaneFrame;
import lab.minimax.live.TestFrames;
import lab.minimax.live.wire.GridCoding;
import lab.minimax.live.wire.Quantiser;
import lab.minimax.ui.chart.MetricChart;
import lab.minimax.ui.chart.PlaneChart;

/**
 * The lab page in a real browser (Debian's Chromium, headless) against the app in production mode.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = BrowserSupport.ONE_CLIENT_MANY_SESSIONS)
@DirtiesContext
class LabPageIT extends BrowserTestBase {
    private static final Pattern STEP = Pattern.compile("step (\\d+)");
    private static final Path SHOTS = Paths.get("target", "screenshots");

    @org.springframework.beans.factory.annotation.Autowired
    lab.minimax.training.RunRegistry registry;

    private Page open(int width, int height, List<String> errors) {
        return open(width, height, errors, "");
    }

    private Page open(int width, int height, List<String> errors, String query) {
        Page page = open(width, height, query, errors);
        // the first frame is drawn and acknowledged once the plane carries its sequence number
        page.locator("mm-plane[data-seq]").waitFor();
        return page;
    }

    private static long step(Page page) {
        Matcher m = STEP.matcher(page.locator("#status").textContent());
        assertTrue(m.find(), "status line: " + page.locator("#status").textContent());
        return Long.parseLong(m.group(1));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void playRaisesTheStepCountPauseStopsItAndThePlaneChanges() {
        List<String> errors = new ArrayList<>();
        Page page = open(1366, 768, errors, "?_preset=ring8-gan");
        Locator status = page.locator("#status");
        assertThat(status).containsText("step 0");
        assertThat(status).containsText("paused");
        Locator plane = page.locator("mm-plane");
        page.waitForTimeout(500);
        byte[] before = plane.screenshot();

        button(page, "Play").click();
        assertThat(status).containsText("running");
        page.waitForFunction("() => { const m = /step (\\d+)/.exec(document.getElementById('status').textContent);"
                + " return m && Number(m[1]) >= 30; }");
        byte[] during = plane.screenshot();
        assertFalse(Arrays.equals(before, during), "the plane changed while training");

        button(page, "Pause").click();
        assertThat(status).containsText("paused");
        long paused = step(page);
        page.waitForTimeout(1500);
        assertEquals(paused, step(page), "the step count stays while paused");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("lab-paused.png")));

        button(page, "Step G").click();
        assertThat(status).containsText("step " + (paused + 1) + " ");
        button(page, "Reset").click();
        assertThat(status).containsText("step 0 ");
        page.waitForTimeout(1000);
        assertTrue(Arrays.equals(before, plane.screenshot()), "reset shows the same first frame as before");
        assertNoOverlap(page, 1366, 768);
        assertTrue(errors.isEmpty(), "browser errors: " + errors);
        page.close();
    }

    @Test
    void theLayoutFitsAProjectorTheKeyboardStartsTrainingAndTheChartsGetData() {
        List<String> errors = new ArrayList<>();
        Page page = open(1920, 1080, errors);
        // keyboard alone: Tab to Play, Enter
        for (int i = 0; i < 10 && !"Play".equals(page.evaluate(
                "() => document.activeElement && document.activeElement.getAttribute('aria-label')")); i++) {
            page.keyboard().press("Tab");
        }
        assertEquals("Play", page.evaluate("() => document.activeElement.getAttribute('aria-label')"),
                "Play is reached with Tab");
        page.keyboard().press("Enter");
        page.waitForFunction("() => { const m = /step (\\d+)/.exec(document.getElementById('status').textContent);"
                + " return m && Number(m[1]) >= 30; }");
        button(page, "Pause").click();
        // every chart over steps has drawn its canvas and holds a text alternative
        // ring8 has modes; the image-only charts stay hidden on a 2D target
        Locator series = page.locator("mm-series:visible");
        assertEquals(MetricChart.lab().stream().filter(c -> !c.imageOnly()).count(), series.count());
        for (int i = 0; i < series.count(); i++) {
            assertThat(series.nth(i).locator("canvas")).hasCount(1);
            assertThat(series.nth(i).locator("[role=img]")).hasAttribute("aria-label", Pattern.compile(".+ at step \\d+"));
        }
        assertThat(page.locator("mm-plane canvas")).hasAttribute("aria-label", Pattern.compile("2D view at step \\d+"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("lab-1920.png")));
        assertNoOverlap(page, 1920, 1080);
        assertTrue(errors.isEmpty(), "browser errors: " + errors);
        page.close();
    }

    @Test
    void aOneDimensionalTargetShowsTheLineView() {
        List<String> errors = new ArrayList<>();
        Page page = open(1366, 768, errors);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Target")).first().click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("mixture (1D)")).click();
        Locator line = page.locator("mm-line1d");
        assertThat(line).isVisible();
        assertThat(page.locator("mm-plane")).isHidden();
        for (int i = 0; i < 3; i++) {
            button(page, "Step").click();
        }
        assertThat(page.locator("#status")).containsText("step 3 ");
        page.waitForFunction("() => document.querySelector('mm-line1d').dataset.seq !== undefined");
        line.screenshot(new Locator.ScreenshotOptions().setPath(SHOTS.resolve("line1d.png")));
        assertTrue(errors.isEmpty(), "browser errors: " + errors);
        page.close();
    }

    private static void waitForStep(Page page, int atLeast) {
        page.waitForFunction("n => { const m = /step (\\d+)/.exec(document.getElementById('status').textContent);"
                + " return m && Number(m[1]) >= n; }", atLeast);
    }

    private static void choose(Page page, String field, String option) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(field)).first().click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    @Test
    void switchingTheDivergenceRestartsAtStepZeroAndTrainsAgain() {
        List<String> errors = new ArrayList<>();
        Page page = open(1366, 768, errors, "?_preset=ring8-gan");
        Locator status = page.locator("#status");
        for (int i = 0; i < 3; i++) {
            button(page, "Step").click();
        }
        assertThat(status).containsText("step 3 ");
        for (String divergence : List.of("wgan-gp", "kl")) {
            choose(page, "Divergence", divergence);
            assertThat(status).containsText("step 0 ");
            assertTrue(page.url().contains("objective.divergence=" + divergence), page.url());
            button(page, "Play").click();
            waitForStep(page, 10);
            button(page, "Pause").click();
            assertThat(status).containsText("paused");
        }
        assertTrue(errors.isEmpty(), "browser errors: " + errors);
        page.close();
    }

    @Test
    void anInvalidLinkParameterIsNamedAndTheValidOnesAreKept() {
        List<String> errors = new ArrayList<>();
        Page page = open(1366, 768, errors, "?batchSize=0&objective.divergence=kl");
        Locator message = page.locator("#link-message");
        assertThat(message).isVisible();
        assertThat(message).containsText("batchSize");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Divergence")).first())
                .containsText("kl");
        page.waitForFunction("() => location.search.includes('objective.divergence=kl')");
        assertFalse(page.url().contains("batchSize=0"), "the link now holds the default: " + page.url());
        button(page, "Step G").click();
        assertThat(page.locator("#status")).containsText("step 1 ");
        String csp = page.request().get(url("")).headers().get("content-security-policy");
        assertEquals("frame-ancestors 'self'", csp, "embedding is governed by CSP frame-ancestors");
        page.close();
    }

    @Test
    void closingThePageReleasesItsRun() throws InterruptedException {
        LiveRuns runs = LiveRuns.since(registry);
        Page page = open(1366, 768, new ArrayList<>());
        Set<String> opened = runs.added();
        assertEquals(1, opened.size(), "the open page holds one run: " + opened);
        page.close();
        assertTrue(runs.awaitGone(opened.iterator().next(), 5_000), "the closed page released its run within 5 s");
    }

    /** Trains ring8 for a while, measures what the browser receives, and keeps a screenshot. */
    @Test
    void ring8TrainsAndTheScreenshotIsKept() throws Exception {
        List<String> errors = new ArrayList<>();
        long[] ws = new long[2];
        Page page = newPage(new Browser.NewPageOptions().setViewportSize(1366, 768), null);
        page.onWebSocket(w -> w.onFrameReceived(f -> {
            String t = f.text();
            if (t != null && t.contains("setFrame")) {
                ws[0]++;
                ws[1] += t.length();
            }
        }));
        page.onPageError(errors::add);
        page.navigate(url("?_preset=ring8-gan"));
        page.locator("mm-plane[data-seq]").waitFor();
        choose(page, "Speed", "50 steps/frame");
        button(page, "Play").click();
        waitForStep(page, 2000);
        String status = page.locator("#status").textContent();
        button(page, "Pause").click();
        System.out.println("ring8 in the browser: " + status + "; pushed frames " + ws[0] + ", mean "
                + (ws[0] == 0 ? 0 : ws[1] / ws[0]) + " characters per frame message");
        page.waitForTimeout(1200);
        java.nio.file.Files.createDirectories(SHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("lab.png")));
        assertTrue(ws[0] > 0, "frames were pushed");
        assertTrue(errors.isEmpty(), "browser errors: " + errors);
        page.close();
    }

    /**
     * The same run at the same step every time (ring8-gan's seed, {@link #SHOT_STEPS} single steps,
     * then one more after the heavy metrics are due again, so that D* is of that last step): the
     * plane's picture, kept as {@code target/screenshots/frame.png} to compare encodings by eye.
     */
    @Test
    void theSameStepOfTheSameRunDrawsTheSamePicture() throws Exception {
        List<String> errors = new ArrayList<>();
        Page page = open(1366, 768, errors, "?_preset=ring8-gan");
        Locator status = page.locator("#status");
        for (int i = 1; i <= SHOT_STEPS; i++) {
            button(page, "Step").click();
            assertThat(status).containsText("step " + i + " ");
        }
        page.waitForTimeout(1500);
        button(page, "Step").click();
        assertThat(status).containsText("step " + (SHOT_STEPS + 1) + " ");
        page.waitForTimeout(1000);
        java.nio.file.Files.createDirectories(SHOTS);
        byte[] shot = page.locator("mm-plane").screenshot(
                new Locator.ScreenshotOptions().setPath(SHOTS.resolve("frame.png")));
        assertTrue(shot.length > 1000, "a picture of the plane");
        assertTrue(errors.isEmpty(), "browser errors: " + errors);
        page.close();
    }

    private static final int SHOT_STEPS = 150;

    /**
     * The browser's decoders (lab-data.ts) against the server's codes: a frame of ring8-gan with
     * every layer, built here, handed to the page's mm-plane, and its decoded heat, D* and manifold
     * read back: each value is the one its code stands for (within float rounding of the scale, which
     * travels as a float's shortest decimal), so the predictive coding (GridCoding) loses nothing.
     */
    @Test
    void theBrowserDecodesAFrameToTheValuesOfItsCodes() {
        List<String> errors = new ArrayList<>();
        Page page = open(1366, 768, errors, "?_preset=ring8-gan");
        PlaneFrame p = TestFrames.plane("ring8-gan", 40);
        ObjectNode o = PlaneChart.toJson(1_000_000, p);
        String decoded = (String) page.evaluate("json => { const el = document.querySelector('mm-plane');"
                + " el.setFrame(JSON.parse(json)); const a = x => Array.from(x).map(v => Number.isNaN(v) ? null : v);"
                + " return JSON.stringify({heat: a(el.heat), dstar: a(el.dstar), grid: a(el.grid)}); }", o.toString());
        JsonNode got;
        try {
            got = new ObjectMapper().readTree(decoded);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        float[] hs = Quantiser.finiteRange(p.heat().values());
        assertValues(Quantiser.fromUint8(Quantiser.uint8Codes(p.heat().values(), hs[0], hs[1]), hs[0], hs[1]),
                got.get("heat"), hs[1] - hs[0], "heat");
        float[] ds = Quantiser.finiteRange(p.dStar().values());
        assertValues(Quantiser.fromUint8(Quantiser.uint8Codes(p.dStar().values(), ds[0], ds[1]), ds[0], ds[1]),
                got.get("dstar"), ds[1] - ds[0], "dstar");
        JsonNode box = o.get("pointBox");
        float[] lo = {(float) box.get(0).asDouble(), (float) box.get(2).asDouble()};
        float[] hi = {(float) box.get(1).asDouble(), (float) box.get(3).asDouble()};
        assertValues(Quantiser.fromInt16(Quantiser.int16Codes(p.manifold(), lo, hi), lo, hi), got.get("grid"), hi[0] - lo[0], "grid");
        assertTrue(errors.isEmpty(), "browser errors: " + errors);
        page.close();
    }

    /** Same length, NaN where expected, else equal within 1e-6 of the coded range (a code's step is 1/254 or 1/65534 of it). */
    private static void assertValues(float[] want, JsonNode got, float range, String what) {
        assertEquals(want.length, got.size(), what + " length");
        for (int i = 0; i < want.length; i++) {
            if (Float.isNaN(want[i])) {
                assertTrue(got.get(i).isNull(), what + "[" + i + "] is NaN, got " + got.get(i));
            } else {
                assertEquals(want[i], got.get(i).asDouble(), 1e-6 * range + 1e-7, what + "[" + i + "]");
            }
        }
    }

    /** axe-core 4.10.3 (npm, MPL-2.0), injected into the page: no serious or critical violation. */
    @Test
    void anAxeCoreScanFindsNoSeriousOrCriticalViolation() {
        List<String> errors = new ArrayList<>();
        Page page = open(1366, 768, errors, "?_preset=ring8-gan");
        button(page, "Step").click();
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(Paths.get("src", "test", "resources", "axe", "axe.min.js")));
        Object result = page.evaluate("async () => { const r = await axe.run(document);"
                + " return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')); }");
        assertEquals(List.of(), result, "axe-core violations");
        page.close();
    }

    /** The page's regions lie inside the viewport's width and do not overlap one another. */
    private static void assertNoOverlap(Page page, int width, int height) {
        List<String> regions = List.of(".lab-head", ".lab-form", ".lab-view", ".lab-charts");
        List<BoundingBox> boxes = BrowserSupport.assertApart(page, width, height, regions);
        for (int i = 0; i < boxes.size(); i++) {
            BoundingBox b = boxes.get(i);
            assertTrue(b.width > 50 && b.height > 30, regions.get(i) + " is too small: " + b.width + "×" + b.height);
        }
        // the plane is at least 360 px on its short side (usable on a laptop)
        BoundingBox p = page.locator("mm-plane").boundingBox();
        assertTrue(Math.min(p.width, p.height) >= 360, "plane " + p.width + "×" + p.height);
    }
}
