package lab.minimax.ui.classroom;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import lab.minimax.classroom.Classroom;
import lab.minimax.classroom.RunStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /class/<id>/present/<runId>}: one run of the class, read-only and large for the projector
 * (its thumbnail scaled up, its pseudonym, summary, step, state and metrics), refreshed like the dashboard.
 */
@CssImport("./styles/classroom.css")
@Route("class/:classId/present/:runId")
@RolesAllowed("INSTRUCTOR")
@PageTitle("Presenting · Minimax Lab")
public class PresentView extends Main implements BeforeEnterObserver {
    private final Classroom classroom;
    private final Supplier<String> user;
    private final H1 title = new H1();
    private final Image picture = new Image();
    private final Span step = new Span();
    private final Span state = new Span();
    private final Div metrics = new Div();
    private String instructor;
    private String classId;
    private String runId;
    private byte[] shownPicture;
    private Registration polling;

    public PresentView() {
        this(ClassroomUi.standalone(), ClassroomUi.standaloneUser());
    }

    @Autowired
    public PresentView(Classroom classroom, AuthenticationContext auth) {
        this(classroom, () -> auth.getPrincipalName().orElse(null));
    }

    PresentView(Classroom classroom, Supplier<String> user) {
        this.classroom = classroom;
        this.user = user;
        addClassNames("class-page", "class-present");
        title.setId("present-title");
        picture.setId("present-picture");
        picture.setAlt("the run's samples");
        picture.addClassName("class-present-picture");
        step.setId("present-step");
        state.setId("present-state");
        metrics.setId("present-metrics");
        add(title, picture, new Div(step, new Span(" · "), state), metrics);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        instructor = user.get();
        classId = event.getRouteParameters().get("classId").orElse("");
        runId = event.getRouteParameters().get("runId").orElse("");
        if (instructor == null || !refresh()) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Reads the row again; false when it is not in the instructor's class. */
    boolean refresh() {
        Optional<RunStatus> r;
        try {
            r = classroom.statuses().one(instructor, classId, runId);
        } catch (RuntimeException storeDown) {
            return true; // keep what is shown; the next poll tries again
        }
        r.ifPresent(this::show);
        return r.isPresent();
    }

    private void show(RunStatus r) {
        title.setText(r.displayName() + " · " + r.summary());
        step.setText("step " + r.step());
        state.setText(r.state().toLowerCase(java.util.Locale.ROOT));
        metrics.setText(RunCard.metricsText(r.metricsJson()));
        if (!Arrays.equals(shownPicture, r.thumbnail())) {
            shownPicture = r.thumbnail();
            picture.setSrc(RunCard.dataUrl(r.thumbnail()));
        }
    }

    @Override
    protected void onAttach(AttachEvent e) {
        super.onAttach(e);
        e.getUI().setPollInterval(ClassView.REFRESH_MILLIS);
        polling = e.getUI().addPollListener(p -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent e) {
        if (polling != null) {
            polling.remove();
        }
        e.getUI().setPollInterval(-1);
        super.onDetach(e);
    }

    String stepText() {
        return step.getText();
    }
}
