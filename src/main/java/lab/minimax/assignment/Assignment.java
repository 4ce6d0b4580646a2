package lab.minimax.assignment;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import lab.minimax.grading.Criterion;
import lab.minimax.grading.Rules;

/**
 * An exercise of a class: a preset's configuration with some settings groups locked, a step budget,
 * pass criteria on the metrics the server computes itself, and the window in which it takes
 * submissions.
 *
 * @param locked      the locked settings groups ({@code _hide} names: target, objective, …)
 * @param criteria    e.g. {@code modesCovered>=20, highQualityFraction>=0.9}
 * @param boardHidden the board is shown to students only after {@code dueAt}
 */
public record Assignment(String id, String classId, String title, String preset, String configJson, Set<String> locked,
                         long stepBudget, String criteria, Instant opensAt, Instant dueAt, boolean boardHidden,
                         Instant createdAt) {
    public Assignment {
        locked = Set.copyOf(locked);
    }

    /** The parsed criteria (validated when the assignment was made). */
    public List<Criterion> criteriaList() {
        return Criterion.parseList(criteria);
    }

    /** What a submission is graded against. */
    public Rules rules() {
        return new Rules(configJson, locked, stepBudget, criteriaList());
    }

    /** Whether it takes submissions at {@code now}. */
    public boolean open(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(dueAt);
    }

    /** Whether a student may see the board at {@code now}. */
    public boolean boardVisibleToStudents(Instant now) {
        return !boardHidden || !now.isBefore(dueAt);
    }
}
