package lab.minimax.admin;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.stereotype.Component;

/**
 * Registers {@code /admin} ({@link AdminView}) when, and only when, an admin password is
 * configured: without one the route does not exist and Vaadin answers it with its not-found page.
 * {@code /login} ({@link LoginView}) is always registered, since an instructor account may be
 * created while the server runs; the view itself answers with the not-found page while there is
 * neither an admin nor an instructor account ({@link LoginGate}). (The views carry no
 * {@code @Route}, so the route scan never finds them.)
 */
@Component
public class AdminRoutes implements VaadinServiceInitListener {
    /** Path of the admin view. */
    public static final String ADMIN_PATH = "/admin";
    /** Path of the login page. */
    public static final String LOGIN_PATH = "/login";

    private final AdminProperties admin;

    public AdminRoutes(AdminProperties admin) {
        this.admin = admin;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        if (admin.configured() && routes.getRoute(ADMIN_PATH.substring(1)).isEmpty()) {
            routes.setRoute(ADMIN_PATH.substring(1), AdminView.class);
        }
        if (routes.getRoute(LOGIN_PATH.substring(1)).isEmpty()) {
            routes.setRoute(LOGIN_PATH.substring(1), LoginView.class);
        }
    }
}
