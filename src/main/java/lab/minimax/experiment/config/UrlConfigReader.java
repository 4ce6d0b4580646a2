package lab.minimax.experiment.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.ParamDef;
import lab.minimax.experiment.PointSet;
import lab.minimax.experiment.TargetCatalog;
import lab.minimax.experiment.TargetDef;

/** Reads a decoded query map into a {@link ConfigDraft} (see {@link ConfigUrl} for the format). */
final class UrlConfigReader {
    private final Limits limits;
    private final ParseMode mode;
    private final ConfigDraft draft;
    private final ErrorCollector errors;

    private UrlConfigReader(ExperimentConfig base, Limits limits, ParseMode mode, ErrorCollector errors) {
        this.limits = limits;
        this.mode = mode;
        this.draft = new ConfigDraft(limits, base);
        this.errors = errors;
    }

    /** @param base what a key not given takes (null: the defaults) */
    static ParseResult read(Map<String, List<String>> query, ExperimentConfig base, Limits limits, ParseMode mode,
                            ErrorCollector errors) {
        return new UrlConfigReader(base, limits, mode, errors).read(query);
    }

    private boolean lenient() {
        return mode == ParseMode.LENIENT;
    }

    private ParseResult read(Map<String, List<String>> query) {
        Map<String, String> single = new LinkedHashMap<>();
        Map<String, String> target = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            String key = e.getKey();
            if (key == null) {
                errors.add("query", "has a parameter without a name" + (lenient() ? "; ignored" : ""));
                continue;
            }
            if (ConfigUrl.isUiKey(key)) {
                continue;
            }
            if (key.isBlank()) {
                errors.add("query", "has a parameter with an empty name" + (lenient() ? "; ignored" : ""));
                continue;
            }
            Optional<ConfigField> field = ConfigFields.byPath(key);
            boolean targetKey = key.startsWith("target.");
            if (field.isEmpty() && !targetKey) {
                errors.add(Snippet.clean(key), "is not a configuration parameter" + (lenient() ? "; ignored" : ""));
                continue;
            }
            List<String> values = e.getValue();
            if (values == null || values.size() != 1 || values.get(0) == null) {
                int n = values == null ? 0 : values.size();
                errors.add(Snippet.clean(key), "must be given exactly once (got " + n + " values)"
                        + (lenient() ? field.map(this::defaultSuffix).orElse("; ignored") : ""));
                field.ifPresent(draft::useDefault);
                continue;
            }
            (targetKey ? target : single).put(key, values.get(0));
        }
        readTarget(target);
        for (Map.Entry<String, String> e : single.entrySet()) {
            ConfigField f = ConfigFields.byPath(e.getKey()).orElseThrow();
            Object value = FieldText.read(f, e.getValue(), limits, lenient() ? defaultSuffix(f) : "", errors);
            if (value != null) {
                draft.set(f, value);
            } else {
                draft.useDefault(f);
            }
        }
        return draft.finish(errors, mode);
    }

    private String defaultSuffix(ConfigField f) {
        return "; using the default " + draft.defaultText(f);
    }

    /** target.name first, then the parameters (checked against that target), then the points. */
    private void readTarget(Map<String, String> target) {
        String name = target.remove("target.name");
        if (name != null) {
            if (name.length() > FieldText.MAX_VALUE_LENGTH) {
                errors.add("target.name", "must be one of " + String.join("|", TargetCatalog.NAMES)
                        + " (got " + name.length() + " characters)" + (lenient() ? draft.targetResetText() : ""));
            } else {
                draft.setTargetName(name);
            }
        }
        String points = target.remove("target.points");
        String digits = target.remove("target.digits");
        if (digits != null) {
            if (digits.length() > FieldText.MAX_VALUE_LENGTH) {
                errors.add("target.digits", "must be digits 0–9 separated by commas, e.g. 0,1,7 (got " + digits.length()
                        + " characters)" + (lenient() ? "; using all ten digits" : ""));
            } else {
                draft.setDigits(digits);
            }
        }
        Optional<TargetDef> def = TargetCatalog.find(draft.targetName());
        for (Map.Entry<String, String> e : target.entrySet()) {
            String key = e.getKey().substring("target.".length());
            Double v = e.getValue().length() > FieldText.MAX_VALUE_LENGTH ? null : NumberText.parseDouble(e.getValue());
            if (v != null) {
                draft.setTargetParam(key, v);
                continue;
            }
            Optional<ParamDef> p = def.flatMap(d -> d.param(key));
            if (p.isPresent()) {
                draft.clearTargetParam(key);
                errors.add("target." + key, "must be " + p.get().allowed() + " (got " + Snippet.quote(e.getValue()) + ")"
                        + (lenient() ? "; using the default " + NumberText.format(p.get().defaultValue()) : ""));
            } else if (def.isPresent()) {
                errors.add("target." + Snippet.clean(key), "is not a parameter of " + def.get().name()
                        + " (its parameters: " + ConfigValidator.paramNames(def.get()) + ")" + (lenient() ? "; ignored" : ""));
            } else {
                errors.add("target." + Snippet.clean(key), "must be a number (got " + Snippet.quote(e.getValue()) + ")"
                        + (lenient() ? "; ignored" : ""));
            }
        }
        if (points != null) {
            boolean wanted = draft.targetName().equals("points");
            String suffix = !lenient() ? "" : wanted ? draft.targetResetText() : "; ignored";
            PointSet set = FieldText.points(points, limits, suffix, errors);
            if (set != null) {
                draft.setPoints(set);
            } else if (lenient() && wanted) {
                draft.resetTarget();
            } else {
                draft.pointsRejected();
            }
        }
    }
}
