package lab.minimax.admin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The login page at {@code /login} for the operator and the instructors: a plain HTML form posting
 * {@code username}, {@code password} and Spring's CSRF token to Spring Security's form login,
 * which sends an admin on to {@code /admin} and an instructor to {@code /classes}. While there is
 * neither an admin nor an instructor account the page does not exist: the not-found page answers.
 */
@PageTitle("Minimax Lab · log in")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {
    private final LoginGate gate;
    private final Paragraph error = new Paragraph("Wrong user name or password.");
    private final Element form = new Element("form");
    private final Element csrf = new Element("input");

    public LoginView(LoginGate gate) {
        this.gate = gate;
        addClassName("admin-login");
        form.setAttribute("method", "post");
        form.setAttribute("action", "login");
        csrf.setAttribute("type", "hidden");
        csrf.setAttribute("id", "login-csrf");
        form.appendChild(field("Username", "username", "text", "username"),
                field("Password", "password", "password", "current-password"), csrf);
        Element submit = new Element("button");
        submit.setAttribute("type", "submit");
        submit.setText("Log in");
        form.appendChild(submit);
        error.setId("login-error");
        error.setVisible(false);
        add(new H1("Minimax Lab · log in"), error);
        getElement().appendChild(form);
    }

    private static Element field(String label, String name, String type, String autocomplete) {
        Element input = new Element("input");
        input.setAttribute("id", "login-" + name);
        input.setAttribute("name", name);
        input.setAttribute("type", type);
        input.setAttribute("autocomplete", autocomplete);
        input.setAttribute("required", true);
        Element l = new Element("label");
        l.setAttribute("for", "login-" + name);
        l.setText(label);
        Element p = new Element("p");
        p.appendChild(l, new Element("br"), input);
        return p;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!gate.open()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            csrf.setAttribute("name", token.getParameterName());
            csrf.setAttribute("value", token.getToken());
        }
        error.setVisible(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
