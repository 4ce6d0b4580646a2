package lab.minimax.admin;

import lab.minimax.browser.BrowserSupport.Chromium;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server as started with no admin password (the default) and no instructor account: no /admin
 * route, a /login that cannot be reached (the not-found page: the route is registered because an
 * instructor account may be created while the server runs, see InstructorOnlyIT), no user at all
 * (in particular no generated password), the actuator's info/prometheus closed to everyone,
 * health public. Production mode (failsafe), like the other ITs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"minimax.admin.password=", "minimax.admin.username=admin"})
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class NoAdminIT {
    @LocalServerPort
    int port;
    @Autowired
    UserDetailsService users;
    @Autowired
    ServletContext servletContext;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void adminAndLoginAreNotRoutes() throws Exception {
        var routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)).getRegisteredRoutes();
        assertTrue(routes.stream().anyMatch(r -> r.getTemplate().isEmpty()), "the lab is there");
        assertFalse(routes.stream().anyMatch(r -> r.getNavigationTarget() == AdminView.class), routes.toString());
        for (var route : routes) {
            RouteAccess.check(route.getTemplate(), route.getNavigationTarget());
        }
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.browser.newPage();
            page.setDefaultTimeout(30_000);
            for (String path : new String[] {"admin", "login"}) {
                page.navigate("http://localhost:" + port + "/" + path);
                // Vaadin's not-found view; the URL stays (no redirect to a login page)
                assertThat(page.locator("body")).containsText("Could not navigate to '" + path + "'");
                assertTrue(page.url().endsWith("/" + path), page.url());
            }
        }
    }

    @Test
    void thereIsNoUserAndNoGeneratedPassword(CapturedOutput output) throws Exception {
        assertThrows(UsernameNotFoundException.class, () -> users.loadUserByUsername("admin"));
        assertThrows(UsernameNotFoundException.class, () -> users.loadUserByUsername("user"));
        assertFalse(output.getAll().contains("generated security password"), "Spring Boot generated a password");
        assertEquals(401, get("/actuator/info", AdminSecurityIT.basic("admin", "")).statusCode());
        assertEquals(401, get("/actuator/prometheus", AdminSecurityIT.basic("user", "password")).statusCode());
        assertEquals(401, get("/actuator/prometheus", null).statusCode());
    }

    @Test
    void healthIsPublic() throws Exception {
        HttpResponse<String> r = get("/actuator/health", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"UP\""), r.body());
    }

    /**
     * The embedded store: the H2 file database in the tests' data directory, migrated by Flyway at
     * start; its health is the store group's, and liveness and readiness do not include it.
     */
    @Test
    void theEmbeddedStoreIsMigratedAndHasItsOwnHealthGroup() throws Exception {
        HttpResponse<String> store = get("/actuator/health/store", null);
        assertEquals(200, store.statusCode(), store.body());
        assertTrue(store.body().contains("\"UP\""), store.body());
        for (String probe : new String[] {"liveness", "readiness"}) {
            HttpResponse<String> p = get("/actuator/health/" + probe, null);
            assertEquals(200, p.statusCode(), probe);
            assertTrue(!p.body().contains("\"db\""), probe + " must not include the store: " + p.body());
        }
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("minimax.data-dir"));
        assertTrue(java.nio.file.Files.isRegularFile(dir.resolve("lab.mv.db")), "H2 file in " + dir);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
