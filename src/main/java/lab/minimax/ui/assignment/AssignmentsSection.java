package lab.minimax.ui.assignment;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import lab.minimax.assignment.Assignment;
import lab.minimax.assignment.Assignments;
import lab.minimax.assignment.Submission;
import lab.minimax.assignment.Submissions;

/**
 * The assignments of a class on its dashboard (its instructor only): each with the students' link,
 * its board, the CSV and how many submissions are waiting, passed, not passed and refused; and the
 * form for a new one.
 */
public final class AssignmentsSection extends Div {
    private final String instructor;
    private final String classId;
    private final Assignments assignments;
    private final Submissions submissions;
    private final Div list = new Div();
    final Span message = NewAssignmentForm.message();
    final NewAssignmentForm form;

    public AssignmentsSection(String instructor, String classId, Assignments assignments, Submissions submissions) {
        this.instructor = instructor;
        this.classId = classId;
        this.assignments = assignments;
        this.submissions = submissions;
        setId("assignments");
        addClassName("assignments");
        list.setId("assignment-list");
        form = new NewAssignmentForm(a -> {
            try {
                Assignment made = assignments.create(instructor, classId, a);
                message.setText("Created \"" + made.title() + "\".");
                refresh();
            } catch (IllegalArgumentException | NoSuchElementException e) {
                message.setText("Not created: " + e.getMessage());
            }
        });
        add(new H2("Assignments"), list, form, message);
        refresh();
    }

    /**
     * The section of a class its instructor owns, with the server's services; empty outside Spring
     * (a page made in a test without the assignment services).
     */
    public static java.util.Optional<AssignmentsSection> of(String instructor, String classId) {
        try {
            com.vaadin.flow.server.VaadinService service = com.vaadin.flow.server.VaadinService.getCurrent();
            if (service == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new AssignmentsSection(instructor, classId,
                    service.getInstantiator().getOrCreate(Assignments.class),
                    service.getInstantiator().getOrCreate(Submissions.class)));
        } catch (RuntimeException noServices) {
            return java.util.Optional.empty();
        }
    }

    /** Reads the assignments and their submission counts again. */
    public void refresh() {
        list.removeAll();
        List<Assignment> all = assignments.ofClass(instructor, classId);
        if (all.isEmpty()) {
            list.add(new Span("No assignments yet."));
        }
        for (Assignment a : all) {
            list.add(card(a));
        }
    }

    private Div card(Assignment a) {
        Map<Submission.Status, Integer> counts = new EnumMap<>(Submission.Status.class);
        for (Submission s : submissions.all(instructor, a.id())) {
            counts.merge(s.status(), 1, Integer::sum);
        }
        Span title = new Span(a.title());
        title.addClassName("assignment-title");
        Anchor link = new Anchor("assignment/" + a.id(), "Students' link");
        link.addClassName("assignment-link");
        Anchor board = new Anchor("assignment/" + a.id() + "/board", "Board");
        Anchor csv = new Anchor("assignment/" + a.id() + "/results.csv", "CSV");
        csv.getElement().setAttribute("download", true);
        Span count = new Span(String.format(java.util.Locale.ROOT,
                "%d waiting · %d passed · %d not passed · %d refused",
                counts.getOrDefault(Submission.Status.PENDING, 0) + counts.getOrDefault(Submission.Status.VERIFYING, 0),
                counts.getOrDefault(Submission.Status.PASSED, 0), counts.getOrDefault(Submission.Status.FAILED, 0),
                counts.getOrDefault(Submission.Status.REFUSED, 0)));
        Div card = new Div(title, new Span(Texts.summary(a) + " · locked: "
                + (a.locked().isEmpty() ? "nothing" : String.join(", ", a.locked()))), link, board, csv, count);
        card.addClassName("assignment-card");
        card.getElement().setAttribute("data-assignment", a.id());
        return card;
    }
}
