package lab.minimax.grading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lab.minimax.gan.Metric;

/**
 * One pass criterion on a metric the server measures itself, e.g. {@code modesCovered>=20}.
 *
 * @param metric    a name of {@link #metricNames()} (the {@link Metric} column names of metrics.csv)
 * @param op        {@code >=}, {@code <=}, {@code >} or {@code <}
 * @param threshold a finite number
 */
public record Criterion(String metric, String op, double threshold) {
    /** The comparison operators, longest first (so that "&gt;=" is not read as "&gt;"). */
    public static final List<String> OPS = List.of(">=", "<=", ">", "<");
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]{1,3})?");
    /** Most criteria in one list. */
    public static final int MAX_CRITERIA = 20;
    /** The evaluation metrics not worth grading (counts and settings of the evaluation itself, bootstrap bounds). */
    private static final Set<Metric> NOT_GRADED = Set.of(Metric.SAMPLES, Metric.SMOOTHING_H, Metric.JS_SMOOTHED_LOW,
            Metric.JS_SMOOTHED_HIGH, Metric.GAME_VALUE, Metric.GAME_REFERENCE);

    public Criterion {
        if (!metricNames().contains(metric)) {
            throw new IllegalArgumentException("criteria: unknown metric '" + metric + "' (known: "
                    + String.join(", ", metricNames()) + ")");
        }
        if (!OPS.contains(op)) {
            throw new IllegalArgumentException("criteria: '" + op + "' is not one of " + String.join(" ", OPS));
        }
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("criteria: the threshold of " + metric + " must be a finite number");
        }
    }

    /**
     * Reads {@code "modesCovered>=20, highQualityFraction>=0.9, reverseKl<=0.1"} (commas between
     * criteria, spaces anywhere; "≥" and "≤" read as "&gt;=" and "&lt;=").
     *
     * @throws IllegalArgumentException naming the criterion that does not read and what is allowed
     */
    public static List<Criterion> parseList(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String[] parts = text.replace('≥', '\u0001').replace('≤', '\u0002').split(",");
        if (parts.length > MAX_CRITERIA) {
            throw new IllegalArgumentException("criteria: at most " + MAX_CRITERIA + " (got " + parts.length + ")");
        }
        List<Criterion> out = new ArrayList<>();
        for (String raw : parts) {
            String p = raw.replace("\u0001", ">=").replace("\u0002", "<=").trim();
            if (p.isEmpty()) {
                throw new IllegalArgumentException("criteria: an empty criterion between two commas");
            }
            out.add(parse(p));
        }
        return List.copyOf(out);
    }

    private static Criterion parse(String p) {
        for (String op : OPS) {
            int at = p.indexOf(op);
            if (at >= 0) {
                String name = p.substring(0, at).trim();
                String number = p.substring(at + op.length()).trim();
                if (name.isEmpty()) {
                    break;
                }
                if (!metricNames().contains(name)) {
                    throw new IllegalArgumentException("criteria: unknown metric '" + name + "' in '" + p + "' (known: "
                            + String.join(", ", metricNames()) + ")");
                }
                if (!NUMBER.matcher(number).matches()) {
                    throw new IllegalArgumentException("criteria: '" + number + "' in '" + p + "' is not a number");
                }
                double v = Double.parseDouble(number);
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("criteria: '" + number + "' in '" + p + "' is not a finite number");
                }
                return new Criterion(name, op, v);
            }
        }
        throw new IllegalArgumentException("criteria: '" + p + "' is not metric>=value (operators "
                + String.join(" ", OPS) + "; e.g. modesCovered>=20)");
    }

    /** Whether {@code value} meets this criterion (NaN never does). */
    public boolean holds(double value) {
        return switch (op) {
            case ">=" -> value >= threshold;
            case "<=" -> value <= threshold;
            case ">" -> value > threshold;
            default -> value < threshold;
        };
    }

    /** "modesCovered&gt;=20" (the threshold in its shortest form). */
    public String text() {
        return metric + op + number(threshold);
    }

    /** The whole list as {@link #parseList} reads it. */
    public static String text(List<Criterion> list) {
        return String.join(", ", list.stream().map(Criterion::text).toList());
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }

    /** The measured metric whose name is {@code name}. */
    static Metric metric(String name) {
        return Arrays.stream(Metric.values()).filter(m -> m.csvName().equals(name)).findFirst().orElseThrow();
    }

    /**
     * The gradeable metrics: every metric of the server's evaluation ({@link Metric.Source#EVALUATION}),
     * by its metrics.csv name (modesCovered, highQualityFraction, modeReverseKl, w1, slicedW, mmd2,
     * js, kl, reverseKl, fPlugin, w1OrSlicedW, modesCoveredFraction, jsSmoothed, klSmoothed,
     * reverseKlSmoothed, classKl, frechet, nearestDistance, labelAccuracy).
     */
    public static List<String> metricNames() {
        return Names.ALL;
    }

    /** The gradeable metrics themselves. */
    static List<Metric> metrics() {
        return Names.METRICS;
    }

    private static final class Names {
        static final List<Metric> METRICS = Arrays.stream(Metric.values())
                .filter(m -> m.source() == Metric.Source.EVALUATION && !NOT_GRADED.contains(m)).toList();
        static final List<String> ALL = METRICS.stream().map(Metric::csvName).toList();
    }
}
