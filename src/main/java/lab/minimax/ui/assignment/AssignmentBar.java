package lab.minimax.ui.assignment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import lab.minimax.assignment.Assignment;
import lab.minimax.assignment.Assignments;
import lab.minimax.assignment.Submission;
import lab.minimax.assignment.Submissions;
import lab.minimax.grading.Claim;
import lab.minimax.live.LiveRun;

/**
 * The lab page's bar of an assignment ({@code _assignment=ID} in the link): its title, budget,
 * criteria and due date, a Submit button that sends the run's claim to the server, and the
 * server's verdict once its replay is done (checked every second while it is pending).
 */
public final class AssignmentBar extends Div {
    /** How often a pending submission is checked. */
    static final int POLL_MILLIS = 1000;
    final Button submit = new Button("Submit");
    final Span result = new Span();
    private final Assignment assignment;
    private final Submissions submissions;
    private final Supplier<LiveRun> run;
    private final String browser;
    private com.vaadin.flow.shared.Registration polling;

    private AssignmentBar(Assignment a, Submissions submissions, Supplier<LiveRun> run, String browser) {
        this.assignment = a;
        this.submissions = submissions;
        this.run = run;
        this.browser = browser;
        addClassName("assignment-bar");
        setId("assignment-bar");
        Span title = new Span("Assignment: " + a.title());
        title.addClassName("assignment-title");
        Span summary = new Span(Texts.summary(a));
        submit.setId("assignment-submit");
        submit.addClickListener(e -> submit());
        result.setId("submission-result");
        result.getElement().setAttribute("role", "status");
        Anchor board = new Anchor("assignment/" + a.id() + "/board", "Board");
        board.setId("assignment-board-link");
        add(title, summary, submit, board, result);
        submissions.mine(browser, a.id()).stream().reduce((x, y) -> y).ifPresent(s -> result.setText(Texts.verdict(s)));
    }

    /**
     * The bar of the link's assignment, or empty with nothing shown when the browser is not in its
     * class, the id is unknown or the server has no assignments (a page outside Spring).
     */
    public static Optional<AssignmentBar> of(String assignmentId, Supplier<LiveRun> run) {
        try {
            VaadinService service = VaadinService.getCurrent();
            if (service == null) {
                return Optional.empty();
            }
            Assignments assignments = service.getInstantiator().getOrCreate(Assignments.class);
            Submissions submissions = service.getInstantiator().getOrCreate(Submissions.class);
            String browser = Browser.current();
            Assignment a = assignments.forMember(browser, assignmentId);
            return Optional.of(new AssignmentBar(a, submissions, run, browser));
        } catch (NoSuchElementException | IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        } catch (RuntimeException noSuchBean) {
            return Optional.empty();
        }
    }

    /** The assignment's step budget. */
    public long budget() {
        return assignment.stepBudget();
    }

    private void submit() {
        LiveRun r = run.get();
        Claim claim = r == null ? null : r.claim();
        if (claim == null) {
            result.setText("This run cannot be submitted: " + (r == null ? "no run" : r.notSubmittableReason()));
            return;
        }
        try {
            Submission s = submissions.submit(browser, assignment.id(), r.durableId(), claim.toJson());
            result.setText(Texts.verdict(s));
            watch(s.id());
        } catch (IllegalArgumentException | NoSuchElementException e) {
            result.setText("Not submitted: " + e.getMessage());
        }
    }

    /**
     * Checks the submission every second (the UI's own polling) until the server has decided, then
     * shows the verdict and stops polling.
     */
    private void watch(String submissionId) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        stopWatching(ui);
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> {
            Submission s;
            try {
                s = submissions.mine(browser, assignment.id(), submissionId);
            } catch (RuntimeException storeDown) {
                return; // the next poll tries again
            }
            if (s.status().decided()) {
                result.setText(Texts.verdict(s));
                stopWatching(ui);
            }
        });
    }

    private void stopWatching(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent e) {
        stopWatching(e.getUI());
        super.onDetach(e);
    }
}
