package lab.minimax.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures, against a running lab that the {@code load} harness keeps busy, how long after Play
 * each chart of a newly opened page stays empty (issue 13: at most 5 s "under the load of the
 * engine issue", i.e. 100 sessions of which 60 train). Not a test: the load takes minutes and
 * two cores; run it by hand, the README's "Server load" commands first, then (while the
 * harness measures):
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) lab.minimax.browser.FirstPointsUnderLoad http://127.0.0.1:18100/ 3
 * </pre>
 * It opens each preset of {@link #PRESETS} (the curved targets, a drawn one, a 1D one, and the
 * default ring8 lab) the given number of rounds, presses Play, prints the milliseconds until
 * every shown chart has a point (per chart and "all"), and exits 1 if any exceeds
 * {@link #LIMIT_MS}.
 */
public final class FirstPointsUnderLoad {
    /** The bound under load. */
    static final double LIMIT_MS = 5_000;
    static final List<String> PRESETS = List.of("", "spiral", "moons", "swissroll", "points-smiley", "gaussian-1d");

    private FirstPointsUnderLoad() {
    }

    public static void main(String[] args) {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:18100/";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        double worst = 0;
        try (BrowserSupport.Chromium c = new BrowserSupport.Chromium()) {
            for (int r = 0; r < rounds; r++) {
                for (String preset : PRESETS) {
                    Map<String, Double> ms = measure(c.browser, base, preset);
                    worst = Math.max(worst, ms.get("all"));
                    System.out.println("round " + (r + 1) + " " + (preset.isEmpty() ? "default" : preset) + ": " + ms);
                }
            }
        }
        System.out.printf("worst %.0f ms (limit %.0f ms)%n", worst, LIMIT_MS);
        System.exit(worst <= LIMIT_MS ? 0 : 1);
    }

    private static Map<String, Double> measure(Browser browser, String base, String preset) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 768));
        try {
            page.setDefaultTimeout(60_000);
            page.navigate(base + (preset.isEmpty() ? "" : "?_preset=" + preset));
            page.locator("mm-plane[data-seq], mm-line1d[data-seq]").first().waitFor();
            ChartProbe.markBeforePlay(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Play").setExact(true)).first().click();
            try {
                return ChartProbe.msToFirstPoints(page, 4 * LIMIT_MS);
            } catch (TimeoutError e) {
                Map<String, Double> out = new LinkedHashMap<>();
                out.put("all", Double.POSITIVE_INFINITY);
                System.out.println("  still empty: " + ChartProbe.notYetDrawn(page));
                return out;
            }
        } finally {
            page.close();
        }
    }
}
