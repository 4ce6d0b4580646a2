package lab.minimax.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The live HTTP sessions per client address, for {@code minimax.limits.max-sessions-per-client}:
 * the server's filter records every request of a session ({@link #seen}) and asks {@link #full}
 * before letting a session-less request open one. Only live sessions count, so a class behind one
 * NAT address is not locked out by windows that were closed long ago:
 * <ul>
 * <li>a session whose page said goodbye (the page-hide beacon, {@link #left}) stops counting at
 * once, until a request after a few seconds' grace (another tab of the same browser is back within
 * one heartbeat);</li>
 * <li>a session with no request for {@code liveWindowMillis} (three missed heartbeats) stops counting
 * too, though it lives on until the servlet container ends it ({@link #closed}).</li>
 * </ul>
 * Thread-safe.
 */
public final class HttpSessionsPerClient {
    private final int maxPerClient;
    private final long liveWindowMillis;
    private final LongSupplier clockMillis;
    /**
     * Requests this soon after a goodbye do not make the session live again: they are the closing
     * page's own last ones (Vaadin's unload message, a heartbeat in flight).
     */
    static final long GOODBYE_GRACE_MILLIS = 3_000;

    private final Map<String, Seen> sessions = new ConcurrentHashMap<>();

    /** One session's address, its last request, and when its page said goodbye (-1: not since). */
    private record Seen(String address, long lastMillis, long leftMillis) {
        boolean left() {
            return leftMillis >= 0;
        }
    }

    /**
     * @param maxPerClient     live sessions allowed per address (0: no limit)
     * @param liveWindowMillis a session without a request for this long no longer counts
     * @param clockMillis      the clock (epoch ms)
     */
    public HttpSessionsPerClient(int maxPerClient, long liveWindowMillis, LongSupplier clockMillis) {
        if (liveWindowMillis <= 0) {
            throw new IllegalArgumentException("the live window must be > 0 ms, got " + liveWindowMillis);
        }
        this.maxPerClient = maxPerClient;
        this.liveWindowMillis = liveWindowMillis;
        this.clockMillis = clockMillis;
    }

    /** A request of {@code sessionId} from {@code address} (the address of its first request stays). */
    public void seen(String sessionId, String address) {
        long now = clockMillis.getAsLong();
        sessions.merge(sessionId, new Seen(address, now, -1), (old, n) ->
                old.left() && now - old.leftMillis() < GOODBYE_GRACE_MILLIS ? old : new Seen(old.address(), now, -1));
    }

    /**
     * The session's page was hidden or closed (its beacon): it stops counting until a request more
     * than {@link #GOODBYE_GRACE_MILLIS} later.
     */
    public void left(String sessionId) {
        long now = clockMillis.getAsLong();
        sessions.computeIfPresent(sessionId, (id, s) -> new Seen(s.address(), s.lastMillis(), now));
    }

    /** Forgets a session that ended. */
    public void closed(String sessionId) {
        sessions.remove(sessionId);
    }

    /** The session got a new id (session-fixation protection at login). */
    public void renamed(String oldId, String newId) {
        Seen s = sessions.remove(oldId);
        if (s != null) {
            sessions.put(newId, s);
        }
    }

    /** Live sessions of {@code address} now. */
    public int of(String address) {
        long now = clockMillis.getAsLong();
        int n = 0;
        for (Seen s : sessions.values()) {
            if (s.address().equals(address) && !s.left() && now - s.lastMillis() < liveWindowMillis) {
                n++;
            }
        }
        return n;
    }

    /** True when {@code address} may open no further session. */
    public boolean full(String address) {
        return maxPerClient > 0 && of(address) >= maxPerClient;
    }

    /** What a client refused a new session reads. */
    public String refusalMessage() {
        return "This server lets " + maxPerClient + " open lab windows in from one network address, and yours has"
                + " them all. A closed window frees its place within seconds (a window left open in the background"
                + " keeps it): close a Minimax Lab window you no longer need, or ask the server's operator to raise"
                + " the limit.";
    }

    /** The refusal as a page in the lab's style: what happened, when to retry, the way back. */
    public String refusalPage(int retrySeconds) {
        return StaticPage.html("Too many open windows", "Too many open windows from your network",
                "<p>" + refusalMessage() + "</p><p class=\"note\">Try again in " + retrySeconds
                        + " s (the page does not reload by itself).</p>", "./", "Try the lab again");
    }
}
