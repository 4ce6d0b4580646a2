package lab.minimax.grading;

import java.util.List;
import java.util.Set;

/**
 * What a submission is graded against.
 *
 * @param assignmentConfigJson the assignment's config ({@code ConfigJson}); its locked fields bind the submission
 * @param lockedGroups         settings groups of the assignment ({@link LockedGroups#NAMES}: target, objective,
 *                             generator, discriminator, optimizers, training) whose fields the claim's config and
 *                             every live change must leave as the assignment has them
 * @param stepBudget           the largest step a submission may claim
 * @param criteria             what a replayed run must meet to pass
 */
public record Rules(String assignmentConfigJson, Set<String> lockedGroups, long stepBudget, List<Criterion> criteria) {
    public Rules {
        lockedGroups = Set.copyOf(lockedGroups);
        criteria = List.copyOf(criteria);
    }
}
