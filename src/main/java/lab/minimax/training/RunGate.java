package lab.minimax.training;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.Set;

/**
 * Decides whether a new run may be created for an owner: runs per HTTP session, per browser, per
 * client address and the session's lifetime ({@link RunLimits}). The check and the creation happen under
 * one lock, so two tabs opened at once cannot both slip under a cap. It also remembers when each
 * owner's session began, for the {@link RunReaper}.
 */
public final class RunGate {
    private final RunLimits limits;
    private final RunRegistry registry;
    private final Map<String, Long> sessionStart = new ConcurrentHashMap<>();

    public RunGate(RunLimits limits, RunRegistry registry) {
        this.limits = limits;
        this.registry = registry;
    }

    /** A refusal: the message the page shows, and whether the page should start a new HTTP session. */
    public record Refusal(String message, boolean renewSession) {
    }

    /**
     * Creates a run with {@code create} when {@code owner} may have one more, else answers with
     * {@code refuse}.
     */
    public synchronized <T> T admit(RunOwner owner, long nowMillis, Supplier<T> create, Function<Refusal, T> refuse) {
        Refusal r = check(owner, nowMillis);
        if (r != null) {
            return refuse.apply(r);
        }
        if (!owner.sessionId().isEmpty() && owner.sessionCreatedMillis() > 0) {
            sessionStart.putIfAbsent(owner.sessionId(), owner.sessionCreatedMillis());
        }
        return create.get();
    }

    private Refusal check(RunOwner owner, long nowMillis) {
        long lifetime = limits.maxSessionLifetime().toMillis();
        if (lifetime > 0 && owner.sessionCreatedMillis() > 0 && nowMillis - owner.sessionCreatedMillis() >= lifetime) {
            return new Refusal("this session reached the server's session lifetime of "
                    + RunLimits.describe(limits.maxSessionLifetime())
                    + " (minimax.limits.max-session-lifetime); reload the page for a new session", true);
        }
        int perSession = limits.maxRunsPerSession();
        int perClient = limits.maxRunsPerClient();
        int perBrowser = limits.maxRunsPerBrowser();
        if ((perSession == 0 || owner.sessionId().isEmpty()) && (perClient == 0 || owner.clientAddress().isEmpty())
                && (perBrowser == 0 || owner.browserId().isEmpty())) {
            return null;
        }
        int inSession = 0;
        int ofClient = 0;
        int ofBrowser = 0;
        for (RunInfo i : registry.list()) {
            if (i.sessionId().equals(owner.sessionId())) {
                inSession++;
            }
            if (i.clientAddress().equals(owner.clientAddress())) {
                ofClient++;
            }
            if (!owner.browserId().isEmpty() && i.browserId().equals(owner.browserId())) {
                ofBrowser++;
            }
        }
        if (perBrowser > 0 && !owner.browserId().isEmpty() && ofBrowser >= perBrowser) {
            return new Refusal("this browser already has " + ofBrowser + " lab runs open, the most this server allows"
                    + " one browser (" + perBrowser + "); close another lab tab, then press Play", false);
        }
        if (perSession > 0 && !owner.sessionId().isEmpty() && inSession >= perSession) {
            return new Refusal("this browser session already has " + inSession + " lab runs open, the most allowed "
                    + "(minimax.limits.max-runs-per-session = " + perSession + "); close another lab tab, then press Play", false);
        }
        if (perClient > 0 && !owner.clientAddress().isEmpty() && ofClient >= perClient) {
            return new Refusal("your address already has " + ofClient + " lab runs open, the most allowed "
                    + "(minimax.limits.max-runs-per-client = " + perClient + "); close another lab tab, then press Play", false);
        }
        return null;
    }

    /** When the session {@code sessionId} began (epoch ms), or 0 when unknown. */
    public long sessionStarted(String sessionId) {
        return sessionStart.getOrDefault(sessionId, 0L);
    }

    /** Forgets a session (it ended, or it has no runs left). */
    public void forgetSession(String sessionId) {
        sessionStart.remove(sessionId);
    }

    /** Sessions with a known start, a copy (the reaper prunes those without runs). */
    Set<String> knownSessions() {
        return Set.copyOf(sessionStart.keySet());
    }

    public RunLimits limits() {
        return limits;
    }
}
