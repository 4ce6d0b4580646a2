package lab.minimax.experiment.config;

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
import java.util.Optional;
import lab.minimax.experiment.Engine;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.ParamDef;
import lab.minimax.experiment.PointSet;
import lab.minimax.experiment.TargetCatalog;
import lab.minimax.experiment.TargetDef;

/**
 * Reads JSON into a {@link ConfigDraft} token by token (Jackson's streaming parser; no tree is
 * built). Sizes are bounded before anything is allocated: the document length, nesting depth,
 * number, string and name lengths by Jackson's {@link StreamReadConstraints}, the lengths of the
 * hidden list and of the point list by counting while reading. Duplicate keys are errors.
 */
final class JsonConfigReader {
    static final int MAX_NESTING_DEPTH = 10;
    static final int MAX_STRING_LENGTH = 1_000;
    static final int MAX_NAME_LENGTH = 200;
    /** Most keys in the target object besides name and points. */
    static final int MAX_TARGET_KEYS = 32;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(ConfigJson.MAX_INPUT_LENGTH)
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(NumberText.MAX_LENGTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final JsonParser p;
    private final Limits limits;
    private final ConfigDraft draft;
    private final ErrorCollector errors;
    /** Path of the value being read, for errors thrown by the parser. */
    private String at = "json";

    private JsonConfigReader(JsonParser p, Limits limits, ErrorCollector errors) {
        this.p = p;
        this.limits = limits;
        this.draft = new ConfigDraft(limits);
        this.errors = errors;
    }

    static ParseResult read(String json, Limits limits) {
        ErrorCollector errors = new ErrorCollector();
        if (json == null || json.isBlank()) {
            return ParseResult.failed(List.of(new ConfigError("json", "is empty: expected a JSON object {…}")));
        }
        if (json.length() > ConfigJson.MAX_INPUT_LENGTH) {
            return ParseResult.failed(List.of(new ConfigError("json", "is too long: " + json.length()
                    + " characters (at most " + ConfigJson.MAX_INPUT_LENGTH + ")")));
        }
        JsonConfigReader reader = null;
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(json);
            reader = new JsonConfigReader(parser, limits, errors);
            reader.readDocument();
        } catch (JsonProcessingException e) {
            String at = JsonProblems.failedAt(parser);
            errors.add(!at.isBlank() ? at : reader != null ? reader.at : "json", JsonProblems.describe(e));
            return ParseResult.failed(errors.toList());
        } catch (IOException e) {
            errors.add("json", "could not be read: " + Snippet.clean(String.valueOf(e.getMessage()), 160));
            return ParseResult.failed(errors.toList());
        } finally {
            JsonProblems.close(parser);
        }
        return reader.draft.finish(errors, ParseMode.STRICT);
    }

