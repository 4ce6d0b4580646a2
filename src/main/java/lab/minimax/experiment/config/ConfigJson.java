package lab.minimax.experiment.config;

import java.util.LinkedHashMap;
import java.util.Map;
import lab.minimax.experiment.Defaults;
import lab.minimax.experiment.Engine;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.PointSet;
import lab.minimax.experiment.TargetSpec;

/**
 * The JSON face of a configuration (CLI files, export/import). {@link #write} gives pretty JSON
 * with a stable key order:
 *
 * <pre>
 * {
 *   "v": 1,
 *   "engine": 2,                                                 (informational: the engine that wrote it)
 *   "target": {"name": "ring8", "radius": 2, "sd": 0.02},        (plus "points": [[x, y], …] for points)
 *   "noise": {"dim": 2, "distribution": "gaussian"},
 *   "generator": {"hidden": [64, 64], "activation": "relu"},
 *   "discriminator": {"hidden": [64, 64], "activation": "relu"},
 *   "objective": {"divergence": "gan", "generatorLoss": "nonsaturating", "clip": 0.01, "lambda": 0.1, "a": 0, "b": 1, "c": 1,
 *                 "entropyWeight": 0},
 *   "optimizer": {"generator": {"name": "adam", "lr": 0.001, "beta1": 0.5, "beta2": 0.999, "momentum": 0},
 *                 "discriminator": {…}, "schedule": "constant", "decaySteps": 20000},
 *   "batchSize": 256, "dSteps": 1, "scheme": "alternating", "trainMode": "both", "seed": 1
 * }
 * </pre>
 *
 * Numbers are written in the shortest form that reads back bit for bit. {@link #parse} accepts
 * any subset of the keys (missing ones take {@link Defaults}), rejects unknown keys, duplicate
 * keys, wrong types and out-of-range values with one error per problem, and never throws.
 */
public final class ConfigJson {
    private ConfigJson() {
    }

    /** Longest accepted JSON document, in characters. */
    public static final int MAX_INPUT_LENGTH = 1_000_000;
    /** Point pairs per line in written JSON. */
    private static final int PAIRS_PER_LINE = 4;

    /**
     * The config as pretty JSON (two-space indent, trailing newline). Non-finite numbers, which a
     * valid config never holds, are written as strings so that the output stays JSON.
     *
     * @throws IllegalArgumentException when a component record of the config is null
     */
    public static String write(ExperimentConfig config) {
        ConfigFields.requireComplete(config);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("v", Integer.toString(config.v()));
        root.put("engine", Integer.toString(Engine.VERSION));
        root.put("target", target(config.target()));
        for (ConfigField f : ConfigFields.ALL) {
            if (!f.path.equals("v")) {
                put(root, f.path, leaf(f, f.get(config)));
            }
        }
        StringBuilder b = new StringBuilder();
        print(b, root, 0);
        return b.append('\n').toString();
    }

    /**
     * Reads a config; strict (an error anywhere rejects the document, with every problem listed).
     * Never throws.
     */
    public static ParseResult parse(String json, Limits limits) {
        return JsonConfigReader.read(json, limits);
    }

    private static Map<String, Object> target(TargetSpec t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", quote(t.name()));
        t.params().forEach((k, v) -> m.put(k, v == null ? "null" : number(v)));
        if (t.points() != null) {
            m.put("points", t.points());
        }
        if (t.digits() != null) {
            m.put("digits", quote(t.digits()));
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String path, String value) {
        Map<String, Object> m = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            m = (Map<String, Object>) m.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
        }
        m.put(parts[parts.length - 1], value);
    }

    private static String leaf(ConfigField f, Object value) {
        if (value == null) {
            return "null";
        }
        return switch (f.kind) {
            case INT, LONG -> value.toString();
            case REAL -> number((Double) value);
            case ENUM -> quote(f.format(value));
            case WIDTHS -> "[" + f.format(value).replace(",", ", ") + "]";
            case BOOL -> value.toString();
        };
    }

    private static String number(double v) {
        return Double.isFinite(v) ? NumberText.format(v) : quote(Double.toString(v));
    }

    @SuppressWarnings("unchecked")
    private static void print(StringBuilder b, Map<String, Object> m, int depth) {
        if (m.isEmpty()) {
            b.append("{}");
            return;
        }
        b.append("{\n");
        int i = 0;
        for (Map.Entry<String, Object> e : m.entrySet()) {
            indent(b, depth + 1).append(quote(e.getKey())).append(": ");
            Object v = e.getValue();
            if (v instanceof Map) {
                print(b, (Map<String, Object>) v, depth + 1);
            } else if (v instanceof PointSet p) {
                printPoints(b, p, depth + 1);
            } else {
                b.append((String) v);
            }
            b.append(++i < m.size() ? ",\n" : "\n");
        }
        indent(b, depth).append('}');
    }

    private static void printPoints(StringBuilder b, PointSet p, int depth) {
        if (p.size() == 0) {
            b.append("[]");
            return;
        }
        b.append("[\n");
        for (int i = 0; i < p.size(); i++) {
            if (i % PAIRS_PER_LINE == 0) {
                indent(b, depth + 1);
            }
            b.append('[').append(number(p.x(i))).append(", ").append(number(p.y(i))).append(']');
            if (i + 1 < p.size()) {
                b.append((i + 1) % PAIRS_PER_LINE == 0 ? ",\n" : ", ");
            }
        }
        b.append('\n');
        indent(b, depth).append(']');
    }

    private static StringBuilder indent(StringBuilder b, int depth) {
        return b.append("  ".repeat(depth));
    }

    /** A JSON string literal (the one quoting of the project's JSON writers). */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
