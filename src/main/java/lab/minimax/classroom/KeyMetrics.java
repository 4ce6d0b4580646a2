package lab.minimax.classroom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.minimax.gan.Metric;

/**
 * A run's key metrics for the dashboard: the newest finite value of each of a few metrics from its
 * metrics rows (which ones are finite depends on the target: modes for mixtures, W1 for 1D, …),
 * rounded to 4 significant digits, as a small JSON object.
 */
public final class KeyMetrics {
    /** The metrics the dashboard shows and sorts by, in this order. */
    public static final List<Metric> SHOWN = List.of(Metric.MODES_COVERED, Metric.HIGH_QUALITY, Metric.REVERSE_KL,
            Metric.WASSERSTEIN, Metric.JS, Metric.LOSS_D, Metric.LOSS_G);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Double> values = new LinkedHashMap<>();

    KeyMetrics() {
    }
    private long lastStep = -1;

    /** The step of the newest row read so far (−1: none). */
    long lastStep() {
        return lastStep;
    }

    /** Starts again (the run was reset). */
    void clear() {
        values.clear();
        lastStep = -1;
    }

    /** Reads rows ({@link Metric#COLUMNS} floats each, step first), oldest first. */
    void read(float[] rows) {
        for (int r = 0; r + Metric.COLUMNS <= rows.length; r += Metric.COLUMNS) {
            lastStep = Math.max(lastStep, (long) rows[r]);
            for (Metric m : SHOWN) {
                float v = rows[r + m.column()];
                if (Float.isFinite(v)) {
                    values.put(m.csvName(), round(v));
                }
            }
        }
    }

    /** The JSON object, in {@link #SHOWN}'s order. */
    String json() {
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (Metric m : SHOWN) {
            Double v = values.get(m.csvName());
            if (v != null) {
                ordered.put(m.csvName(), v);
            }
        }
        try {
            return JSON.writeValueAsString(ordered);
        } catch (JsonProcessingException e) {
            return "{}";
        }
    }

    /** The JSON object read back (the dashboard); empty for anything unreadable. */
    public static Map<String, Double> parse(String json) {
        try {
            Map<String, Double> out = new LinkedHashMap<>();
            JSON.readTree(json).fields().forEachRemaining(e -> {
                if (e.getValue().isNumber()) {
                    out.put(e.getKey(), e.getValue().asDouble());
                }
            });
            return out;
        } catch (JsonProcessingException | RuntimeException e) {
            return Map.of();
        }
    }

    private static double round(double v) {
        if (v == 0) {
            return 0;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
    }
}
