package lab.minimax.grading;

import java.util.List;
import java.util.Set;

/** STUB until the grading helper's version lands (same signatures). */
public record Rules(String assignmentConfigJson, Set<String> lockedGroups, long stepBudget, List<Criterion> criteria) {
}
