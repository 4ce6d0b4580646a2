package lab.minimax.assignment;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.experiment.preset.Preset;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.grading.Criterion;

/**
 * Assignments of a class: made and listed by the class's instructor only (another instructor's
 * class, or an unknown one, is "not found": no id reveals that it exists), read by the class's
 * members. Every field is checked with a message naming it and the allowed range.
 */
public final class Assignments {
    /** The settings groups an assignment may lock (the {@code _hide} names of the settings form). */
    public static final List<String> LOCKABLE = List.of("target", "objective", "generator", "discriminator",
            "optimizers", "training");
    static final int MAX_TITLE = 100;
    static final long MAX_BUDGET = 1_000_000;
    static final int MAX_CRITERIA = 10;
    static final int MAX_PER_CLASS = 100;

    private final AssignmentStore store;
    private final Clock clock;

    Assignments(AssignmentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Sets an exercise in {@code classId}, which {@code instructor} must own. */
    public Assignment create(String instructor, String classId, NewAssignment a) {
        owned(instructor, classId);
        String title = a.title() == null ? "" : a.title().strip();
        require(!title.isEmpty() && title.length() <= MAX_TITLE, "title: 1 to " + MAX_TITLE + " characters");
        Preset preset = Presets.find(a.preset() == null ? "" : a.preset()).orElseThrow(() ->
                new IllegalArgumentException("preset: '" + a.preset() + "' is not a preset of the lab"));
        Set<String> locked = new LinkedHashSet<>();
        for (String g : a.locked()) {
            require(LOCKABLE.contains(g), "locked: '" + g + "' is not one of " + String.join(", ", LOCKABLE));
            locked.add(g);
        }
        require(a.stepBudget() >= 1 && a.stepBudget() <= MAX_BUDGET, "step budget: 1 to " + MAX_BUDGET + " steps");
        List<Criterion> criteria = Criterion.parseList(a.criteria() == null ? "" : a.criteria());
        require(!criteria.isEmpty() && criteria.size() <= MAX_CRITERIA,
                "criteria: 1 to " + MAX_CRITERIA + " criteria such as modesCovered>=20");
        require(a.opensAt() != null && a.dueAt() != null, "dates: an opening and a due date");
        require(a.opensAt().isBefore(a.dueAt()), "due date: after the opening date");
        require(store.assignmentsOf(classId).size() < MAX_PER_CLASS,
                "assignments: at most " + MAX_PER_CLASS + " per class");
        String criteriaText = String.join(", ", criteria.stream().map(Criterion::text).toList());
        Assignment made = new Assignment(Ids.fresh(), classId, title, preset.id(), ConfigJson.write(preset.config()),
                locked, a.stepBudget(), criteriaText, a.opensAt(), a.dueAt(), a.boardHidden(), clock.instant());
        store.insert(made);
        return made;
    }

    /** The class's assignments, for its instructor. */
    public List<Assignment> ofClass(String instructor, String classId) {
        owned(instructor, classId);
        return store.assignmentsOf(classId);
    }

    /** One assignment, for the instructor who owns its class. */
    public Assignment forInstructor(String instructor, String assignmentId) {
        Assignment a = find(assignmentId).orElseThrow(Assignments::notFound);
        owned(instructor, a.classId());
        return a;
    }

    /** One assignment, for a member of its class (a browser that joined it). */
    public Assignment forMember(String browserId, String assignmentId) {
        Assignment a = find(assignmentId).orElseThrow(Assignments::notFound);
        if (browserId == null || store.memberName(a.classId(), browserId).isEmpty()) {
            throw notFound();
        }
        return a;
    }

    /** The assignments of the classes the browser joined. */
    public List<Assignment> forBrowser(String browserId) {
        return browserId == null || browserId.isEmpty() ? List.of() : store.assignmentsFor(browserId);
    }

    /** Removes an assignment with its submissions (its instructor only). */
    public void delete(String instructor, String assignmentId) {
        forInstructor(instructor, assignmentId);
        store.deleteAssignment(assignmentId);
    }

    /** Whether {@code instructor} owns the assignment's class. */
    public boolean owns(String instructor, String assignmentId) {
        try {
            forInstructor(instructor, assignmentId);
            return true;
        } catch (NoSuchElementException e) {
            return false;
        }
    }

    Optional<Assignment> find(String id) {
        return Ids.valid(id) ? store.assignment(id) : Optional.empty();
    }

    private void owned(String instructor, String classId) {
        Optional<String> owner = classId == null ? Optional.empty() : store.instructorOf(classId);
        if (instructor == null || owner.isEmpty() || !owner.get().equals(instructor)) {
            throw new NoSuchElementException("no such class");
        }
    }

    static NoSuchElementException notFound() {
        return new NoSuchElementException("no such assignment");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
