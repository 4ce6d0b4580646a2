package lab.minimax.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import lab.minimax.lesson.Lesson;
import lab.minimax.lesson.Lessons;
import lab.minimax.ui.chart.MetricChart;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The series charts (uPlot) in a real browser: every plot area is at least 120 px tall at 1366×768
 * on the lab page, every lesson page and the comparison, with its legend under it and not over it;
 * the lab's chart column holds all its charts without a scrollbar there; the plots grow at
 * 1920×1080; neyman's spike gets a symlog axis with unclipped tick text at 0 and ±{1, 2, 5}·10^k;
 * an infinite reverse KL(q‖p) is drawn as an ∞ marker with its reason; every chart has a point
 * within 2 s of Play.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = BrowserSupport.ONE_CLIENT_MANY_SESSIONS)
@DirtiesContext
class ChartLayoutIT extends BrowserTestBase {
    private static final Path SHOTS = Paths.get("target", "screenshots");
    private static final double MIN_PLOT = 120;
    /** The longest a chart may stay empty after Play for a run alone (issue 13). */
    private static final double FIRST_POINTS_MS = 2_000;

    @Override
    Page open(int width, int height, String path, List<String> errors) {
        Page page = super.open(width, height, path, errors);
        page.locator("mm-series .u-over").first().waitFor();
        page.waitForTimeout(400); // let the resize observers settle
        return page;
    }

