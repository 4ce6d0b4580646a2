package lab.minimax.assignment;

import java.time.Instant;
import java.util.Map;

/**
 * One submitted run and what verifying it gave.
 *
 * @param status  PENDING, VERIFYING, PASSED, FAILED (replayed, a criterion not met) or REFUSED
 *                (does not replay, or breaks a rule of the assignment)
 * @param metrics what the server's replay measured on the evaluation seed (empty until verified)
 */
public record Submission(String id, String assignmentId, String browserId, String runId, long step, Status status,
                         String reason, Map<String, Double> metrics, Instant submittedAt, Instant verifiedAt,
                         Long replayMillis) {
    public Submission {
        metrics = Map.copyOf(metrics);
    }

    /** Where a submission is in its verification. */
    public enum Status {
        PENDING, VERIFYING, PASSED, FAILED, REFUSED;

        /** True once the server has decided. */
        public boolean decided() {
            return this == PASSED || this == FAILED || this == REFUSED;
        }

        /** True when it was replayed (the board shows it). */
        public boolean verified() {
            return this == PASSED || this == FAILED;
        }
    }
}
