package lab.minimax.browser;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speaks to the lab the way Vaadin 24's client does, with one session cookie: a plain GET returns
 * the start page; {@code GET /?v-r=init&location=…&query=…} creates the UI (its answer carries the
 * UI id and the CSRF key); the first UIDL request, a {@code ui-navigate} event carrying the page's
 * route and query, navigates to the lab, which is where the configuration is read from the link.
 * (Seen in flow-client 24.9.5's {@code Flow.js} and in the page's own traffic.)
 */
final class VaadinHttpClient {
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\\[\"([0-9a-f]{32})\",\"lab-release\",\"window.__mmRunToken");

    /** One UI-init exchange: the answers' status codes, the navigation's body and the run's token. */
    record Navigation(int initStatus, int uidlStatus, String uidlBody, String runToken) {
    }

    private final HttpClient http;
    private final String base;

    VaadinHttpClient(int port) {
        this.base = "http://localhost:" + port + "/";
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    String base() {
        return base;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET());
    }

    HttpResponse<String> post(String pathAndQuery, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).header("Content-Type", contentType).POST(body));
    }

    /**
     * Opens the lab with the page query {@code query} (already encoded as it stands in the address
     * bar) and route {@code route}: the UI-init request and then the navigation event.
     */
    Navigation open(String route, String query) throws IOException, InterruptedException {
        HttpResponse<String> init = get("?v-r=init&location=" + enc(route) + "&query=" + enc(query));
        if (init.statusCode() != 200) {
            return new Navigation(init.statusCode(), -1, "", null);
        }
        Matcher ui = UI_ID.matcher(init.body());
        Matcher csrf = CSRF.matcher(init.body());
        if (!ui.find() || !csrf.find()) {
            throw new AssertionError("UI-init answer without UI id or CSRF key: "
                    + init.body().substring(0, Math.min(300, init.body().length())));
        }
        String json = "{\"csrfToken\":\"" + csrf.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":" + jsonString(route) + ",\"query\":" + jsonString(query)
                + ",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> uidl = post("?v-r=uidl&v-uiId=" + ui.group(1), "application/json; charset=UTF-8",
                HttpRequest.BodyPublishers.ofString(json));
        Matcher token = TOKEN.matcher(uidl.body());
        return new Navigation(200, uidl.statusCode(), uidl.body(), token.find() ? token.group(1) : null);
    }

    /** The page-hide beacon: releases the run under {@code token}. */
    int release(String token) throws IOException, InterruptedException {
        return post("lab-release?token=" + enc(token), "text/plain", HttpRequest.BodyPublishers.noBody()).statusCode();
    }

    /** {@code s} as a JSON string literal (every non-ASCII and control character escaped). */
    static String jsonString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
