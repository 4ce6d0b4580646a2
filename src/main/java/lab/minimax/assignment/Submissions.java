package lab.minimax.assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import lab.minimax.experiment.Limits;
import lab.minimax.grading.Claim;

/**
 * Students' submissions: a claim (config, seed, step, engine version, the log of live changes, the
 * trainer's digest) is checked for form and stored PENDING; the {@link ReplayQueue} replays it and
 * records what the server measured. Nothing the browser says about its metrics is kept.
 */
public final class Submissions {
    /** The longest claim taken (its log of live changes is bounded too). */
    public static final int MAX_CLAIM_CHARS = 2_000_000;
    /** Submissions of one browser that may wait for a replay at once, per assignment. */
    static final int MAX_WAITING = 2;
    /** Submissions of one browser per assignment, in all. */
    static final int MAX_PER_BROWSER = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AssignmentStore store;
    private final Assignments assignments;
    private final Clock clock;
    private final Runnable wake;
    private final Limits limits;

    /** @param wake tells the replay queue that a submission is waiting */
    Submissions(AssignmentStore store, Assignments assignments, Clock clock, Runnable wake) {
        this(store, assignments, clock, wake, Limits.DEFAULTS);
    }

    /** @param limits the server's limits, which a claim's configs must pass */
    Submissions(AssignmentStore store, Assignments assignments, Clock clock, Runnable wake, Limits limits) {
        this.limits = limits;
        this.store = store;
        this.assignments = assignments;
        this.clock = clock;
        this.wake = wake;
    }

    /**
     * Takes a submission of a class member's run.
     *
     * @throws NoSuchElementException   no such assignment for this browser (not a member)
     * @throws IllegalArgumentException the claim is malformed, or the assignment is not open (the message says why)
     */
    public Submission submit(String browserId, String assignmentId, String runId, String claimJson) {
        Assignment a = assignments.forMember(browserId, assignmentId);
        Instant now = clock.instant();
        if (!a.open(now)) {
            throw new IllegalArgumentException(now.isBefore(a.opensAt())
                    ? "assignment: takes submissions from " + WHEN.format(a.opensAt())
                    : "assignment: was due " + WHEN.format(a.dueAt()) + "; it takes no more submissions");
        }
        if (claimJson == null || claimJson.isBlank()) {
            throw new IllegalArgumentException("claim: empty; submit a run from the lab");
        }
        if (claimJson.length() > MAX_CLAIM_CHARS) {
            throw new IllegalArgumentException("claim: " + claimJson.length() + " characters, at most " + MAX_CLAIM_CHARS);
        }
        Claim claim = Claim.fromJson(claimJson, limits);
        List<Submission> mine = store.submissionsOf(assignmentId, browserId);
        long waiting = mine.stream().filter(s -> !s.status().decided()).count();
        if (waiting >= MAX_WAITING) {
            throw new IllegalArgumentException("submission: " + waiting + " of yours are still being verified;"
                    + " wait for them");
        }
        if (mine.size() >= MAX_PER_BROWSER) {
            throw new IllegalArgumentException("submission: at most " + MAX_PER_BROWSER + " per assignment");
        }
        String run = runId == null || runId.length() > 43 ? null : runId;
        Submission s = new Submission(Ids.fresh(), assignmentId, browserId, run, claim.step(),
                Submission.Status.PENDING, "waiting for the server's replay", Map.of(), now, null, null);
        store.insert(s, claimJson);
        wake.run();
        return s;
    }

    /** The browser's submissions to an assignment, oldest first. */
    public List<Submission> mine(String browserId, String assignmentId) {
        assignments.forMember(browserId, assignmentId);
        return store.submissionsOf(assignmentId, browserId);
    }

    /** One submission of the browser's, as it stands now. */
    public Submission mine(String browserId, String assignmentId, String submissionId) {
        return store.submission(Ids.valid(submissionId) ? submissionId : "")
                .filter(s -> s.browserId().equals(browserId) && s.assignmentId().equals(assignmentId))
                .orElseThrow(() -> new NoSuchElementException("no such submission"));
    }

    /** Every submission to an assignment, for its instructor. */
    public List<Submission> all(String instructor, String assignmentId) {
        assignments.forInstructor(instructor, assignmentId);
        return store.submissionsOf(assignmentId);
    }
}
