package lab.minimax.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

/**
 * What every browser test class shares: one Chromium per class ({@link BrowserSupport#launch},
 * so assertions and page actions wait up to 30 s), launched before its first test and closed after
 * its last; the server's port; and pages opened on it. The classes run one after another, so the
 * static browser is never shared by two classes at once.
 */
abstract class BrowserTestBase {
    /** How long a page waits for an element or an action (a loaded CI machine is slow to push). */
    static final double PAGE_TIMEOUT_MS = 30_000;

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launchBrowser() {
        playwright = BrowserSupport.playwright();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        BrowserSupport.close(browser, playwright);
        browser = null;
        playwright = null;
    }

    /** The address of {@code path} on the test's server ({@code "lessons"}, {@code "/lessons"}, {@code "?a=b"}). */
    String url(String path) {
        return "http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** A new page with {@code options}; the page's errors go into {@code errors} unless it is null. */
    static Page newPage(Browser.NewPageOptions options, List<String> errors) {
        Page page = browser.newPage(options);
        page.setDefaultTimeout(PAGE_TIMEOUT_MS);
        if (errors != null) {
            BrowserSupport.collectErrors(page, errors);
        }
        return page;
    }

    /** A new page of {@code width} × {@code height} at {@code path}, its errors into {@code errors} unless null. */
    Page open(int width, int height, String path, List<String> errors) {
        return open(new Browser.NewPageOptions().setViewportSize(width, height), path, errors);
    }

    /** A new page with {@code options} at {@code path}, its errors into {@code errors} unless null. */
    Page open(Browser.NewPageOptions options, String path, List<String> errors) {
        Page page = newPage(options, errors);
        page.navigate(url(path));
        return page;
    }
}
