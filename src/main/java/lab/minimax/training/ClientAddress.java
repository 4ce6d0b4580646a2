package lab.minimax.training;

import java.util.regex.Pattern;

/**
 * The client's address of a request: the socket's peer, or — only when the operator trusts the
 * proxy in front ({@code minimax.limits.trust-forwarded-headers}) — the right-most entry of
 * {@code X-Forwarded-For}, i.e. the address that the proxy itself appended (entries further left
 * come from the client and can be forged). Anything that does not look like an IP address is
 * ignored.
 */
public final class ClientAddress {
    /** The HTTP-session attribute under which the address of the session's first request is kept. */
    public static final String SESSION_ATTRIBUTE = "lab.minimax.clientAddress";

    private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private ClientAddress() {
    }

    /**
     * @param remoteAddr   the socket peer's address
     * @param forwardedFor the {@code X-Forwarded-For} header (may be null)
     * @param trustForwarded whether the header comes from a trusted proxy
     */
    public static String resolve(String remoteAddr, String forwardedFor, boolean trustForwarded) {
        String peer = remoteAddr == null ? "" : remoteAddr;
        if (!trustForwarded || forwardedFor == null || forwardedFor.isBlank() || forwardedFor.length() > 4096) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String h = hops[i].trim();
            if (!h.isEmpty()) {
                return IP.matcher(h).matches() ? h : peer;
            }
        }
        return peer;
    }
}
