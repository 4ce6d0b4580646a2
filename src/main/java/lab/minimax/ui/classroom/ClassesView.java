package lab.minimax.ui.classroom;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import lab.minimax.classroom.Classroom;
import lab.minimax.classroom.Names;
import lab.minimax.classroom.SchoolClass;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /classes}: the instructor's own classes (each opens its dashboard) and a form to create one. */
@CssImport("./styles/classroom.css")
@Route("classes")
@RolesAllowed("INSTRUCTOR")
@PageTitle("Your classes · Minimax Lab")
public class ClassesView extends Main implements BeforeEnterObserver {
    private final Classroom classroom;
    private final Supplier<String> user;
    private final Div list = new Div();
    private final TextField name = new TextField("New class");
    private final Button create = new Button("Create class");
    private final Paragraph message = new Paragraph();
    private String instructor;

    public ClassesView() {
        this(ClassroomUi.standalone(), ClassroomUi.standaloneUser());
    }

    @Autowired
    public ClassesView(Classroom classroom, AuthenticationContext auth) {
        this(classroom, () -> auth.getPrincipalName().orElse(null));
    }

    ClassesView(Classroom classroom, Supplier<String> user) {
        this.classroom = classroom;
        this.user = user;
        addClassName("class-page");
        list.setId("classes-list");
        name.setId("classes-new-name");
        name.setMaxLength(Names.MAX_CLASS_NAME);
        name.setPlaceholder("e.g. Deep learning, group B");
        create.setId("classes-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        message.setId("classes-message");
        create.addClickListener(e -> create());
        add(new H1("Your classes"), new Div(name, create), message, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        instructor = user.get();
        showList();
    }

    private void create() {
        try {
            SchoolClass c = classroom.classes().create(instructor, name.getValue());
            name.clear();
            message.setText("Created " + c.name() + ": students join with code " + c.joinCode() + ".");
            showList();
        } catch (IllegalArgumentException bad) {
            message.setText(bad.getMessage());
        }
    }

    private void showList() {
        list.removeAll();
        if (instructor == null) {
            return;
        }
        for (SchoolClass c : classroom.classes().listOwn(instructor)) {
            RouterLink open = new RouterLink(c.name(), ClassView.class, new RouteParameters("classId", c.id()));
            Span code = new Span(c.archived() ? "archived" : "code " + c.joinCode());
            Div row = new Div(open, new Span(" · "), code);
            row.addClassName("classes-row");
            list.add(row);
        }
        if (list.getComponentCount() == 0) {
            list.add(new Paragraph("No classes yet: create one above."));
        }
    }

    Div list() {
        return list;
    }
}
