package lab.minimax.ui.classroom;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import lab.minimax.classroom.Classroom;
import lab.minimax.classroom.RunStatus;
import lab.minimax.classroom.SchoolClass;
import org.springframework.beans.factory.annotation.Autowired;
import lab.minimax.ui.assignment.AssignmentsSection;

/**
 * {@code /class/<id>}: the instructor's live dashboard of one of their classes (another instructor's
 * class, or none, is "not found"). The head ({@link ClassHeader}), the filter and sort bar, the grid
 * of every member's runs from their status rows ({@link RunCards}, refreshed every {@link #REFRESH_MILLIS}
 * by UI polling, so it works whichever instance trains a run), and {@link #assignmentsSlot()} for the
 * class's assignments.
 */
@CssImport("./styles/classroom.css")
@Route("class/:classId")
@RolesAllowed("INSTRUCTOR")
@PageTitle("Class · Minimax Lab")
public class ClassView extends Main implements BeforeEnterObserver {
    /** How often the grid is read again: with the 1 s status rows a change shows within 1.5 s (the issue asks for 2 s). */
    public static final int REFRESH_MILLIS = 500;
    private final Classroom classroom;
    private final Supplier<String> user;
    private final Clock clock;
    private final RunFilterBar filter = new RunFilterBar(this::refresh);
    private final Div assignments = new Div();
    private RunCards cards;
    private ClassHeader header;
    private String classId;
    private String instructor;
    private Registration polling;

    public ClassView() {
        this(ClassroomUi.standalone(), ClassroomUi.standaloneUser(), Clock.systemUTC());
    }

    @Autowired
    public ClassView(Classroom classroom, AuthenticationContext auth) {
        this(classroom, () -> auth.getPrincipalName().orElse(null), Clock.systemUTC());
    }

    ClassView(Classroom classroom, Supplier<String> user, Clock clock) {
        this.classroom = classroom;
        this.user = user;
        this.clock = clock;
        addClassName("class-page");
        assignments.setId("class-assignments");
        assignments.addClassName("class-assignments");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        instructor = user.get();
        String id = event.getRouteParameters().get("classId").orElse("");
        Optional<SchoolClass> c = instructor == null ? Optional.empty() : classroom.classes().find(instructor, id);
        if (c.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        classId = id;
        removeAll();
        header = new ClassHeader(classroom, instructor, c.get(), () -> UI.getCurrent().navigate(ClassesView.class));
        cards = new RunCards(this::stop, r -> "class/" + classId + "/present/" + r.runId());
        assignments.removeAll();
        AssignmentsSection.of(instructor, classId).ifPresent(assignments::add);
        add(header, filter, cards, assignments);
        refresh();
    }

    /** Where the class's assignments go (the assignments feature fills it). */
    public Div assignmentsSlot() {
        return assignments;
    }

    /** The class shown (null before navigation). */
    public String classId() {
        return classId;
    }

    /** The signed-in instructor the page was opened for. */
    public String instructor() {
        return instructor;
    }

    /** Reads the rows again and shows those the filter keeps, in its order. */
    void refresh() {
        if (cards == null) {
            return;
        }
        Optional<List<RunStatus>> rows;
        try {
            rows = classroom.statuses().forClass(instructor, classId);
        } catch (RuntimeException storeDown) {
            return; // the next poll tries again
        }
        rows.ifPresent(r -> cards.show(filter.query().apply(r), clock.instant()));
    }

    private void stop(RunStatus r) {
        classroom.statuses().requestStop(instructor, classId, r.runId());
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent e) {
        super.onAttach(e);
        e.getUI().setPollInterval(REFRESH_MILLIS);
        polling = e.getUI().addPollListener(p -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent e) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        e.getUI().setPollInterval(-1);
        super.onDetach(e);
    }

    RunCards cards() {
        return cards;
    }

    RunFilterBar filter() {
        return filter;
    }

    ClassHeader header() {
        return header;
    }
}
