package lab.minimax.admin;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import lab.minimax.account.Account;
import lab.minimax.account.Accounts;
import lab.minimax.browser.BrowserSupport;
import lab.minimax.browser.BrowserSupport.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server with an admin and an instructor account (in a database of this test's own): the
 * instructor logs in and lands on /classes, is refused /admin and the actuator; a wrong password
 * shows the login's error; a login or logout without Spring's CSRF token is refused (403); Vaadin's
 * access control lets only instructors into an {@code @RolesAllowed("INSTRUCTOR")} view; the
 * operator adds an instructor in the admin view who logs in at once, and removes them again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = BrowserSupport.ONE_CLIENT_MANY_SESSIONS)
@DirtiesContext
class InstructorLoginIT {
    static final String ADMIN = "operator";
    static final String ADMIN_PASSWORD = "correct horse battery staple";
    static final String USER = "ada";
    static final String PASSWORD = "difference engine";

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry props) {
        props.add("minimax.admin.username", () -> ADMIN);
        props.add("minimax.admin.password", () -> "{bcrypt}" + new BCryptPasswordEncoder(4).encode(ADMIN_PASSWORD));
        lab.minimax.store.TestH2.ownDatabase(props, "instructor-login");
    }

    /** The stand-in instructor view at /instructor-probe (this test's context only). */
    @TestConfiguration
    static class Probe {
        @Bean
        VaadinServiceInitListener instructorProbeRoute() {
            return e -> RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(e.getSource().getContext()))
                    .setRoute("instructor-probe", InstructorProbeView.class);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    @BeforeEach
    void oneInstructor() {
        accounts.list().forEach(a -> accounts.remove(a.username()));
        accounts.add(USER, PASSWORD);
    }

    @Test
    void anInstructorLandsOnClassesAndIsRefusedTheAdminViewAndTheActuator() throws Exception {
        FormLogin browser = new FormLogin(port);
        HttpResponse<String> in = browser.login("ADA", PASSWORD);
        assertEquals(302, in.statusCode());
        assertTrue(FormLogin.location(in).endsWith(RoleLanding.INSTRUCTOR_HOME), FormLogin.location(in));
        assertEquals(403, browser.get("/admin").statusCode(), "an instructor is not the operator");
        HttpResponse<String> info = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/info"))
                .header("Authorization", AdminSecurityIT.basic(USER, PASSWORD)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, info.statusCode(), "the actuator is the admin's");

        FormLogin operator = new FormLogin(port);
        HttpResponse<String> admin = operator.login(ADMIN, ADMIN_PASSWORD);
        assertTrue(FormLogin.location(admin).endsWith(AdminRoutes.ADMIN_PATH), FormLogin.location(admin));
        assertEquals(200, operator.get("/admin").statusCode());
    }

    @Test
    void anInstructorSentToTheLoginByTheAdminViewLandsOnClasses() throws Exception {
        FormLogin browser = new FormLogin(port);
        HttpResponse<String> asked = browser.get("/admin");
        assertEquals(302, asked.statusCode());
        assertTrue(FormLogin.location(asked).endsWith("/login"), FormLogin.location(asked));
        HttpResponse<String> in = browser.login(USER, PASSWORD);
        assertTrue(FormLogin.location(in).endsWith(RoleLanding.INSTRUCTOR_HOME), FormLogin.location(in));
    }

    @Test
    void loginAndLogoutWithoutTheCsrfTokenAreRefused() throws Exception {
        FormLogin browser = new FormLogin(port);
        browser.csrf("/login"); // a session with a token, which the forged post does not send
        assertEquals(403, browser.post("/login", null, "username", USER, "password", PASSWORD).statusCode());
        assertEquals(302, browser.get("/admin").statusCode(), "not logged in");
        assertEquals(302, browser.login(USER, PASSWORD).statusCode());
        assertEquals(403, browser.get("/admin").statusCode(), "logged in as the instructor");
        assertEquals(403, browser.post("/logout", null).statusCode(), "a logout needs the token too");
        assertEquals(403, browser.get("/admin").statusCode(), "still logged in");
        HttpResponse<String> out = browser.post("/logout", browser.csrf("/"));
        assertEquals(302, out.statusCode());
        assertTrue(FormLogin.location(out).endsWith("/login"), FormLogin.location(out));
        assertEquals(302, browser.get("/admin").statusCode(), "logged out: the admin view asks for the login again");
    }

    @Test
    void aWrongPasswordShowsTheLoginError() {
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.browser.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate("http://localhost:" + port + "/login");
            assertThat(page.locator("#login-error")).isHidden();
            page.locator("#login-username").fill(USER);
            page.locator("#login-password").fill("not the password");
            page.locator("form button[type=submit]").click();
            page.waitForURL("**/login?error*");
            assertThat(page.locator("#login-error")).isVisible();
            assertThat(page.locator("#login-error")).hasText("Wrong user name or password.");
        }
    }

    @Test
    void vaadinLetsOnlyInstructorsIntoAnInstructorView() {
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.browser.newContext().newPage();
            page.setDefaultTimeout(30_000);
            page.navigate("http://localhost:" + port + "/instructor-probe");
            page.waitForURL("**/login");
            page.locator("#login-username").fill(USER);
            page.locator("#login-password").fill(PASSWORD);
            page.locator("form button[type=submit]").click();
            page.waitForURL("**/instructor-probe");
            assertThat(page.locator("#probe")).hasText("instructor " + USER);

            Page admin = chromium.browser.newContext().newPage();
            admin.setDefaultTimeout(30_000);
            logIn(admin, ADMIN, ADMIN_PASSWORD);
            admin.waitForURL("**/admin");
            admin.navigate("http://localhost:" + port + "/instructor-probe");
            assertThat(admin.locator("#not-found")).isVisible();
            assertThat(admin.locator("#probe")).hasCount(0);
        }
    }

    @Test
    void theOperatorAddsAnInstructorWhoLogsInAtOnceAndRemovesThem() throws Exception {
        try (Chromium chromium = new Chromium()) {
            BrowserContext context = chromium.browser.newContext();
            Page admin = context.newPage();
            admin.setDefaultTimeout(30_000);
            logIn(admin, ADMIN, ADMIN_PASSWORD);
            admin.waitForURL("**/admin");
            assertThat(admin.locator("tr.instructor-row[data-username='" + USER + "']")).isVisible();
            admin.locator("#instructor-username input").fill("Grace");
            admin.locator("#instructor-password input").fill("short");
            admin.locator("#instructor-add").click();
            assertThat(admin.locator("#instructors-message")).containsText("password: at least 10 characters");
            admin.locator("#instructor-password input").fill("compiler first");
            admin.locator("#instructor-add").click();
            assertThat(admin.locator("tr.instructor-row[data-username='grace']")).isVisible();
            assertTrue(accounts.list().stream().map(Account::username).anyMatch("grace"::equals));

            HttpResponse<String> in = new FormLogin(port).login("grace", "compiler first");
            assertTrue(FormLogin.location(in).endsWith(RoleLanding.INSTRUCTOR_HOME), FormLogin.location(in));

            admin.locator("tr.instructor-row[data-username='grace'] vaadin-button").nth(1).click();
            admin.locator("#instructor-remove-confirm").click();
            assertThat(admin.locator("tr.instructor-row[data-username='grace']")).hasCount(0);
            HttpResponse<String> gone = new FormLogin(port).login("grace", "compiler first");
            assertTrue(FormLogin.location(gone).contains("/login?error"), FormLogin.location(gone));
        }
    }

    private void logIn(Page page, String user, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("#login-username").fill(user);
        page.locator("#login-password").fill(password);
        page.locator("form button[type=submit]").click();
    }
}
