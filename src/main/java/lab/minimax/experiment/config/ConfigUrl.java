package lab.minimax.experiment.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lab.minimax.experiment.Defaults;
import lab.minimax.experiment.Engine;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.TargetSpec;

/**
 * The URL face of a configuration: a query string with the JSON keys flattened with dots.
 *
 * <pre>
 * v=1&amp;target.name=ring8&amp;target.radius=2&amp;target.sd=0.02&amp;noise.dim=2&amp;noise.distribution=gaussian
 * &amp;generator.hidden=64,64&amp;generator.activation=relu&amp;…&amp;optimizer.generator.lr=0.001&amp;…&amp;seed=1
 * </pre>
 *
 * <ul>
 *   <li>{@link #write} writes every field, so a link is complete and keeps its meaning if the
 *   defaults ever change; links stay short through compact numbers ("0.001", "1e-4", "2", never
 *   "2.0"), which read back bit for bit.</li>
 *   <li>Hidden widths are a comma list ({@code generator.hidden=64,64}; an empty value means no
 *   hidden layer). User points are {@code target.points=x,y;x,y;…}. Only the characters outside
 *   {@code A–Z a–z 0–9 - . _ ~ , ;} are percent-encoded.</li>
 *   <li>Parsing accepts any subset of the keys: a missing key takes its default
 *   ({@link Defaults}, capped to the limits), so hand-written links can be short
 *   ({@code ?target.name=grid25&objective.divergence=wgan-gp}).</li>
 *   <li>Keys starting with {@code ui.} or {@code _} belong to the UI (e.g. {@code _hide},
 *   {@code ui.preset}) and are skipped; any other unknown key is an error (strict) or ignored
 *   with a message (lenient). A key given more than once is invalid.</li>
 *   <li>Hostile input: at most {@link #MAX_QUERY_LENGTH} characters and {@link #MAX_PARAMETERS}
 *   parameters (else an error on {@code query}, nothing parsed), values of at most 200
 *   characters except the point list, whose size is checked before it is allocated.</li>
 * </ul>
 */
public final class ConfigUrl {
    private ConfigUrl() {
    }

    /** Longest accepted query (raw characters, or key and value characters of a map). */
    public static final int MAX_QUERY_LENGTH = 16_384;
    /** Most accepted parameters (UI flags included). */
    public static final int MAX_PARAMETERS = 100;

    /** The link's engine stamp ({@link Engine#VERSION}); informational, like every "_" key. */
    public static final String ENGINE_KEY = "_engine";

    /** True for keys the config parser leaves to the UI: those starting with "ui." or "_". */
    public static boolean isUiKey(String key) {
        return key.startsWith("ui.") || key.startsWith("_");
    }

    /**
     * Every field as an ordered key → value map (v, target, noise, networks, objective,
     * optimizer, batchSize, dSteps, scheme, seed), values not yet percent-encoded.
     *
     * @throws IllegalArgumentException when a component record of the config is null
     */
    public static Map<String, String> parameters(ExperimentConfig config) {
        ConfigFields.requireComplete(config);
        Map<String, String> m = new LinkedHashMap<>();
        m.put("v", Integer.toString(config.v()));
        TargetSpec t = config.target();
        m.put("target.name", t.name());
        t.params().forEach((k, v) -> m.put("target." + k, v == null ? "" : NumberText.format(v)));
        if (t.points() != null) {
            m.put("target.points", FieldText.points(t.points()));
        }
        if (t.digits() != null) {
            m.put("target.digits", t.digits());
        }
        for (ConfigField f : ConfigFields.ALL) {
            if (!f.path.equals("v")) {
                m.put(f.path, f.format(f.get(config)));
            }
        }
        return m;
    }

    /**
     * The query string (without "?") holding every field; {@link #parse} reads it back to an
     * equal config.
     *
     * @throws IllegalArgumentException when a component record of the config is null
     */
    public static String write(ExperimentConfig config) {
        return parameters(config).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")) + "&" + ENGINE_KEY + "=" + Engine.VERSION;
    }

