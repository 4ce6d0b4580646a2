package lab.minimax.ui.assignment;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lab.minimax.assignment.Assignment;
import lab.minimax.assignment.Assignments;

/**
 * Under the class banner of a lab page: the open assignments of the classes this browser joined,
 * each a link to {@code /assignment/<id>} with its due date; nothing when there are none.
 */
public final class OpenAssignments extends Div {
    private OpenAssignments(List<Assignment> open) {
        setId("open-assignments");
        addClassName("lab-note");
        add(new Span(open.size() == 1 ? "Assignment: " : "Assignments: "));
        for (int i = 0; i < open.size(); i++) {
            Assignment a = open.get(i);
            if (i > 0) {
                add(new Span(" · "));
            }
            Anchor link = new Anchor("assignment/" + a.id(), a.title());
            link.addClassName("open-assignment");
            add(link, new Span(" (due " + Texts.when(a.dueAt()) + ")"));
        }
    }

    /** The list for the current browser, or empty (none open, no classes, no server services, the store down). */
    public static Optional<OpenAssignments> forCurrentBrowser() {
        try {
            VaadinService service = VaadinService.getCurrent();
            String browser = Browser.current();
            if (service == null || browser.isEmpty()) {
                return Optional.empty();
            }
            Instant now = Instant.now();
            List<Assignment> open = service.getInstantiator().getOrCreate(Assignments.class).forBrowser(browser)
                    .stream().filter(a -> a.open(now)).toList();
            return open.isEmpty() ? Optional.empty() : Optional.of(new OpenAssignments(open));
        } catch (RuntimeException noServicesOrStoreDown) {
            return Optional.empty();
        }
    }
}
