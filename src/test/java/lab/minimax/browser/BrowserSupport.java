package lab.minimax.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The browser set-up of the lab's Playwright tests: Debian's Chromium, headless, offline-safe. */
public final class BrowserSupport {
    /**
     * Every browser context of a test is a new HTTP session from 127.0.0.1, so the per-client
     * session cap (20 by default, meant for one student's machine) is raised for browser tests;
     * each such test class closes its application context afterwards, so sessions never pile up
     * across classes. The cap itself is tested in ClientSessionsTest and ClientSessionFilterTest.
     */
    public static final String ONE_CLIENT_MANY_SESSIONS = "minimax.limits.max-sessions-per-client=1000";

    private BrowserSupport() {
    }

    /** Playwright without its browser download (Debian's Chromium is used). */
    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** Launches the browser; assertions wait up to 30 s (a loaded CI machine is slow to push). */
    public static Browser launch(Playwright playwright) {
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        return chromium(playwright);
    }

    /** Launches Debian's Chromium headless with the lab's flags (leaves the assertion timeout alone). */
    public static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic")));
    }

    /** Debian's Chromium, headless, with its Playwright, closed as one resource (the assertion timeout left alone). */
    public static final class Chromium implements AutoCloseable {
        public final Playwright playwright;
        public final Browser browser;

        public Chromium() {
            playwright = playwright();
            browser = chromium(playwright);
        }

        @Override
        public void close() {
            BrowserSupport.close(browser, playwright);
        }
    }

    /** Closes the browser, then Playwright; either may be null (a launch that failed). */
    public static void close(Browser browser, Playwright playwright) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** Collects page errors, console errors and failed requests (favicon aside) into {@code errors}. */
    public static void collectErrors(Page page, List<String> errors) {
        page.onPageError(errors::add);
        page.onConsoleMessage(m -> {
            if (m.type().equals("error") && !m.text().startsWith("Failed to load resource")) {
                errors.add(m.text());
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                errors.add(r.status() + " " + r.url());
            }
        });
    }

    /** The regions lie inside the viewport and do not overlap one another. */
    public static List<BoundingBox> assertApart(Page page, int width, int height, List<String> regions) {
        List<BoundingBox> boxes = new ArrayList<>();
        for (String r : regions) {
            BoundingBox b = page.locator(r).boundingBox();
            assertTrue(b != null && b.width > 30 && b.height > 20, r + " is missing or too small");
            assertTrue(b.x >= 0 && b.x + b.width <= width + 0.5, r + " leaves the viewport horizontally");
            assertTrue(b.y >= 0 && b.y + b.height <= height + 0.5, r + " leaves the viewport vertically");
            boxes.add(b);
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                BoundingBox a = boxes.get(i);
                BoundingBox b = boxes.get(j);
                boolean apart = a.x + a.width <= b.x + 0.5 || b.x + b.width <= a.x + 0.5
                        || a.y + a.height <= b.y + 0.5 || b.y + b.height <= a.y + 0.5;
                assertTrue(apart, regions.get(i) + " overlaps " + regions.get(j) + " at " + width + "×" + height);
            }
        }
        return boxes;
    }
}
