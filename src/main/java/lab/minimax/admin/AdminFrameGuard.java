package lab.minimax.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The admin and login pages may never be framed: their responses carry
 * {@code Content-Security-Policy: frame-ancestors 'none'} and {@code X-Frame-Options: DENY},
 * whatever a later filter (the lab's embedding policy, {@code ui.EmbedHeaders}) tries to set.
 */
final class AdminFrameGuard extends OncePerRequestFilter {
    static final String CSP = "Content-Security-Policy";
    static final String NONE = "frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!guarded(request.getRequestURI().substring(request.getContextPath().length()))) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(CSP, NONE);
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, CSP.equalsIgnoreCase(name) ? NONE : value);
            }

            @Override
            public void addHeader(String name, String value) {
                if (CSP.equalsIgnoreCase(name)) {
                    super.setHeader(name, NONE);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }

    static boolean guarded(String path) {
        return path.equals(AdminRoutes.ADMIN_PATH) || path.startsWith(AdminRoutes.ADMIN_PATH + "/")
                || path.equals(AdminRoutes.LOGIN_PATH);
    }
}
