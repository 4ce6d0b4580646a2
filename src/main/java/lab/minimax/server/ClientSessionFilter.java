package lab.minimax.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import lab.minimax.training.ClientAddress;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Resolves each request's client address (trusting {@code X-Forwarded-For} only when
 * {@code minimax.limits.trust-forwarded-headers} is on), keeps it in the HTTP session for the runs,
 * and answers 429 with a page in the lab's style when a client over {@code max-sessions-per-client} asks for a
 * page without a session. Static resources, the actuator and the release beacon are never refused.
 */
public class ClientSessionFilter extends OncePerRequestFilter {
    /** The 429's {@code Retry-After}. */
    static final int RETRY_SECONDS = 60;

    private final HttpSessionsPerClient sessions;
    private final boolean trustForwarded;

    public ClientSessionFilter(HttpSessionsPerClient sessions, boolean trustForwarded) {
        this.sessions = sessions;
        this.trustForwarded = trustForwarded;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = ClientAddress.resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustForwarded);
        if (request.getSession(false) == null && !exempt(request) && sessions.full(address)) {
            response.setStatus(429);
            response.setHeader("Retry-After", Integer.toString(RETRY_SECONDS));
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(sessions.refusalPage(RETRY_SECONDS).getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession s = request.getSession(false);
            if (s != null) {
                try {
                    if (s.getAttribute(ClientAddress.SESSION_ATTRIBUTE) == null) {
                        s.setAttribute(ClientAddress.SESSION_ATTRIBUTE, address);
                    }
                    sessions.opened(s.getId(), address);
                } catch (IllegalStateException invalidated) {
                    // the session ended during the request
                }
            }
        }
    }

    private static boolean exempt(HttpServletRequest r) {
        String path = r.getRequestURI().substring(Math.min(r.getRequestURI().length(), r.getContextPath().length()));
        return path.startsWith("/VAADIN/") || path.startsWith("/actuator") || path.startsWith("/lab-release")
                || path.startsWith("/favicon") || path.startsWith("/icons/") || path.startsWith("/images/");
    }
}
