package lab.minimax.assignment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** The flat {@code {"name": number, …}} objects of the metrics columns (Jackson; a non-finite value is null). */
final class MetricsJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MetricsJson() {
    }

    static String write(Map<String, Double> m) {
        Map<String, Double> finite = new LinkedHashMap<>();
        m.forEach((k, v) -> finite.put(k, v == null || !Double.isFinite(v) ? null : v));
        try {
            return JSON.writeValueAsString(finite);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Double> read(String json) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return m;
        }
        try {
            JSON.readTree(json).fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                m.put(e.getKey(), v.isNumber() ? v.asDouble() : Double.NaN);
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("metrics_json is not JSON: " + e.getOriginalMessage());
        }
        return m;
    }
}
