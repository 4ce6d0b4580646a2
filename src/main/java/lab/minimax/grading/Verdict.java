package lab.minimax.grading;

import java.util.Map;

/** STUB until the grading helper's version lands (same signatures). */
public record Verdict(Outcome outcome, String reason, Map<String, Double> metrics, long replayNanos, long replayedSteps) {
    public enum Outcome { PASSED, FAILED, REFUSED }
}