    /** Each chart's title, plot box and legend box. */
    private static List<double[]> plots(Page page, String where) {
        // the image-only charts (Fréchet distance, digit balance, nearest digit) stay hidden on 1D and 2D targets
        Locator charts = page.locator("mm-series:visible");
        int n = charts.count();
        assertTrue(n > 0, where + ": no series chart");
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Locator c = charts.nth(i);
            c.scrollIntoViewIfNeeded();
            BoundingBox over = c.locator(".u-over").boundingBox();
            BoundingBox legend = c.locator(".u-legend").boundingBox();
            String title = c.locator(".u-title").textContent();
            assertTrue(over != null && legend != null, where + " " + title + ": no plot or legend");
            assertTrue(over.height >= MIN_PLOT, where + " " + title + ": plot " + over.height + " px tall");
            // the legend lies below the plot, not over it
            assertTrue(legend.y >= over.y + over.height - 0.5,
                    where + " " + title + ": legend at " + legend.y + " over the plot ending at " + (over.y + over.height));
            out.add(new double[] {over.height, legend.height});
        }
        return out;
    }

    private List<String> pages() {
        List<String> paths = new ArrayList<>();
        paths.add("");
        for (Lesson l : Lessons.all()) {
            paths.add("lesson/" + l.id());
        }
        Lesson pair = Lessons.all().stream().filter(x -> x.compareWith() != null).findFirst().orElseThrow();
        paths.add("compare?_lesson=" + pair.id());
        return paths;
    }

    @Test
    void everyPlotIsAtLeast120PxTallAt1366x768WithItsLegendBelowIt() {
        for (String path : pages()) {
            List<String> errors = new ArrayList<>();
            Page page = open(1366, 768, path, errors);
            List<double[]> boxes = plots(page, "/" + path);
            assertFalse(boxes.isEmpty());
            if (path.isEmpty()) {
                // the lab's chart column holds all its charts without a scrollbar (issue 13)
                page.evaluate("() => document.querySelector('.lab-charts').scrollTop = 0");
                @SuppressWarnings("unchecked")
                Map<String, Object> column = (Map<String, Object>) page.evaluate("() => { const c = document.querySelector('.lab-charts');"
                        + " return { scroll: c.scrollHeight, client: c.clientHeight, charts: c.querySelectorAll('mm-series').length }; }");
                System.out.println("ChartLayoutIT: the lab's chart column at 1366×768 " + column + ", plot and legend heights "
                        + boxes.stream().map(b -> (int) b[0] + "+" + (int) b[1]).toList());
                assertTrue(((Number) column.get("scroll")).doubleValue() <= ((Number) column.get("client")).doubleValue() + 1,
                        "the lab's chart column scrolls at 1366×768: " + column);
            }
            assertTrue(errors.isEmpty(), "/" + path + ": browser errors: " + errors);
            page.close();
        }
    }

    @Test
    void thePlotsAreTallerAt1920x1080ThanAt1366x768() {
        for (String path : List.of("", "lesson/" + Lessons.all().get(0).id())) {
            List<String> errors = new ArrayList<>();
            Page small = open(1366, 768, path, errors);
            double h1366 = plots(small, "/" + path + " at 1366").get(0)[0];
            small.close();
            Page big = open(1920, 1080, path, errors);
            double h1920 = plots(big, "/" + path + " at 1920").get(0)[0];
            big.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("charts-1920" + path.replace('/', '-') + ".png")));
            big.close();
            assertTrue(h1920 > h1366 + 30, "/" + path + ": plot " + h1920 + " px at 1920 against " + h1366 + " at 1366");
        }
    }

    /** The Losses chart's y scale and tick text, and whether each tick fits in the axis. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> lossAxis(Page page) {
        return (Map<String, Object>) page.evaluate("() => {"
                + " const el = [...document.querySelectorAll('mm-series')].find(e => e.config.title === 'Losses');"
                + " const u = el.plot; const ax = u.axes[1];"
                + " const ctx = document.createElement('canvas').getContext('2d'); ctx.font = ax.font[0];"
                + " const vals = (ax._values || []).map(String);"
                + " const widest = Math.max(0, ...vals.map(v => ctx.measureText(v).width)) / devicePixelRatio;"
                + " return { distr: u.scales.y.distr, values: vals.join('|'), widest, size: ax._size }; }");
    }

    /**
     * No chart is empty for more than 2 s after Play for a run alone (issue 13): on the curved
     * targets, a drawn one and a 1D one every chart over steps has a point, and the 1D view's
     * histogram, q̂ and D* have left step 0, within {@value #FIRST_POINTS_MS} ms of the click.
     */
    @Test
    void everyChartHasAPointWithin2sOfPlay() {
        Map<String, Map<String, Double>> ms = new LinkedHashMap<>();
        Map<String, Object> empty = new LinkedHashMap<>();
        for (String preset : List.of("spiral", "moons", "swissroll", "points-smiley", "gaussian-1d")) {
            List<String> errors = new ArrayList<>();
            Page page = open(1366, 768, "?_preset=" + preset, errors);
            page.locator("mm-plane[data-seq], mm-line1d[data-seq]").first().waitFor();
            // every chart of the lab but Modes, which the curves and drawn points have none of
            int modes = preset.equals("gaussian-1d") ? 1 : 0;
            long charted = MetricChart.lab().stream().filter(c -> !c.imageOnly()).count();
            assertEquals(charted - 1 + modes, page.locator("mm-series:visible").count(), preset + ": charts shown");
            ChartProbe.markBeforePlay(page);
            play(page).click();
            try {
                ms.put(preset, ChartProbe.msToFirstPoints(page, 4 * FIRST_POINTS_MS));
            } catch (TimeoutError e) {
                ms.put(preset, Map.of("all", Double.POSITIVE_INFINITY));
                empty.put(preset, ChartProbe.notYetDrawn(page));
            }
            page.close();
            assertTrue(errors.isEmpty(), preset + ": browser errors: " + errors);
        }
        System.out.println("ChartLayoutIT: ms from Play until each chart has a point " + ms);
        ms.forEach((preset, t) -> assertTrue(t.get("all") <= FIRST_POINTS_MS, preset + ": " + t + " ms after Play (all: "
                + ms + "; still empty after " + 4 * FIRST_POINTS_MS + " ms: " + empty + ")"));
    }

    private static Locator play(Page page) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Play").setExact(true));
    }

    @Test
    void neymansSpikeGetsASymlogAxisWithUnclippedTicks() {
        List<String> errors = new ArrayList<>();
        Page page = open(1366, 768, "?objective.divergence=neyman", errors);
        play(page).click();
        page.waitForFunction("() => { const el = [...document.querySelectorAll('mm-series')]"
                + ".find(e => e.config.title === 'Losses'); return el && el.plot && el.plot.scales.y.distr === 4; }",
                null, new Page.WaitForFunctionOptions().setTimeout(90_000));
        page.waitForTimeout(500);
        Map<String, Object> axis = lossAxis(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("charts-neyman.png")));
        assertEquals(4, ((Number) axis.get("distr")).intValue(), axis.toString());
        String values = (String) axis.get("values");
        assertFalse(values.isEmpty(), axis.toString());
        for (String v : values.split("\\|")) {
            assertFalse(v.startsWith("000"), "tick " + v + " in " + values);
            assertTrue(v.length() <= 7, "tick " + v + " is not compact: " + values);
            assertTrue(v.isEmpty() || symlogTick(Double.parseDouble(v)), "symlog tick " + v + " is not 0 or ±{1, 2, 5}·10^k: " + values);
        }
        // every symlog axis on the page (Losses, and the Divergences of a negative bound, …) ticks at 0 and ±{1, 2, 5}·10^k
        @SuppressWarnings("unchecked")
        Map<String, String> symlog = (Map<String, String>) page.evaluate("() => Object.fromEntries([...document.querySelectorAll('mm-series')]"
                + ".filter(e => e.plot && e.plot.scales.y.distr === 4).map(e => [e.config.title, (e.plot.axes[1]._values || []).join('|')]))");
        System.out.println("ChartLayoutIT: symlog ticks " + symlog);
        symlog.forEach((title, ticks) -> {
            for (String v : ticks.split("\\|")) {
                assertTrue(v.isEmpty() || symlogTick(Double.parseDouble(v)), title + ": symlog tick " + v + " in " + ticks);
            }
        });
        // the y axis (label + ticks) is wider than its widest tick text
        assertTrue(((Number) axis.get("size")).doubleValue() > ((Number) axis.get("widest")).doubleValue() + 14, axis.toString());
        assertTrue(errors.isEmpty(), "browser errors: " + errors);
        page.close();
    }

    /** Whether {@code v} is 0 or ±m·10^k with m in {1, 2, 5}. */
    private static boolean symlogTick(double v) {
        if (v == 0) {
            return true;
        }
        double a = Math.abs(v);
        double m = a / Math.pow(10, Math.floor(Math.log10(a) + 1e-9));
        return Math.abs(m - 1) < 1e-6 || Math.abs(m - 2) < 1e-6 || Math.abs(m - 5) < 1e-6;
    }

    @Test
    void anInfiniteReverseKlIsAnInfinityMarkerWithItsReason() {
        List<String> errors = new ArrayList<>();
        // on a bounded target q̂'s kernels leak past the edge, where p = 0: reverse KL(q‖p) = +∞
        Page page = open(1366, 768, "?target.name=uniform&target.lo=-1&target.hi=1", errors);
        play(page).click();
        Locator divergences = page.locator("mm-series").filter(new Locator.FilterOptions().setHasText("Divergences"));
        divergences.locator(".mm-inf-mark").first().waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        String title = divergences.locator(".mm-inf-mark").first().getAttribute("title");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("charts-infinity.png")));
        assertTrue(title.contains("= ∞") && title.contains("mass where p = 0"), title);
        assertTrue(divergences.locator(".mm-series-infinity").textContent().contains("mass where p = 0"));
        // the marker sits at the top edge of the plot (measured in one go: each redraw re-adds it)
        Number offset = (Number) page.evaluate("() => { const el = [...document.querySelectorAll('mm-series')]"
                + ".find(e => e.config.title === 'Divergences'); const m = el.querySelector('.mm-inf-mark');"
                + " return m.getBoundingClientRect().top - el.querySelector('.u-over').getBoundingClientRect().top; }");
        assertTrue(offset.doubleValue() >= -0.5 && offset.doubleValue() <= 4, "∞ marker " + offset + " px below the plot's top");
        assertTrue(errors.isEmpty(), "browser errors: " + errors);
        page.close();
    }
}
