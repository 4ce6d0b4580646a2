package lab.minimax.classroom;

import java.time.Instant;

/**
 * One class run's status row as the dashboard shows it.
 *
 * @param runId         the run's durable id, or its registry token
 * @param classId       its class
 * @param browserId     its browser
 * @param displayName   the browser's pseudonym in the class ("" when it is no member any more)
 * @param summary       the preset or divergence and target
 * @param step          generator step
 * @param state         RUNNING, PAUSED, QUEUED, DIVERGED, STOPPED …
 * @param metricsJson   the key metrics, a small JSON object
 * @param thumbnail     a small PNG of the run's view, or null
 * @param updatedAt     when the row was last written
 * @param stopRequested the instructor asked for a stop
 */
public record RunStatus(String runId, String classId, String browserId, String displayName, String summary, long step,
                        String state, String metricsJson, byte[] thumbnail, Instant updatedAt, boolean stopRequested) {
}
