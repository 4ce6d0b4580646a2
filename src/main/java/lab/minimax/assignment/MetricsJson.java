package lab.minimax.assignment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The flat {@code {"name": number, …}} objects of the metrics columns (written and read only here). */
final class MetricsJson {
    private static final Pattern ENTRY = Pattern.compile("\"([A-Za-z0-9_]+)\"\\s*:\\s*(-?[0-9.eE+-]+|null)");

    private MetricsJson() {
    }

    static String write(Map<String, Double> m) {
        StringBuilder b = new StringBuilder("{");
        m.forEach((k, v) -> {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('"').append(k).append("\":").append(v == null || !Double.isFinite(v) ? "null" : Double.toString(v));
        });
        return b.append('}').toString();
    }

    static Map<String, Double> read(String json) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (json == null) {
            return m;
        }
        Matcher x = ENTRY.matcher(json);
        while (x.find()) {
            m.put(x.group(1), x.group(2).equals("null") ? Double.NaN : Double.parseDouble(x.group(2)));
        }
        return m;
    }
}
