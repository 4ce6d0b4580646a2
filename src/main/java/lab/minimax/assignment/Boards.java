package lab.minimax.assignment;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Who sees an assignment's board when: its instructor always; its class's members unless it is hidden until the due date. */
public final class Boards {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private final AssignmentStore store;
    private final Assignments assignments;
    private final Clock clock;

    Boards(AssignmentStore store, Assignments assignments, Clock clock) {
        this.store = store;
        this.assignments = assignments;
        this.clock = clock;
    }

    /** The board for the instructor of the assignment's class. */
    public Board forInstructor(String instructor, String assignmentId) {
        return board(assignments.forInstructor(instructor, assignmentId));
    }

    /**
     * The board for a member of the class.
     *
     * @throws IllegalStateException while it is hidden (the message says until when)
     */
    public Board forMember(String browserId, String assignmentId) {
        Assignment a = assignments.forMember(browserId, assignmentId);
        if (!a.boardVisibleToStudents(clock.instant())) {
            throw new IllegalStateException("The board of \"" + a.title() + "\" is shown after the due date, "
                    + WHEN.format(a.dueAt()) + ".");
        }
        return board(a);
    }

    /** The instructor's CSV of the board (the same rows, in the same order). */
    public String csv(String instructor, String assignmentId) {
        return ResultsCsv.write(forInstructor(instructor, assignmentId));
    }

    private Board board(Assignment a) {
        return Board.of(a, store.submissionsOf(a.id()), store.memberNames(a.classId()));
    }
}
