package lab.minimax.classroom;

/**
 * What the classroom's pages use: classes and members, joining, the status rows and the export.
 *
 * @param classes  classes and members
 * @param joins    the join page's logic and limits
 * @param statuses the run status rows
 * @param export   a class's data for its instructor
 */
public record Classroom(Classes classes, JoinService joins, RunStatusStore statuses, ClassExport export) {
}