    private void readDocument() throws IOException {
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_OBJECT) {
            errors.add("json", "must be a JSON object {…} (got " + describe(t) + ")");
            return;
        }
        readObject("");
        at = "json";
        if (p.nextToken() != null) {
            errors.add("json", "has content after the closing }");
        }
    }

    private void readObject(String group) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String path = group.isEmpty() ? name : group + "." + name;
            at = Snippet.clean(path, 100);
            JsonToken value = p.nextToken();
            Optional<ConfigField> field = ConfigFields.byPath(path);
            if (name.isBlank()) {
                errors.add(group.isEmpty() ? "json" : group, "has a key with an empty name");
                p.skipChildren();
            } else if (group.isEmpty() && name.equals("target")) {
                readTarget(value);
            } else if (group.isEmpty() && name.equals("engine")) {
                // informational: the engine version that wrote the file (any version reads it)
                if (value != JsonToken.VALUE_NUMBER_INT || p.getValueAsLong() < 1) {
                    errors.add("engine", "must be a positive integer, the engine version that wrote the file (this is "
                            + Engine.VERSION + ")");
                }
                p.skipChildren();
            } else if (ConfigFields.isGroup(path)) {
                if (value == JsonToken.START_OBJECT) {
                    readObject(path);
                } else {
                    errors.add(path, "must be an object with the keys " + ConfigFields.keysOf(path) + " (got " + describe(value) + ")");
                    p.skipChildren();
                }
            } else if (field.isPresent()) {
                readField(field.get(), value);
            } else {
                errors.add(at, "is not a configuration key (the keys " + (group.isEmpty() ? "at the top level" : "of " + group)
                        + " are " + ConfigFields.keysOf(group) + ")");
                p.skipChildren();
            }
        }
    }

    private void readField(ConfigField f, JsonToken t) throws IOException {
        boolean number = t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT;
        boolean fits = switch (f.kind) {
            case INT, LONG, REAL -> number;
            case ENUM -> t == JsonToken.VALUE_STRING;
            case WIDTHS -> t == JsonToken.START_ARRAY;
            case BOOL -> t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE;
        };
        if (!fits) {
            errors.add(f.path, "must be " + f.allowed(limits) + " (got " + describe(t) + ")");
            p.skipChildren();
            return;
        }
        Object value = f.kind == ConfigField.Kind.WIDTHS ? readWidths(f) : FieldText.read(f, p.getText(), limits, "", errors);
        if (value != null) {
            draft.set(f, value);
        }
    }

    private List<Integer> readWidths(ConfigField f) throws IOException {
        List<Integer> widths = new ArrayList<>();
        boolean ok = true;
        int i = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken(), i++) {
            if (i == f.maxCount(limits)) {
                int total = i + skipRest(p);
                errors.add(f.path, "must have at most " + f.maxCount(limits) + " " + f.countNoun + " (got " + total + ")");
                return null;
            }
            Long n = t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT ? NumberText.parseLong(p.getText()) : null;
            if (n == null || n != n.intValue()) {
                errors.add(f.path + "[" + i + "]", "must be " + f.rule(limits).allowed() + " (got " + describe(t) + ")");
                p.skipChildren();
                ok = false;
            } else {
                widths.add(n.intValue());
            }
        }
        return ok ? List.copyOf(widths) : null;
    }

    /** Skips to the end of the current array; returns how many elements were skipped (the current one included). */
    static int skipRest(JsonParser p) throws IOException {
        int n = 0;
        for (JsonToken t = p.currentToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
            p.skipChildren();
            n++;
        }
        return n;
    }

    private void readTarget(JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            errors.add("target", "must be an object {\"name\": …, parameters…} (got " + describe(t) + ")");
            p.skipChildren();
            return;
        }
        Map<String, String> numbers = new LinkedHashMap<>();
        Map<String, String> wrongType = new LinkedHashMap<>();
        PointSet points = null;
        boolean tooMany = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            at = "target." + Snippet.clean(key, 100);
            JsonToken value = p.nextToken();
            if (key.equals("name")) {
                if (value == JsonToken.VALUE_STRING) {
                    draft.setTargetName(p.getText());
                } else {
                    errors.add("target.name", "must be one of " + String.join("|", TargetCatalog.NAMES) + " (got " + describe(value) + ")");
                    p.skipChildren();
                }
            } else if (key.equals("digits")) {
                if (value == JsonToken.VALUE_STRING) {
                    draft.setDigits(p.getText());
                } else {
                    errors.add("target.digits", "must be a string of digits 0–9 separated by commas, e.g. \"0,1,7\" (got "
                            + describe(value) + ")");
                    p.skipChildren();
                }
            } else if (key.equals("points")) {
                points = value == JsonToken.START_ARRAY ? JsonPoints.read(p, limits, errors) : null;
                if (points == null) {
                    draft.pointsRejected();
                }
                if (value != JsonToken.START_ARRAY) {
                    errors.add("target.points", "must be a list of pairs [x, y] (got " + describe(value) + ")");
                    p.skipChildren();
                }
            } else if (numbers.size() + wrongType.size() >= MAX_TARGET_KEYS) {
                if (!tooMany) {
                    errors.add("target", "has too many keys (at most " + MAX_TARGET_KEYS + " parameters)");
                    tooMany = true;
                }
                p.skipChildren();
            } else if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
                numbers.put(key, p.getText());
            } else {
                wrongType.put(key, describe(value));
                p.skipChildren();
            }
        }
        Optional<TargetDef> def = TargetCatalog.find(draft.targetName());
        numbers.forEach((key, text) -> {
            Double v = NumberText.parseDouble(text);
            if (v != null) {
                draft.setTargetParam(key, v);
            } else {
                paramError(def, key, Snippet.quote(text));
            }
        });
        wrongType.forEach((key, got) -> paramError(def, key, got));
        if (points != null) {
            draft.setPoints(points);
        }
    }

    private void paramError(Optional<TargetDef> def, String key, String got) {
        Optional<ParamDef> p = def.flatMap(d -> d.param(key));
        if (p.isPresent()) {
            errors.add("target." + key, "must be " + p.get().allowed() + " (got " + got + ")");
        } else if (def.isPresent()) {
            errors.add("target." + Snippet.clean(key), "is not a parameter of " + def.get().name()
                    + " (its parameters: " + ConfigValidator.paramNames(def.get()) + ")");
        } else {
            errors.add("target." + Snippet.clean(key), "must be a number (got " + got + ")");
        }
    }

    private String describe(JsonToken t) throws IOException {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case VALUE_STRING -> "the string " + Snippet.quote(p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + Snippet.clean(p.getText());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> Snippet.clean(t.toString());
        };
    }
}
