package lab.minimax.ui.assignment;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import lab.minimax.assignment.Assignment;
import lab.minimax.assignment.Assignments;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.experiment.config.ParseResult;
import lab.minimax.link.LinkFlags;
import lab.minimax.link.LinkState;
import lab.minimax.link.LinkWriter;

/**
 * {@code /assignment/<id>}: a class member's way into an assignment. It opens the lab on the
 * assignment's configuration with its locked groups hidden ({@code _hide}; with any lock also the
 * preset menu and import, with the target's also the draw tools) and the assignment's bar
 * ({@code _assignment}); anyone else reads that the class's join link comes first.
 */
@Route("assignment/:id")
@AnonymousAllowed
@PageTitle("Minimax Lab · assignment")
public class AssignmentView extends Div implements BeforeEnterObserver {
    /** The link flag of the lab's assignment bar. */
    public static final String FLAG = "_assignment";
    private final Assignments assignments;

    public AssignmentView(Assignments assignments) {
        this.assignments = assignments;
        addClassName("assignment-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            Assignment a = assignments.forMember(Browser.current(), id);
            event.forwardTo("", QueryParameters.fromString(labQuery(a))); // the lab's route is ""

        } catch (NoSuchElementException e) {
            removeAll();
            add(new H1("Assignment"), new Paragraph("This assignment is open to the members of its class only. "
                    + "Open the join link your instructor gave you, then this link again."), new Anchor(".", "Open the lab"));
        }
    }

    /** The lab's link of an assignment: its config, its locked groups hidden, and its bar. */
    public static String labQuery(Assignment a) {
        ParseResult parsed = ConfigJson.parse(a.configJson(), Limits.DEFAULTS);
        Map<String, List<String>> other = new LinkedHashMap<>();
        other.put(FLAG, List.of(a.id()));
        // what could change a locked group by another way is hidden too: the preset menu and import
        // (any group), the draw tools (the target); the grader refuses such a run anyway
        LinkedHashSet<String> hide = new LinkedHashSet<>(a.locked());
        if (!hide.isEmpty()) {
            hide.add("preset");
            hide.add("transfer");
        }
        if (hide.contains("target")) {
            hide.add("draw");
        }
        LinkFlags flags = new LinkFlags(hide, false, null, null, false, other);
        return LinkWriter.write(new LinkState(parsed.config(), null, flags)).query();
    }
}
