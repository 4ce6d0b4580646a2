package lab.minimax.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live HTTP sessions per client address, for {@code minimax.limits.max-sessions-per-client}:
 * the server's filter records each session with the address of its first request and asks
 * {@link #full} before letting a session-less request open one; a session's end forgets it.
 * Thread-safe.
 */
public final class HttpSessionsPerClient {
    private final int maxPerClient;
    private final Map<String, String> addressOf = new ConcurrentHashMap<>();
    private final Map<String, Integer> count = new ConcurrentHashMap<>();

    /** @param maxPerClient sessions allowed per address (0: no limit) */
    public HttpSessionsPerClient(int maxPerClient) {
        this.maxPerClient = maxPerClient;
    }

    /** Records {@code sessionId} as a session of {@code address} (no-op when already known). */
    public synchronized void opened(String sessionId, String address) {
        if (addressOf.putIfAbsent(sessionId, address) == null) {
            count.merge(address, 1, Integer::sum);
        }
    }

    /** Forgets a session that ended. */
    public synchronized void closed(String sessionId) {
        String address = addressOf.remove(sessionId);
        if (address != null) {
            count.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** The session got a new id (session-fixation protection at login). */
    public synchronized void renamed(String oldId, String newId) {
        String address = addressOf.remove(oldId);
        if (address != null) {
            addressOf.put(newId, address);
        }
    }

    /** Sessions of {@code address} now. */
    public int of(String address) {
        return count.getOrDefault(address, 0);
    }

    /** True when {@code address} may open no further session. */
    public boolean full(String address) {
        return maxPerClient > 0 && of(address) >= maxPerClient;
    }

    /** What a client refused a new session reads. */
    public String refusalMessage() {
        return "This server allows " + maxPerClient + " browser sessions from one address"
                + " (minimax.limits.max-sessions-per-client), and yours has them all. Close other Minimax Lab"
                + " windows, or try again in a minute: a closed window's session ends and frees its place.";
    }

    /** The refusal as a page in the lab's style: what happened, when to retry, the way back. */
    public String refusalPage(int retrySeconds) {
        return StaticPage.html("Too many sessions", "Too many sessions from your address",
                "<p>" + refusalMessage() + "</p><p class=\"note\">Try again in " + retrySeconds
                        + " s (the page does not reload by itself).</p>", "./", "Try the lab again");
    }
}
