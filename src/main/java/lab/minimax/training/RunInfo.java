package lab.minimax.training;

/**
 * What an operator sees of one live run (the admin view, metrics): an immutable reading taken at
 * one moment.
 *
 * @param token            the run's registry token (stop it with {@link RunRegistry#stop})
 * @param sessionId        the HTTP session that owns it ("" when unknown, e.g. in tests)
 * @param clientAddress    the client's address (the forwarded one behind a trusted proxy; "" when unknown)
 * @param summary          one-line config summary (target, objective, networks, batch, seed)
 * @param state            life-cycle state
 * @param reason           why it is diverged/failed/stopped ("" otherwise)
 * @param generatorSteps   step N (generator updates)
 * @param stepsPerSecond   current training rate
 * @param startedAtMillis  wall-clock creation time (epoch ms)
 * @param lastActivityMillis wall-clock time of the last user command or attached-UI sign of life
 * @param queuePosition    1-based place in the queue for a training slot, 0 when not queued
 * @param browserId        the owner's long-lived browser id ({@link BrowserId}; "" when unknown)
 */
public record RunInfo(
        String token,
        String sessionId,
        String clientAddress,
        String summary,
        RunState state,
        String reason,
        long generatorSteps,
        double stepsPerSecond,
        long startedAtMillis,
        long lastActivityMillis,
        int queuePosition,
        String browserId) {

    /** A reading whose browser is not known apart from its session. */
    public RunInfo(String token, String sessionId, String clientAddress, String summary, RunState state, String reason,
                   long generatorSteps, double stepsPerSecond, long startedAtMillis, long lastActivityMillis,
                   int queuePosition) {
        this(token, sessionId, clientAddress, summary, state, reason, generatorSteps, stepsPerSecond, startedAtMillis,
                lastActivityMillis, queuePosition, "");
    }
}
