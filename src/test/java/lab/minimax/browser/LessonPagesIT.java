package lab.minimax.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import lab.minimax.lesson.Lesson;
import lab.minimax.lesson.LessonChart;
import lab.minimax.lesson.Lessons;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lesson index, every lesson page and the comparison in a real browser (Debian's Chromium,
 * headless) against the app in production mode: each page opens and trains.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = BrowserSupport.ONE_CLIENT_MANY_SESSIONS)
@DirtiesContext
class LessonPagesIT extends BrowserTestBase {
    private static final Pattern STEP = Pattern.compile("step (\\d+)");
    private static final Path SHOTS = Paths.get("target", "screenshots");

    private Page open(String path, List<String> errors) {
        return open(1600, 1000, path, errors);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static long step(Page page, String id) {
        String text = page.locator("#" + id).textContent();
        Matcher m = STEP.matcher(text);
        assertTrue(m.find(), id + ": " + text);
        return Long.parseLong(m.group(1));
    }

    private static void waitForStep(Page page, String id, int atLeast) {
        page.waitForFunction("([id, n]) => { const m = /step (\\d+)/.exec(document.getElementById(id).textContent);"
                + " return m && Number(m[1]) >= n; }", List.of(id, atLeast));
    }

    @Test
    void theIndexShowsOneCardPerLessonWithAThumbnailThatLinksToIt() {
        List<String> errors = new ArrayList<>();
        Page page = open("lessons", errors);
        Locator cards = page.locator("a.mm-lesson-card");
        assertThat(cards).hasCount(Lessons.all().size());
        assertThat(page.locator("mm-thumb")).hasCount(Lessons.all().size());
        page.waitForTimeout(500);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("lessons-index.png")));
        cards.first().click();
        page.waitForURL("**/lesson/" + Lessons.all().get(0).id());
        assertThat(page.locator("#status")).containsText("step 0");
        assertTrue(errors.isEmpty(), "browser errors: " + errors);
        page.close();
    }

    @Test
    void everyLessonOpensFromItsUrlShowsItsFormulasAndTrains() {
        for (Lesson l : Lessons.all()) {
            List<String> errors = new ArrayList<>();
            Page page = open("lesson/" + l.id(), errors);
            page.locator(".mm-run [data-seq]").first().waitFor();
            assertThat(page.locator("mm-tex .katex")).hasCount(l.formulas().size());
            assertThat(page.locator("#status")).containsText("step 0");
            button(page, "Play").click();
            waitForStep(page, "status", 5);
            button(page, "Pause").click();
            if (l.chart() == LessonChart.DIRAC_FIELD) {
                button(page, "Play θ, ψ").click();
                waitForStep(page, "dirac-status", 10);
                button(page, "Pause θ, ψ").click();
            }
            page.waitForTimeout(300);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("lesson-" + l.id() + ".png")));
            assertTrue(errors.isEmpty(), l.id() + ": browser errors: " + errors);
            page.close();
        }
    }

    @Test
    void anUnknownLessonShowsTheMessage() {
        List<String> errors = new ArrayList<>();
        Page page = open("lesson/nope", errors);
        page.locator("#lesson-not-found").waitFor();
        assertThat(page.locator("#lesson-not-found")).containsText("Lesson not found");
        page.close();
    }

    @Test
    void theComparisonTrainsBothRunsInLockstep() {
        List<String> errors = new ArrayList<>();
        Lesson l = Lessons.all().stream().filter(x -> x.compareWith() != null).findFirst().orElseThrow();
        Page page = open("compare?_lesson=" + l.id(), errors);
        // two runs are built before the first frame: give the page time
        page.locator("#status-a").waitFor();
        page.locator("#status-b").waitFor();
        assertThat(page.locator("#status-a")).containsText("step 0");
        assertThat(page.locator("#status-b")).containsText("step 0");
        button(page, "Play").click();
        assertThat(page.locator("#lockstep-state")).hasText("playing in lockstep");
        waitForStep(page, "status-a", 20);
        waitForStep(page, "status-b", 20);
        button(page, "Pause").click();
        // the pause's response (both runs' final frames) has arrived once the state says so
        assertThat(page.locator("#lockstep-state")).hasText("paused");
        page.waitForTimeout(300);
        long paused = step(page, "status-a");
        assertEquals(paused, step(page, "status-b"), "both runs took the same number of steps");
        button(page, "Step").click();
        // A's status is read once it shows the step (read at once, it may still show the paused one)
        waitForStep(page, "status-a", (int) paused + 1);
        long a = step(page, "status-a");
        assertThat(page.locator("#status-b")).containsText("step " + a + " ");
        assertTrue(page.url().contains("b."), "the link holds B's settings: " + page.url());
        // the address stays the comparison's, with its lesson, so a copied link reopens the comparison
        assertTrue(page.url().contains("/compare?") && page.url().contains("_lesson=" + l.id()), page.url());
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("compare.png")));
        assertTrue(errors.isEmpty(), "browser errors: " + errors);
        page.close();
    }
}
