package lab.minimax.admin;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

import java.io.IOException;
import java.net.URI;

/**
 * Where a login leads: back to the page that asked for it when the user may open that page,
 * otherwise home by role: the admin to {@code /admin}, an instructor to {@code /classes}.
 * (An instructor sent to the login by {@code /admin} lands on {@code /classes}, not on a refusal.)
 */
final class RoleLanding extends VaadinSavedRequestAwareAuthenticationSuccessHandler {
    /** The instructor's home page (the classes view). */
    static final String INSTRUCTOR_HOME = "/classes";

    private RequestCache cache;

    RoleLanding() {
        setDefaultTargetUrl(INSTRUCTOR_HOME);
    }

    @Override
    public void setRequestCache(RequestCache requestCache) {
        super.setRequestCache(requestCache);
        this.cache = requestCache;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws ServletException, IOException {
        if (cache != null) {
            SavedRequest saved = cache.getRequest(request, response);
            if (saved != null && !mayOpen(auth, path(request, saved.getRedirectUrl()))) {
                cache.removeRequest(request, response);
            }
        }
        super.onAuthenticationSuccess(request, response, auth);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        String url = super.determineTargetUrl(request, response, auth);
        if (url != null && !url.equals(getDefaultTargetUrl()) && mayOpen(auth, path(request, url))) {
            return url;
        }
        return request.getContextPath() + (isAdmin(auth) ? AdminRoutes.ADMIN_PATH : INSTRUCTOR_HOME);
    }

    static boolean isAdmin(Authentication auth) {
        return auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + SecurityConfig.ADMIN_ROLE).equals(a.getAuthority()));
    }

    /** Only the admin opens the admin view; everything else is left to the page's own check. */
    static boolean mayOpen(Authentication auth, String path) {
        boolean adminPage = path.equals(AdminRoutes.ADMIN_PATH) || path.startsWith(AdminRoutes.ADMIN_PATH + "/");
        return !adminPage || isAdmin(auth);
    }

    private static String path(HttpServletRequest request, String url) {
        try {
            String p = URI.create(url).getPath();
            p = p == null ? "" : p;
            return p.startsWith(request.getContextPath()) ? p.substring(request.getContextPath().length()) : p;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