    /** Parses a raw query string ("a=1&amp;b=2", with or without a leading "?"), percent-decoding it. Never throws. */
    public static ParseResult parse(String rawQuery, Limits limits, ParseMode mode) {
        ErrorCollector errors = new ErrorCollector();
        String q = rawQuery == null ? "" : rawQuery.startsWith("?") ? rawQuery.substring(1) : rawQuery;
        if (q.length() > MAX_QUERY_LENGTH) {
            return rejectAll("is too long: " + q.length() + " characters (at most " + MAX_QUERY_LENGTH + ")", limits, mode);
        }
        int pieces = 1;
        for (int i = 0; i < q.length(); i++) {
            if (q.charAt(i) == '&') {
                pieces++;
            }
        }
        if (pieces > MAX_PARAMETERS) {
            return rejectAll("has too many parameters: " + pieces + " (at most " + MAX_PARAMETERS + ")", limits, mode);
        }
        Map<String, List<String>> map = new LinkedHashMap<>();
        int index = 0;
        for (String piece : q.split("&", -1)) {
            index++;
            if (piece.isEmpty()) {
                continue;
            }
            int eq = piece.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? piece : piece.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(piece.substring(eq + 1), StandardCharsets.UTF_8);
                map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException badEscape) {
                errors.add("query", "parameter " + index + " is not properly percent-encoded"
                        + (mode == ParseMode.LENIENT ? "; ignored" : ""));
            }
        }
        return UrlConfigReader.read(map, null, limits, mode, errors);
    }

    /**
     * Parses decoded query parameters (as a servlet or Vaadin's QueryParameters give them).
     * Strict: the config only when there is no problem. Lenient: always a valid config, each
     * invalid parameter replaced by its default alone and reported. Never throws.
     */
    public static ParseResult parse(Map<String, List<String>> query, Limits limits, ParseMode mode) {
        return parse(query, null, limits, mode);
    }

    /**
     * As {@link #parse(Map, Limits, ParseMode)}, with every key not given taken from {@code base}
     * (a preset's or a lesson's config; null: the defaults), merged record by record: the target
     * keys lay over the base's target when they name the same target (or none). An invalid or
     * unreadable value is still replaced by its default.
     */
    public static ParseResult parse(Map<String, List<String>> query, ExperimentConfig base, Limits limits,
                                    ParseMode mode) {
        if (query == null) {
            query = Map.of();
        }
        long length = 0;
        long count = 0;
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            int n = e.getValue() == null ? 0 : e.getValue().size();
            count += Math.max(1, n);
            length += (e.getKey() == null ? 0 : e.getKey().length() + 1L) * Math.max(1, n);
            if (e.getValue() != null) {
                for (String v : e.getValue()) {
                    length += (v == null ? 0 : v.length()) + 1;
                }
            }
        }
        if (length > MAX_QUERY_LENGTH) {
            return rejectAll("is too long: " + length + " characters (at most " + MAX_QUERY_LENGTH + ")", limits, mode);
        }
        if (count > MAX_PARAMETERS) {
            return rejectAll("has too many parameters: " + count + " (at most " + MAX_PARAMETERS + ")", limits, mode);
        }
        return UrlConfigReader.read(query, base, limits, mode, new ErrorCollector());
    }

    private static ParseResult rejectAll(String message, Limits limits, ParseMode mode) {
        if (mode == ParseMode.STRICT) {
            return ParseResult.failed(List.of(new ConfigError("query", message)));
        }
        return new ParseResult(Defaults.forLimits(limits), List.of(new ConfigError("query", message + "; using the defaults")));
    }

    /** Percent-encodes UTF-8 bytes outside A–Z a–z 0–9 - . _ ~ , ; */
    static String encode(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == ',' || c == ';') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }
}
