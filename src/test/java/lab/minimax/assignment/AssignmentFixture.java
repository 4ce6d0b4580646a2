package lab.minimax.assignment;

import java.time.Clock;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The assignment services on a test database, for tests outside this package (views, browser tests). */
public final class AssignmentFixture {
    public final Assignments assignments;
    public final Submissions submissions;
    public final Boards boards;
    final AssignmentStore store;

    public AssignmentFixture(ClassroomDb db, Clock clock) {
        store = new AssignmentStore(new NamedParameterJdbcTemplate(db.dataSource));
        assignments = new Assignments(store, clock);
        submissions = new Submissions(store, assignments, clock, () -> { });
        boards = new Boards(store, assignments, clock);
    }

    /** Records a decided submission directly (as the replay queue would). */
    public void decided(String assignmentId, String browser, String status, String metricsJson, java.time.Instant at) {
        Submission s = new Submission(Ids.fresh(), assignmentId, browser, null, 3000, Submission.Status.PENDING, "",
                java.util.Map.of(), at, null, null);
        store.insert(s, "{}");
        store.decide(s.id(), Submission.Status.valueOf(status), "", metricsJson, at.plusSeconds(5), 10);
    }
}
