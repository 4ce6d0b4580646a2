package lab.minimax.grading;

import java.util.ArrayList;
import java.util.List;

/** STUB until the grading helper's version lands (same signatures). */
public record Criterion(String metric, String op, double threshold) {
    public static List<Criterion> parseList(String text) {
        List<Criterion> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            String op = p.contains(">=") ? ">=" : p.contains("<=") ? "<=" : p.contains(">") ? ">" : "<";
            int at = p.indexOf(op);
            if (at <= 0) {
                throw new IllegalArgumentException("criteria: '" + p + "' is not metric>=value");
            }
            out.add(new Criterion(p.substring(0, at).trim(), op, Double.parseDouble(p.substring(at + op.length()).trim())));
        }
        return out;
    }

    public boolean holds(double v) {
        return switch (op) {
            case ">=" -> v >= threshold;
            case "<=" -> v <= threshold;
            case ">" -> v > threshold;
            default -> v < threshold;
        };
    }

    public String text() {
        return metric + op + threshold;
    }

    public static List<String> metricNames() {
        return List.of("modesCovered", "highQualityFraction", "reverseKl");
    }
}
