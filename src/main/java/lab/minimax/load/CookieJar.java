package lab.minimax.load;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cookies one harness client holds: every cookie a response sets (the session's and the
 * browser's), each under its name, the newest value winning, sent back as one {@code Cookie}
 * header. Attributes (Path, Max-Age, HttpOnly…) are dropped: the harness talks to one origin.
 */
final class CookieJar {
    private final Map<String, String> byName = new LinkedHashMap<>();

    /** Keeps the {@code Set-Cookie} headers of {@code r}. */
    synchronized void keep(HttpResponse<?> r) {
        for (String c : r.headers().allValues("set-cookie")) {
            String kv = c.split(";", 2)[0];
            byName.put(kv.split("=", 2)[0], kv);
        }
    }

    /** The {@code Cookie} header's value: "name=value; name=value", empty when no cookie is held. */
    synchronized String header() {
        return String.join("; ", byName.values());
    }
}
