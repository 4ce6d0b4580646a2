package lab.minimax.ui.error;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import lab.minimax.ui.nav.NavBar;

/**
 * The page for an address the lab does not have (HTTP 404): what happened and the ways back, to the
 * lab and to the lessons, instead of Vaadin's bare "Could not navigate to …".
 */
@AnonymousAllowed
@PageTitle("Page not found · Minimax Lab")
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {
    /** Longest part of the address echoed on the page. */
    static final int MAX_ECHO = 80;

    private final Paragraph what = new Paragraph();

    public NotFoundView() {
        setId("not-found");
        getStyle().set("max-width", "40rem").set("margin", "3rem auto").set("padding", "0 1rem")
                .set("font-family", "var(--lumo-font-family, sans-serif)");
        Anchor lab = new Anchor("", "Open the lab");
        lab.setId("not-found-lab");
        Anchor lessons = new Anchor("lessons", "See the lessons");
        lessons.setId("not-found-lessons");
        Div ways = new Div(lab, new com.vaadin.flow.component.html.Span(" · "), lessons);
        add(new NavBar(), new H1("Page not found"), what, ways);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String path = event.getLocation().getPath();
        String shown = path.length() > MAX_ECHO ? path.substring(0, MAX_ECHO) + "…" : path;
        what.setText("Could not navigate to '" + shown + "': Minimax Lab has no such page. "
                + "A course link may be mistyped; the lab and its lessons are here:");
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
