package lab.minimax.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The harness keeps the session's and the browser's cookie side by side; a new value replaces the old. */
class CookieJarTest {
    @Test
    void keepsEveryCookieByNameAndTheNewestValue() {
        CookieJar jar = new CookieJar();
        assertEquals("", jar.header());
        jar.keep(response("JSESSIONID=a1; Path=/; HttpOnly", "mm-browser=b2; Max-Age=31536000; SameSite=Lax"));
        assertEquals("JSESSIONID=a1; mm-browser=b2", jar.header());
        jar.keep(response("JSESSIONID=c3; Path=/"));
        assertEquals("JSESSIONID=c3; mm-browser=b2", jar.header(), "a response setting one cookie keeps the other");
        jar.keep(response());
        assertEquals("JSESSIONID=c3; mm-browser=b2", jar.header());
    }

    private static HttpResponse<String> response(String... setCookies) {
        HttpHeaders h = HttpHeaders.of(Map.of("set-cookie", List.of(setCookies)), (k, v) -> true);
        return new HttpResponse<>() {
            public int statusCode() { return 200; }
            public HttpRequest request() { return null; }
            public Optional<HttpResponse<String>> previousResponse() { return Optional.empty(); }
            public HttpHeaders headers() { return h; }
            public String body() { return ""; }
            public Optional<SSLSession> sslSession() { return Optional.empty(); }
            public URI uri() { return URI.create("http://127.0.0.1/"); }
            public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
        };
    }
}
