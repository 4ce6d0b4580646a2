package lab.minimax.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import lab.minimax.training.BrowserId;
import lab.minimax.training.ClientAddress;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Resolves each request's client address (trusting {@code X-Forwarded-For} only when
 * {@code minimax.limits.trust-forwarded-headers} is on) and the browser's long-lived id (its
 * {@link BrowserId} cookie, set when missing), keeps both in the HTTP session for the runs, tells
 * {@link HttpSessionsPerClient} the session is alive, and answers 429 with a page in the lab's style
 * when a client over {@code max-sessions-per-client} live sessions asks for a page without a session.
 * Static resources, the actuator and the release beacon are never refused, and the beacon (a page
 * saying goodbye) does not count as a sign of life.
 */
public class ClientSessionFilter extends OncePerRequestFilter {
    /** The 429's {@code Retry-After}. */
    static final int RETRY_SECONDS = 30;

    private final HttpSessionsPerClient sessions;
    private final boolean trustForwarded;
    /** Course pages of other sites may frame the lab: the browser cookie must be sent cross-site. */
    private final boolean crossSite;

    public ClientSessionFilter(HttpSessionsPerClient sessions, boolean trustForwarded) {
        this(sessions, trustForwarded, false);
    }

    /**
     * @param crossSite embedding by other sites is configured ({@link EmbedHeaders#crossSite}): the
     *                  browser cookie is {@code SameSite=None; Secure; Partitioned} (CHIPS), so that it
     *                  reaches the lab inside a course page's iframe, kept per embedding site
     */
    public ClientSessionFilter(HttpSessionsPerClient sessions, boolean trustForwarded, boolean crossSite) {
        this.sessions = sessions;
        this.trustForwarded = trustForwarded;
        this.crossSite = crossSite;
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
        String browser = browserId(request, response);
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession s = request.getSession(false);
            if (s != null) {
                try {
                    if (s.getAttribute(ClientAddress.SESSION_ATTRIBUTE) == null) {
                        s.setAttribute(ClientAddress.SESSION_ATTRIBUTE, address);
                    }
                    if (browser != null && !browser.equals(s.getAttribute(BrowserId.SESSION_ATTRIBUTE))) {
                        s.setAttribute(BrowserId.SESSION_ATTRIBUTE, browser);
                    }
                    if (!path(request).startsWith(ReleaseEndpoint.PATH)) {
                        sessions.seen(s.getId(), address);
                    }
                } catch (IllegalStateException invalidated) {
                    // the session ended during the request
                }
            }
        }
    }

    /**
     * The browser's id from its cookie; a page request without a valid one gets a fresh id in a
     * first-party, HTTP-only cookie (null for other requests without one: they keep what the
     * session knows).
     */
    private String browserId(HttpServletRequest request, HttpServletResponse response) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (BrowserId.COOKIE.equals(c.getName()) && BrowserId.valid(c.getValue())) {
                    return c.getValue();
                }
            }
        }
        if (!"GET".equals(request.getMethod()) || exempt(request)) {
            return null;
        }
        String id = BrowserId.fresh();
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        if (crossSite) {
            // written whole: the servlet Cookie has no Partitioned; Secure even when TLS ends at a proxy
            // (browsers drop SameSite=None without it)
            response.addHeader("Set-Cookie", BrowserId.COOKIE + "=" + id + "; Max-Age=" + BrowserId.MAX_AGE_SECONDS
                    + "; Path=" + path + "; Secure; HttpOnly; SameSite=None; Partitioned");
            return id;
        }
        Cookie c = new Cookie(BrowserId.COOKIE, id);
        c.setPath(path);
        c.setMaxAge(BrowserId.MAX_AGE_SECONDS);
        c.setHttpOnly(true);
        c.setSecure(request.isSecure());
        c.setAttribute("SameSite", "Lax");
        response.addCookie(c);
        return id;
    }

    private static String path(HttpServletRequest r) {
        return r.getRequestURI().substring(Math.min(r.getRequestURI().length(), r.getContextPath().length()));
    }

    private static boolean exempt(HttpServletRequest r) {
        String path = path(r);
        return path.startsWith("/VAADIN/") || path.startsWith("/actuator") || path.startsWith("/lab-release")
                || path.startsWith("/favicon") || path.startsWith("/icons/") || path.startsWith("/images/");
    }
}
