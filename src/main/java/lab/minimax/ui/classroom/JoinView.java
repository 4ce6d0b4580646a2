package lab.minimax.ui.classroom;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import lab.minimax.classroom.Classroom;
import lab.minimax.classroom.JoinService;
import lab.minimax.classroom.Names;
import lab.minimax.classroom.SchoolClass;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /join/<CODE>}: a student's way into a class. Shows the class's name (as text) and asks for
 * a display name (a pseudonym: no e-mail, no account); Join stores it for this browser and opens the
 * lab. A wrong code, a locked browser or a bad name is said in words.
 */
@CssImport("./styles/classroom.css")
@Route("join/:code?")
@AnonymousAllowed
@PageTitle("Join a class · Minimax Lab")
public class JoinView extends Main implements BeforeEnterObserver {
    static final String STORE_DOWN = "The class list cannot be read just now: try again in a minute.";
    private final Classroom classroom;
    private final H1 title = new H1("Join a class");
    private final Paragraph message = new Paragraph();
    private final TextField code = new TextField("Join code");
    private final TextField name = new TextField("Your display name");
    private final Button join = new Button("Join");

    public JoinView() {
        this(ClassroomUi.standalone());
    }

    @Autowired
    public JoinView(Classroom classroom) {
        this.classroom = classroom;
        addClassName("class-page");
        title.setId("join-title");
        message.setId("join-message");
        message.getElement().setAttribute("role", "status");
        code.setId("join-code");
        code.setMaxLength(12);
        name.setId("join-name");
        name.setMaxLength(Names.MAX_DISPLAY_NAME);
        name.setHelperText("A pseudonym (1 to " + Names.MAX_DISPLAY_NAME + " characters): your instructor and the"
                + " class board show it; no real name needed.");
        join.setId("join-button");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(e -> join());
        name.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> join());
        add(title, message, code, name, join);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String typed = event.getRouteParameters().get("code").orElse("");
        code.setValue(typed);
        code.setVisible(typed.isEmpty());
        if (typed.isEmpty()) {
            message.setText("Type the code your instructor gave you.");
            return;
        }
        try {
            show(classroom.joins().lookUp(typed, ClassroomUi.browserId()));
        } catch (org.springframework.dao.DataAccessException storeDown) {
            message.setText(STORE_DOWN);
        }
    }

    private void show(JoinService.Outcome found) {
        SchoolClass c = found.joinedClass();
        if (c == null) {
            title.setText("Join a class");
            message.setText(found.message());
            code.setVisible(true);
            return;
        }
        title.setText("Join " + c.name());
        message.setText("Pick the name the class will know you by.");
        classroom.classes().latestMembership(ClassroomUi.browserId())
                .filter(m -> m.classId().equals(c.id()))
                .ifPresent(m -> name.setValue(m.displayName()));
    }

    private void join() {
        JoinService.Outcome o;
        try {
            o = classroom.joins().join(code.getValue(), ClassroomUi.browserId(), name.getValue());
        } catch (org.springframework.dao.DataAccessException storeDown) {
            message.setText(STORE_DOWN);
            return;
        }
        if (o.joined()) {
            UI.getCurrent().navigate("");
        } else {
            message.setText(o.message());
        }
    }

    /** The page's heading (tests). */
    String heading() {
        return title.getText();
    }

    /** What the page says (tests). */
    String messageText() {
        return message.getText();
    }
}
