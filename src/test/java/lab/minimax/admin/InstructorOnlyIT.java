package lab.minimax.admin;

import com.microsoft.playwright.Page;
import lab.minimax.account.Accounts;
import lab.minimax.browser.BrowserSupport;
import lab.minimax.browser.BrowserSupport.Chromium;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No admin password, and instructor accounts created while the server runs (in a database of this
 * test's own): /login is the not-found page until the first account exists, then the login form
 * (no restart), and the not-found page again once the last account is gone; /admin never exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"minimax.admin.password=", BrowserSupport.ONE_CLIENT_MANY_SESSIONS})
@DirtiesContext
class InstructorOnlyIT {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry props) {
        lab.minimax.store.TestH2.ownDatabase(props, "instructor-only");
    }

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    @Test
    void theLoginPageExistsWhileAnAccountDoes() throws Exception {
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.browser.newPage();
            page.setDefaultTimeout(30_000);
            assertNotFound(page, "login");
            FormLogin nobody = new FormLogin(port);
            HttpResponse<String> refused = nobody.post("/login", nobody.csrf("/"), "username", "admin", "password", "x");
            assertEquals(302, refused.statusCode());
            assertTrue(FormLogin.location(refused).contains("/login?error"), "nobody to log in as: "
                    + FormLogin.location(refused));

            accounts.add("ada", "difference engine");
            page.navigate("http://localhost:" + port + "/login");
            assertThat(page.locator("#login-username")).isVisible();
            assertNotFound(page, "admin");

            HttpResponse<String> in = new FormLogin(port).login("ada", "difference engine");
            assertEquals(302, in.statusCode());
            assertTrue(FormLogin.location(in).endsWith(RoleLanding.INSTRUCTOR_HOME), FormLogin.location(in));

            accounts.remove("ada");
            assertNotFound(page, "login");
        }
    }

    private void assertNotFound(Page page, String path) {
        page.navigate("http://localhost:" + port + "/" + path);
        assertThat(page.locator("body")).containsText("Could not navigate to '" + path + "'");
        assertTrue(page.url().endsWith("/" + path), page.url());
        assertThat(page.locator("#login-username")).hasCount(0);
    }
}
