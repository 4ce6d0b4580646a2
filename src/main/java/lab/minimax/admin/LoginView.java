package lab.minimax.admin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The operator's login page at {@code /login} (registered only when an admin password is
 * configured): a plain HTML form posting {@code username} and {@code password} to Spring
 * Security's form login, which sends the user on to {@code /admin}.
 */
@PageTitle("Minimax Lab · admin login")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {
    private final Paragraph error = new Paragraph("Wrong user name or password.");

    public LoginView() {
        addClassName("admin-login");
        Element form = new Element("form");
        form.setAttribute("method", "post");
        form.setAttribute("action", "login");
        form.appendChild(field("Username", "username", "text", "username"),
                field("Password", "password", "password", "current-password"));
        Element submit = new Element("button");
        submit.setAttribute("type", "submit");
        submit.setText("Log in");
        form.appendChild(submit);
        error.setId("login-error");
        error.setVisible(false);
        add(new H1("Minimax Lab · admin"), error);
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
        error.setVisible(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
