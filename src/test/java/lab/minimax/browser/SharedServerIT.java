package lab.minimax.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import lab.minimax.lesson.Lesson;
import lab.minimax.lesson.Lessons;
import lab.minimax.training.BrowserId;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server a class shares, seen from browsers (issue 13): only live sessions count towards an
 * address's cap (a closed tab frees its place within seconds, by its page-hide beacon), each browser
 * gets a long-lived id cookie for the per-browser caps, and the axe scan finds no serious or
 * critical accessibility violation on any page, nor a violation of its structure (one main
 * landmark, all content in landmarks, headings in order). Every browser context is a new browser from
 * 127.0.0.1, so the address's cap is what these browsers share, as a class behind one NAT does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "minimax.limits.max-sessions-per-client=" + SharedServerIT.CAP)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedServerIT extends BrowserTestBase {
    static final int CAP = 2;
    /** A closed tab's place is free again within this long (its beacon; the heartbeats take 50 s). */
    private static final long FREED_WITHIN_MS = 5_000;
    /**
     * axe's moderate rules of the page's structure, held at 0 as well: one main landmark, every
     * content inside a landmark, headings that do not skip a level.
     */
    private static final Set<String> STRUCTURE = Set.of("landmark-one-main", "region", "heading-order");


    private int statusOfNewBrowser(List<BrowserContext> open) {
        BrowserContext c = browser.newContext();
        open.add(c);
        Page p = c.newPage();
        Response r = p.navigate(url("lessons"));
        if (r.status() == 200) {
            p.locator("a.mm-lesson-card").first().waitFor();
        }
        return r.status();
    }

    @Test
    @Order(1)
    void aClosedTabFreesItsPlaceInTheAddressCapWithinSecondsAndEachBrowserGetsALongLivedId() {
        List<BrowserContext> open = new ArrayList<>();
        try {
            for (int i = 0; i < CAP; i++) {
                assertEquals(200, statusOfNewBrowser(open), "browser " + (i + 1) + " of " + CAP);
            }
            assertEquals(429, statusOfNewBrowser(open), "one browser more than the cap is refused");
            Page refused = open.get(CAP).pages().get(0);
            assertTrue(refused.title().contains("Too many open windows"), refused.title());

            Cookie id = open.get(0).cookies().stream().filter(k -> k.name.equals(BrowserId.COOKIE)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + BrowserId.COOKIE + " cookie"));
            assertTrue(BrowserId.valid(id.value), id.value);
            double days = (id.expires - System.currentTimeMillis() / 1000.0) / 86_400;
            assertTrue(days > 360 && days < 366, "the browser's id lives a year, not a session: " + days + " days");
            assertTrue(id.httpOnly, "scripts cannot read the browser's id");

            open.get(0).pages().get(0).close(new Page.CloseOptions().setRunBeforeUnload(true));
            long closed = System.currentTimeMillis();
            int status = 429;
            while (status == 429 && System.currentTimeMillis() - closed < FREED_WITHIN_MS) {
                open.get(open.size() - 1).close();
                open.remove(open.size() - 1);
                status = statusOfNewBrowser(open);
            }
            long freedMs = System.currentTimeMillis() - closed;
            assertEquals(200, status, "the closed tab's place was still taken after " + freedMs + " ms");
            System.out.println("SharedServerIT: a closed tab's session place was free after " + freedMs + " ms");
        } finally {
            for (BrowserContext c : open) {
                for (Page p : c.pages()) {
                    p.close(new Page.CloseOptions().setRunBeforeUnload(true));
                }
                c.close();
            }
        }
    }

    @Test
    @Order(2)
    void noPageHasASeriousOrCriticalAccessibilityViolationNorAnyOfThePageStructure() throws InterruptedException {
        Thread.sleep(1_000); // the first test's beacons arrive
        List<String> paths = new ArrayList<>(List.of("", "lessons", "compare", "no-such-page"));
        for (Lesson l : Lessons.all()) {
            paths.add("lesson/" + l.id());
        }
        List<String> found = new ArrayList<>();
        try (BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768))) {
            Page page = c.newPage();
            for (String path : paths) {
                page.navigate(url(path));
                // the view is there (a run's status line, a heading, the lesson cards), then its charts draw
                page.locator("#status, h1, a.mm-lesson-card").first().waitFor();
                page.waitForTimeout(1_500);
                AxeResults r = new AxeBuilder(page).analyze();
                assertTrue(r.getPasses().size() > 10, "/" + path + ": axe ran only " + r.getPasses().size() + " rules");
                System.out.println("SharedServerIT axe /" + path + " (" + page.evaluate("document.querySelectorAll('*').length")
                        + " elements, " + r.getInapplicable().size() + " inapplicable, " + r.getIncomplete().size()
                        + " incomplete): " + r.getPasses().size() + " rules passed, "
                        + r.getViolations().size() + " violated: " + r.getViolations().stream()
                        .map(v -> v.getId() + "(" + v.getImpact() + ")").collect(Collectors.joining(", ")));
                for (Rule v : r.getViolations()) {
                    if ("serious".equals(v.getImpact()) || "critical".equals(v.getImpact()) || STRUCTURE.contains(v.getId())) {
                        found.add("/" + path + ": " + v.getId() + " (" + v.getImpact() + ", " + v.getNodes().size()
                                + " nodes: " + v.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(" | ")) + ")");
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "axe: " + found.size() + " serious/critical violations or of " + STRUCTURE + ":\n"
                + String.join("\n", found));
    }
}
