package lab.minimax.admin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import lab.minimax.account.Accounts;

/**
 * A stand-in for the instructors' views (built elsewhere), registered at {@code /instructor-probe}
 * by {@link InstructorLoginIT} only: Vaadin's access control must let an instructor in and keep
 * everybody else out.
 */
@RolesAllowed(Accounts.INSTRUCTOR)
public class InstructorProbeView extends Div {
    public InstructorProbeView(AuthenticationContext auth) {
        setId("probe");
        setText("instructor " + auth.getPrincipalName().orElse("?"));
    }
}
