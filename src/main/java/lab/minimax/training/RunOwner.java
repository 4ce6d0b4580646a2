package lab.minimax.training;

/**
 * Who a run belongs to: its HTTP session, client address and browser ("" when unknown, e.g. in tests).
 *
 * @param sessionId          the HTTP session id
 * @param clientAddress      the client's address (the forwarded one behind a trusted proxy)
 * @param sessionCreatedMillis when the HTTP session was created (epoch ms; 0 when unknown)
 * @param browserId          the browser's long-lived id ({@link BrowserId}; "" when unknown)
 */
public record RunOwner(String sessionId, String clientAddress, long sessionCreatedMillis, String browserId) {

    /** An owner nobody knows (tests, the CLI). */
    public static final RunOwner UNKNOWN = new RunOwner("", "", 0, "");

    public RunOwner {
        sessionId = sessionId == null ? "" : sessionId;
        clientAddress = clientAddress == null ? "" : clientAddress;
        browserId = browserId == null ? "" : browserId;
    }

    /** An owner whose browser is not known apart from its session. */
    public RunOwner(String sessionId, String clientAddress, long sessionCreatedMillis) {
        this(sessionId, clientAddress, sessionCreatedMillis, "");
    }
}
