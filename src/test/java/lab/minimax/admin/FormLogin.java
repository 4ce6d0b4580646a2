package lab.minimax.admin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A browser-like HTTP client for the form login: its own cookies (the session), no redirects
 * followed, and Spring's CSRF token as a page of the lab hands it out (Vaadin writes it into
 * every page's {@code <meta name="_csrf">}).
 */
final class FormLogin {
    private static final Pattern META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager()).build();
    private final String base;

    FormLogin(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** This session's CSRF token, read from the page at {@code path}. */
    String csrf(String path) throws IOException, InterruptedException {
        String page = get(path).body();
        Matcher m = META.matcher(page);
        assertTrue(m.find(), "a _csrf meta tag in " + page.substring(0, Math.min(page.length(), 400)));
        return m.group(1);
    }

    /** POSTs a form; {@code csrf} null sends none. */
    HttpResponse<String> post(String path, String csrf, String... nameValues) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            append(body, nameValues[i], nameValues[i + 1]);
        }
        if (csrf != null) {
            append(body, "_csrf", csrf);
        }
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in with a token read from the login page; returns the login's response (a redirect). */
    HttpResponse<String> login(String user, String password) throws IOException, InterruptedException {
        return post("/login", csrf("/login"), "username", user, "password", password);
    }

    static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    private static void append(StringBuilder body, String name, String value) {
        if (body.length() > 0) {
            body.append('&');
        }
        body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
