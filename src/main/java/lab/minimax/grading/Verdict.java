package lab.minimax.grading;

import java.util.Map;

/**
 * What grading a claim gave.
 *
 * @param outcome       PASSED, FAILED (replayed, a criterion not met) or REFUSED (does not replay, or breaks a rule)
 * @param reason        the sentence the student reads: each criterion with its measured value, or why it was refused
 * @param metrics       what the server measured on its evaluation seed, by {@link Criterion#metricNames()} name
 *                      (defined values only; empty when it was refused before the evaluation)
 * @param replayNanos   wall time of the replay (0 when refused before it)
 * @param replayedSteps the generator steps replayed
 */
public record Verdict(Outcome outcome, String reason, Map<String, Double> metrics, long replayNanos, long replayedSteps) {
    public Verdict {
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    }

    /** PASSED and FAILED were replayed; REFUSED was not, or broke a rule. */
    public enum Outcome { PASSED, FAILED, REFUSED }

    static Verdict refused(String reason) {
        return new Verdict(Outcome.REFUSED, reason, Map.of(), 0, 0);
    }

    static Verdict refused(String reason, long nanos, long steps) {
        return new Verdict(Outcome.REFUSED, reason, Map.of(), nanos, steps);
    }
}
