package lab.minimax.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.minimax.classroom.StatusPublisher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import lab.minimax.account.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classroom in two browser contexts: an instructor signs in, creates a class and opens its
 * dashboard; a student joins with /join/CODE under a pseudonym, sees the class banner and trains; the
 * dashboard shows the run and its step advancing within 2 s each time; Stop on the dashboard stops
 * the student's run with the instructor's reason; an anonymous browser gets the login page, not the dashboard.
 * The instructor is an account in the database (no admin is configured), in a database of this test's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = BrowserSupport.ONE_CLIENT_MANY_SESSIONS)
@DirtiesContext
class ClassroomIT extends BrowserTestBase {
    static final String INSTRUCTOR = "ada";
    static final String PASSWORD = "instructor-secret";
    private static final Pattern STEP = Pattern.compile("step (\\d+)");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry props) {
        lab.minimax.store.TestH2.ownDatabase(props, "classroom");
    }

    @Autowired
    Accounts accounts;

    @BeforeEach
    void instructor() {
        if (accounts.credentials(INSTRUCTOR).isEmpty()) {
            accounts.add(INSTRUCTOR, PASSWORD);
        }
    }

    private static long dashboardStep(Locator card) {
        Matcher m = STEP.matcher(card.locator(".class-run-step").textContent());
        assertTrue(m.find(), card.textContent());
        return Long.parseLong(m.group(1));
    }

    @Test
    void aStudentJoinsTrainsAndTheDashboardFollowsWithinTwoSeconds() {
        List<String> errors = new ArrayList<>();
        String name = "Deep learning";
        BrowserContext teacherContext = browser.newContext();
        BrowserContext studentContext = browser.newContext();
        try {
            Page teacher = teacherContext.newPage();
            teacher.setDefaultTimeout(PAGE_TIMEOUT_MS);
            BrowserSupport.collectErrors(teacher, errors);
            String code = ClassroomPages.signInAndCreateClass(teacher, this::url, INSTRUCTOR, PASSWORD, name);
            String dashboard = teacher.url();

            Page student = studentContext.newPage();
            student.setDefaultTimeout(PAGE_TIMEOUT_MS);
            BrowserSupport.collectErrors(student, errors);
            student.navigate(url("join/" + code));
            assertThat(student.locator("#join-title")).hasText("Join " + name);
            student.locator("#join-name input").fill("Sam <b>");
            student.locator("#join-button").click();
            student.waitForURL(u -> !u.contains("/join/"));
            student.locator("mm-plane[data-seq]").waitFor();
            assertThat(student.locator("#class-banner")).hasText("Class " + name + " · you are Sam <b>");
            LabPages.button(student, "Play").click();
            LabPages.waitForStep(student, 1);

            Locator card = teacher.locator(".class-run").filter(new Locator.FilterOptions().setHasText("Sam <b>"));
            card.waitFor();
            assertThat(card.locator(".class-run-name")).hasText("Sam <b>");
            assertTrue(card.locator(".class-run-thumb").getAttribute("src").startsWith("data:image/png;base64,"));
            for (int round = 0; round < 3; round++) {
                long before = dashboardStep(card);
                long t0 = System.nanoTime();
                teacher.waitForFunction("([sel, n]) => { const e = document.querySelector(sel);"
                                + " const m = e && /step (\\d+)/.exec(e.textContent); return m && Number(m[1]) > n; }",
                        List.of(".class-run .class-run-step", (int) before), new Page.WaitForFunctionOptions().setTimeout(2000));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.println("ClassroomIT: the dashboard's step moved past " + before + " after " + ms + " ms");
            }

            card.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Stop")).click();
            assertThat(student.locator("#status")).containsText(StatusPublisher.STOPPED_BY_INSTRUCTOR);
            assertThat(card.locator(".class-run-state")).hasText("stopped");

            Page stranger = browser.newContext().newPage();
            stranger.setDefaultTimeout(PAGE_TIMEOUT_MS);
            stranger.navigate(dashboard);
            stranger.waitForURL("**/login");
            assertTrue(errors.isEmpty(), "page errors: " + errors);
        } finally {
            teacherContext.close();
            studentContext.close();
        }
    }
}
