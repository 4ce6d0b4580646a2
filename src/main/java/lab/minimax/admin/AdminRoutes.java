package lab.minimax.admin;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.stereotype.Component;

/**
 * Registers {@code /admin} ({@link AdminView}) and {@code /login} ({@link LoginView}) when, and
 * only when, an admin password is configured: without one these routes do not exist and Vaadin
 * answers them with its not-found page. (The views carry no {@code @Route}, so the route scan
 * never finds them.)
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
        if (!admin.configured()) {
            return;
        }
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        if (routes.getRoute(ADMIN_PATH.substring(1)).isEmpty()) {
            routes.setRoute(ADMIN_PATH.substring(1), AdminView.class);
        }
        if (routes.getRoute(LOGIN_PATH.substring(1)).isEmpty()) {
            routes.setRoute(LOGIN_PATH.substring(1), LoginView.class);
        }
    }
}
