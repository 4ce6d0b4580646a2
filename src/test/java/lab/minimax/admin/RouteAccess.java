package lab.minimax.admin;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import lab.minimax.account.Accounts;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The access rule of the lab: every route is anonymous ({@code @AnonymousAllowed}, and nothing
 * stricter on it) except the admin view, which is {@code @RolesAllowed("ADMIN")}, and the
 * instructors' views (the classroom's instructor pages among them), which are
 * {@code @RolesAllowed("INSTRUCTOR")} and nothing else. A new view without one of these fails
 * here, naming its route and class.
 */
final class RouteAccess {
    /** The classroom's instructor pages (the class list, a class's dashboard, its presentation view). */
    static final java.util.Set<String> INSTRUCTOR_VIEWS = java.util.Set.of("lab.minimax.ui.classroom.ClassesView",
            "lab.minimax.ui.classroom.ClassView", "lab.minimax.ui.classroom.PresentView");

    private RouteAccess() {
    }

    static void check(String template, Class<?> target) {
        String where = "route '/" + template + "' (" + target.getName() + ")";
        if (target == AdminView.class) {
            RolesAllowed roles = target.getAnnotation(RolesAllowed.class);
            assertTrue(roles != null, where + " must be @RolesAllowed(\"ADMIN\")");
            assertArrayEquals(new String[] {SecurityConfig.ADMIN_ROLE}, roles.value(), where);
            assertNull(target.getAnnotation(AnonymousAllowed.class), where + " must not be anonymous");
            return;
        }
        RolesAllowed roles = target.getAnnotation(RolesAllowed.class);
        assertTrue(roles != null || !INSTRUCTOR_VIEWS.contains(target.getName()),
                where + " must be @RolesAllowed(\"INSTRUCTOR\")");
        if (roles != null) {
            assertArrayEquals(new String[] {Accounts.INSTRUCTOR}, roles.value(),
                    where + ": only the admin view is ADMIN; other role views are the instructors' alone");
            assertNull(target.getAnnotation(AnonymousAllowed.class), where + " must not be anonymous");
            assertNull(target.getAnnotation(PermitAll.class), where + " must not be open to every user");
            return;
        }
        assertTrue(target.isAnnotationPresent(AnonymousAllowed.class),
                where + " needs @AnonymousAllowed: everything but the admin and instructor views is anonymous");
        for (Class<?> stricter : Arrays.asList(RolesAllowed.class, PermitAll.class, DenyAll.class)) {
            @SuppressWarnings("unchecked")
            var a = target.getAnnotation((Class<? extends java.lang.annotation.Annotation>) stricter);
            assertNull(a, where + " carries @" + stricter.getSimpleName() + ", which Vaadin checks first");
        }
    }
}
