package lab.minimax.grading;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.minimax.experiment.config.ConfigJson;

/**
 * The small JSON of a claim and of a run's log: read into maps, lists, strings, longs and doubles
 * (bounded: document length, nesting, string length, duplicate keys refused), and written compact.
 * Reading throws {@link IllegalArgumentException} with a message naming where it failed.
 */
final class JsonTree {
    /** Longest claim or log document, in characters. */
    static final int MAX_DOCUMENT = 16_000_000;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_DOCUMENT)
                    .maxNestingDepth(4)
                    .maxNumberLength(40)
                    .maxStringLength(ConfigJson.MAX_INPUT_LENGTH)
                    .maxNameLength(100)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonTree() {
    }

    /** The object {@code json} holds; {@code what} names the document in messages ("claim"). */
    static Map<String, Object> readObject(String json, String what) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException(what + ": is empty: expected a JSON object {…}");
        }
        if (json.length() > MAX_DOCUMENT) {
            throw new IllegalArgumentException(what + ": is too long: " + json.length() + " characters (at most "
                    + MAX_DOCUMENT + ")");
        }
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException(what + ": must be a JSON object {…}");
            }
            Map<String, Object> m = object(p);
            if (p.nextToken() != null) {
                throw new IllegalArgumentException(what + ": has content after the closing }");
            }
            return m;
        } catch (JsonProcessingException e) {
            String msg = String.valueOf(e.getOriginalMessage());
            throw new IllegalArgumentException(what + ": is not valid JSON (" + (msg.length() > 160 ? msg.substring(0, 160) : msg)
                    + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException(what + ": could not be read");
        }
    }

    private static Map<String, Object> object(JsonParser p) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            m.put(name, value(p, p.nextToken()));
        }
        return m;
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case START_OBJECT -> object(p);
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    l.add(value(p, e));
                }
                yield l;
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.INT
                    || p.getNumberType() == JsonParser.NumberType.LONG ? (Object) p.getLongValue() : (Object) p.getDoubleValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IllegalArgumentException("unexpected " + t);
        };
    }

    /** The text of a value, for messages (strings quoted and cut). */
    static String show(Object v) {
        if (v instanceof String s) {
            return "'" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
        }
        if (v instanceof Map) {
            return "an object";
        }
        if (v instanceof List) {
            return "a list";
        }
        return String.valueOf(v);
    }

    /** A whole number in [min, max] at {@code field}. */
    static long integer(Object v, String field, long min, long max) {
        if (v instanceof Long l && l >= min && l <= max) {
            return l;
        }
        if (v instanceof Double d && d == Math.rint(d) && d >= min && d <= max) {
            return d.longValue();
        }
        throw new IllegalArgumentException(field + ": must be " + min + ".." + max + " (a whole number; got " + show(v) + ")");
    }

    /** A string at {@code field}. */
    static String string(Object v, String field) {
        if (v instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException(field + ": must be a string (got " + (v == null ? "nothing" : show(v)) + ")");
    }

    /** {@code s} as a JSON string literal ({@link ConfigJson#quote}). */
    static void quote(StringBuilder b, String s) {
        b.append(ConfigJson.quote(s));
    }

    /** Refuses keys of {@code m} not in {@code known}. */
    static void onlyKeys(Map<String, Object> m, String where, List<String> known) {
        for (String k : m.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException((where.isEmpty() ? "" : where + ".") + k
                        + ": unknown field (known: " + String.join(", ", known) + ")");
            }
        }
    }
}
