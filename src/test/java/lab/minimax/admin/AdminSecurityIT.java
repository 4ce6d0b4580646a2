package lab.minimax.admin;

import lab.minimax.browser.BrowserSupport.Chromium;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import lab.minimax.training.LiveRuns;
import lab.minimax.training.RunInfo;
import lab.minimax.training.ManagedRun;
import lab.minimax.training.RunRegistry;
import lab.minimax.training.RunState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import com.microsoft.playwright.Page;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server with an admin password (given bcrypt-encoded, as an operator should): /admin and
 * the actuator's info/prometheus need the login, health and the lab stay public, the page-hide
 * beacon works without a session or CSRF token. In production mode (failsafe): in development
 * mode Vaadin would start building a development bundle.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@DirtiesContext
class AdminSecurityIT {
    static final String USER = "operator";
    static final String PASSWORD = "correct horse battery staple";

    @DynamicPropertySource
    static void admin(DynamicPropertyRegistry props) {
        props.add("minimax.admin.username", () -> USER);
        props.add("minimax.admin.password", () -> "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD));
    }

    @LocalServerPort
    int port;
    @Autowired
    RunRegistry registry;
    @Autowired
    ServletContext servletContext;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void adminRedirectsToLoginWithoutCredentials() throws Exception {
        HttpResponse<String> r = get("/admin", null);
        assertEquals(302, r.statusCode());
        String location = r.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/login"), location);
    }

    @Test
    void actuatorInfoAndPrometheusNeedTheAdminLogin() throws Exception {
        assertEquals(401, get("/actuator/prometheus", null).statusCode());
        assertEquals(401, get("/actuator/info", null).statusCode());
        assertEquals(401, get("/actuator/prometheus", basic(USER, "wrong")).statusCode());
        HttpResponse<String> otherUser = get("/actuator/prometheus", basic("user", PASSWORD));
        assertEquals(401, otherUser.statusCode(), otherUser.headers() + " " + otherUser.body().substring(0, Math.min(300, otherUser.body().length())));
        assertEquals(200, get("/actuator/info", basic(USER, PASSWORD)).statusCode());
        HttpResponse<String> prom = http.send(request("/actuator/prometheus", basic(USER, PASSWORD))
                .header("Accept", "text/plain").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, prom.statusCode());
        for (String meter : new String[] {"minimax_sessions_active", "minimax_runs_active", "minimax_runs_training",
                "minimax_runs_queued", "minimax_training_steps_per_second", "minimax_frames_total",
                "minimax_runs_started_total", "minimax_runs_stopped_total", "minimax_runs_failed_total",
                "minimax_runs_diverged_total"}) {
            assertTrue(prom.body().contains(meter + " ") || prom.body().contains(meter + "{"), () -> meter + " missing in "
                    + prom.body().lines().filter(l -> l.contains("minimax") || l.startsWith("# TYPE jvm_threads")).toList());
        }
    }

    @Test
    void anOperatorLogsInSeesALabRunAndStopsIt() throws InterruptedException {
        try (Chromium chromium = new Chromium()) {
            LiveRuns runs = LiveRuns.since(registry);
            Page lab = chromium.browser.newPage();
            lab.setDefaultTimeout(30_000);
            lab.navigate("http://localhost:" + port + "/?_preset=ring8-gan");
            lab.locator("mm-plane[data-seq]").waitFor();
            java.util.Set<String> opened = runs.added();
            assertEquals(1, opened.size(), "the lab page holds one run: " + opened);
            String token = opened.iterator().next();

            Page admin = chromium.browser.newContext().newPage();
            admin.setDefaultTimeout(30_000);
            admin.navigate("http://localhost:" + port + "/admin");
            admin.waitForURL("**/login");
            admin.locator("#login-username").fill(USER);
            admin.locator("#login-password").fill(PASSWORD);
            admin.locator("form button[type=submit]").click();
            admin.waitForURL("**/admin*");
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(admin.locator("#admin-totals"))
                    .containsText("runs");
            var row = admin.locator("tr.admin-run[data-token='" + token + "']");
            row.waitFor(); // the lab's run has its row, found by its token
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(admin.locator("#admin-server"))
                    .containsText("heap");
            admin.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target", "screenshots", "admin.png")));
            row.locator("vaadin-button").click();
            assertTrue(runs.awaitGone(token, 10_000), "Stop ended the lab's run");
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(lab.locator("#status"))
                    .containsText(AdminView.STOPPED_BY_ADMIN);
        }
    }

    @Test
    void healthIsPublic() throws Exception {
        HttpResponse<String> r = get("/actuator/health", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"UP\""), r.body());
    }

    @Test
    void formLoginOpensTheAdminView() throws Exception {
        FormLogin browser = new FormLogin(port);
        // the saved request: /admin first, then the login form, then back to /admin
        assertEquals(302, browser.get("/admin").statusCode());
        HttpResponse<String> noToken = browser.post("/login", null, "username", USER, "password", PASSWORD);
        assertEquals(403, noToken.statusCode(), "the login needs Spring's CSRF token");
        HttpResponse<String> bad = browser.login(USER, "wrong");
        assertEquals(302, bad.statusCode());
        assertTrue(FormLogin.location(bad).contains("/login?error"), FormLogin.location(bad));
        HttpResponse<String> ok = browser.login(USER, PASSWORD);
        assertEquals(302, ok.statusCode());
        assertTrue(FormLogin.location(ok).matches(".*/admin(\\?continue)?"), FormLogin.location(ok));
        HttpResponse<String> admin = browser.get("/admin");
        assertEquals(200, admin.statusCode());
        assertEquals(AdminFrameGuard.NONE, admin.headers().firstValue(AdminFrameGuard.CSP).orElse(""));
    }

    @Test
    void theLabStaysAnonymousAndEmbeddable() throws Exception {
        HttpResponse<String> r = get("/", null);
        assertEquals(200, r.statusCode());
        assertEquals("frame-ancestors 'self'", r.headers().firstValue(AdminFrameGuard.CSP).orElse(""));
        assertFalse(r.headers().firstValue("X-Frame-Options").isPresent());
    }

    @Test
    void theBeaconReleasesARunAnonymouslyWithoutCsrfToken() throws Exception {
        AtomicBoolean closed = new AtomicBoolean();
        String token = registry.register(new ManagedRun() {
            @Override
            public RunInfo info(String t) {
                return new RunInfo(t, "", "", "test", RunState.PAUSED, "", 0, 0, 0, 0, 0);
            }

            @Override
            public void stop(String reason) {
                closed.set(true);
            }

            @Override
            public void close() {
                closed.set(true);
            }
        });
        HttpResponse<String> r = http.send(request("/lab-release?token=" + token, null)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, r.statusCode());
        assertTrue(closed.get());
        assertFalse(registry.list().stream().anyMatch(i -> i.token().equals(token)));
    }

    @Test
    void everyRouteIsAnonymousExceptTheAdminView() {
        var routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)).getRegisteredRoutes();
        assertTrue(routes.stream().anyMatch(r -> r.getTemplate().isEmpty()), "the lab at /");
        assertTrue(routes.stream().anyMatch(r -> r.getNavigationTarget() == AdminView.class));
        for (var route : routes) {
            Class<?> target = route.getNavigationTarget();
            assertNotNull(target);
            RouteAccess.check(route.getTemplate(), target);
        }
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return http.send(request(path, authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
