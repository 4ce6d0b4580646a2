package lab.minimax.assignment;

import java.time.Instant;
import java.util.Set;

/**
 * What an instructor fills in to set an exercise ({@link Assignments#create}).
 *
 * @param preset   the preset id the students start from
 * @param locked   settings groups the students may not change
 * @param criteria e.g. {@code modesCovered>=20}
 */
public record NewAssignment(String title, String preset, Set<String> locked, long stepBudget, String criteria,
                            Instant opensAt, Instant dueAt, boolean boardHidden) {
}
