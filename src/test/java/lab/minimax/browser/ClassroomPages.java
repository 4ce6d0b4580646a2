package lab.minimax.browser;

import com.microsoft.playwright.Page;
import java.util.function.UnaryOperator;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The classroom's pages as the browser tests drive them: an instructor's sign-in and new class, a student's join. */
final class ClassroomPages {
    private ClassroomPages() {
    }

    /**
     * Signs in at the login page {@code /classes} sends to, creates the class {@code name}, opens its
     * dashboard and returns its join code.
     */
    static String signInAndCreateClass(Page teacher, UnaryOperator<String> url, String user, String password,
                                       String name) {
        teacher.navigate(url.apply("classes"));
        teacher.waitForURL("**/login");
        teacher.locator("#login-username").fill(user);
        teacher.locator("#login-password").fill(password);
        teacher.locator("form button[type=submit]").click();
        teacher.waitForURL("**/classes");
        teacher.locator("#classes-new-name input").fill(name);
        teacher.locator("#classes-create").click();
        teacher.locator("#classes-list a", new Page.LocatorOptions().setHasText(name)).click();
        teacher.waitForURL("**/class/**");
        assertThat(teacher.locator("#class-name")).hasText(name);
        String code = teacher.locator("#class-join-code").textContent().strip();
        assertTrue(code.matches("[2-9A-HJKMNP-Z]{6}"), code);
        return code;
    }

    /** Joins the class of {@code code} as {@code pseudonym} and waits for the lab it leads to. */
    static void join(Page student, UnaryOperator<String> url, String code, String pseudonym) {
        student.navigate(url.apply("join/" + code));
        student.locator("#join-name input").fill(pseudonym);
        student.locator("#join-button").click();
        student.waitForURL(u -> !u.contains("/join/"));
    }
}
