package lab.minimax.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the durable-run browser tests read from and do on a lab page: its step, its run id, its buttons. */
final class LabPages {
    private static final Pattern STEP = Pattern.compile("step (\\d+)");
    private static final Pattern RUN = Pattern.compile("[?&]_run=([A-Za-z0-9_-]+)");

    private LabPages() {
    }

    /** The step the page's status line shows. */
    static long step(Page page) {
        String text = page.locator("#status").textContent();
        Matcher m = STEP.matcher(text);
        assertTrue(m.find(), "status line: " + text);
        return Long.parseLong(m.group(1));
    }

    /** Waits until the status line shows at least step {@code atLeast}. */
    static void waitForStep(Page page, long atLeast) {
        page.waitForFunction("n => { const m = /step (\\d+)/.exec(document.getElementById('status').textContent);"
                + " return m && Number(m[1]) >= n; }", (int) atLeast);
    }

    /** The {@code _run} of a lab address. */
    static String runId(String url) {
        Matcher m = RUN.matcher(url);
        assertTrue(m.find(), "no _run in " + url);
        return m.group(1);
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
