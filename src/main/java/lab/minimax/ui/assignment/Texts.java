package lab.minimax.ui.assignment;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import lab.minimax.assignment.Assignment;
import lab.minimax.assignment.Submission;

/** How assignments and verdicts read on the pages. */
final class Texts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Texts() {
    }

    static String when(Instant i) {
        return i == null ? "" : WHEN.format(i);
    }

    static String summary(Assignment a) {
        return String.format(Locale.ROOT, "budget %,d steps · pass: %s · due %s", a.stepBudget(),
                a.criteria().replace(">=", " ≥ ").replace("<=", " ≤ "), when(a.dueAt()));
    }

    static String metrics(Map<String, Double> m) {
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(number(v)));
        return b.toString();
    }

    static String number(Double v) {
        return v == null || v.isNaN() ? "–" : String.format(Locale.ROOT, "%.4g", v);
    }

    /** A verdict as the student reads it. */
    static String verdict(Submission s) {
        String step = String.format(Locale.ROOT, "step %,d", s.step());
        return switch (s.status()) {
            case PENDING, VERIFYING -> "Submitted " + step + ": the server is replaying it…";
            case PASSED -> "Passed (" + step + ", verified by replay): " + metrics(s.metrics()) + ".";
            case FAILED -> "Not passed (" + step + ", verified by replay): " + s.reason();
            case REFUSED -> "Refused: " + s.reason();
        };
    }
}
