package lab.minimax.ui.lab;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.function.Supplier;
import lab.minimax.classroom.Classes;
import lab.minimax.live.LiveRun;
import lab.minimax.ui.assignment.AssignmentBar;
import lab.minimax.ui.assignment.OpenAssignments;
import lab.minimax.ui.classroom.ClassBanner;

/**
 * The lab page's classroom strip, over the settings: the class banner of a member browser, and
 * either the bar of the link's assignment ({@code _assignment}: its Submit, and its step budget on
 * every run of the page) or the list of the class's open assignments.
 */
final class ClassStrip extends Div {
    private final ClassBanner banner = new ClassBanner();
    private final Supplier<LiveRun> run;
    private AssignmentBar bar;
    private boolean listed;

    ClassStrip(Supplier<LiveRun> run) {
        this.run = run;
        addClassName("lab-class-strip");
        add(banner);
    }

    /** The classroom (Spring): a member browser's pages show its class banner. */
    void useClasses(Classes classes) {
        banner.use(classes::latestMembership);
    }

    /** The link's {@code _assignment} values (null or empty: none), once per page. */
    void show(List<String> assignmentIds) {
        if (bar != null || listed) {
            return;
        }
        if (assignmentIds != null && !assignmentIds.isEmpty()) {
            AssignmentBar.of(assignmentIds.get(0), run).ifPresent(b -> {
                bar = b;
                add(b);
            });
        } else {
            OpenAssignments.forCurrentBrowser().ifPresent(this::add);
        }
        listed = true;
    }

    /** A new run of the page: an assignment's runs stop at its budget. */
    void newRun(LiveRun r) {
        if (bar != null) {
            r.setStepLimit(bar.budget());
        }
    }

    AssignmentBar assignmentBar() {
        return bar;
    }
}
