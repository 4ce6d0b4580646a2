package lab.minimax.experiment.config;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lab.minimax.experiment.DigitSubset;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.ParamDef;
import lab.minimax.experiment.PointSet;
import lab.minimax.experiment.TargetCatalog;
import lab.minimax.experiment.TargetDef;
import lab.minimax.experiment.TargetSpec;

/**
 * The one place where a configuration is checked. Every field is checked (nulls, NaN and
 * infinities included) and every problem is returned with its dotted field path and the allowed
 * range or values; a config with no errors is safe to hand to the engine.
 *
 * <p>Fixed ranges: lr in (0, 10]; beta1, beta2, momentum in [0, 1); clip in (0, 10]; lambda in
 * [0, 1000]; LSGAN a, b, c in [−10, 10]; decaySteps 1..10^7; v 1..CURRENT_VERSION; seed any long.
 * Operator ranges come from {@link Limits}: noise dim, hidden depth and widths, batch size, D steps,
 * number of user points. Target parameters come from {@link TargetCatalog} (unknown names are
 * errors; uniform also needs lo &lt; hi); the {@code points} target needs 2..maxPoints points
 * with coordinates in [−POINT_RANGE, POINT_RANGE], and no other target may carry points.
 */
public final class ConfigValidator {
    private ConfigValidator() {
    }

    /** At most this many per-element messages for one list (points, widths); then a summary. */
    static final int MAX_ELEMENT_ERRORS = 10;

    /**
     * Every problem of {@code config} under {@code limits}; empty when the config is valid.
     * Never throws for any config (null components included).
     */
    public static List<ConfigError> validate(ExperimentConfig config, Limits limits) {
        Objects.requireNonNull(limits, "limits");
        ErrorCollector errors = new ErrorCollector();
        validate(config, limits, errors);
        return errors.toList();
    }

    /** True when {@code config} has no problem under {@code limits}. */
    public static boolean isValid(ExperimentConfig config, Limits limits) {
        return validate(config, limits).isEmpty();
    }

    static void validate(ExperimentConfig c, Limits limits, ErrorCollector errors) {
        if (c == null) {
            errors.add("config", "is required");
            return;
        }
        Set<String> missing = new HashSet<>();
        for (Map.Entry<String, Function<ExperimentConfig, Object>> g : ConfigFields.GROUPS.entrySet()) {
            String parent = ConfigFields.parentOf(g.getKey());
            if (missing.contains(parent)) {
                missing.add(g.getKey());
            } else if (g.getValue().apply(c) == null) {
                missing.add(g.getKey());
                errors.add(g.getKey(), "is required");
            }
        }
        validateTarget(c.target(), limits, errors);
        // an image target's networks and noise take the image limits
        Limits fields = c.target() != null && c.target().isImage() ? limits.forImages() : limits;
        for (ConfigField f : ConfigFields.ALL) {
            if (!missing.contains(f.group)) {
                check(f, f.get(c), fields, errors);
            }
        }
        if (!missing.contains("generator") && !missing.contains("discriminator")) {
            NetworkRules.check(c, errors);
        }
    }

    private static void check(ConfigField f, Object value, Limits limits, ErrorCollector errors) {
        switch (f.kind) {
            case INT, REAL -> {
                double v = ((Number) value).doubleValue();
                if (!f.rule(limits).accepts(v)) {
                    errors.add(f.path, "must be " + f.allowed(limits) + " (got " + f.format(value) + ")");
                }
            }
            case LONG -> {
                // every long is a valid seed
            }
            case ENUM -> {
                if (value == null) {
                    errors.add(f.path, "must be " + f.allowed(limits));
                }
            }
            case WIDTHS -> checkWidths(f, (List<?>) value, limits, errors);
            case BOOL -> {
                if (value == null) {
                    errors.add(f.path, "must be " + f.allowed(limits));
                }
            }
        }
    }

    private static void checkWidths(ConfigField f, List<?> widths, Limits limits, ErrorCollector errors) {
        if (widths.size() > f.maxCount(limits)) {
            errors.add(f.path, "must have at most " + f.maxCount(limits) + " " + f.countNoun + " (got " + widths.size() + ")");
        }
        NumRule width = f.rule(limits);
        int bad = 0;
        for (int i = 0; i < widths.size() && bad < MAX_ELEMENT_ERRORS; i++) {
            Object w = widths.get(i);
            if (!(w instanceof Integer n) || !width.accepts(n)) {
                errors.add(f.path + "[" + i + "]", "must be " + width.allowed() + " (got " + w + ")");
                bad++;
            }
        }
    }

    private static void validateTarget(TargetSpec t, Limits limits, ErrorCollector errors) {
        if (t == null) {
            errors.add("target", "is required");
            return;
        }
        Optional<TargetDef> found = TargetCatalog.find(t.name());
        if (found.isEmpty()) {
            errors.add("target.name", "must be one of " + String.join("|", TargetCatalog.NAMES)
                    + " (got " + Snippet.quote(t.name()) + ")");
            return;
        }
        TargetDef def = found.get();
        for (Map.Entry<String, Double> e : t.params().entrySet()) {
            String key = e.getKey();
            Optional<ParamDef> p = def.param(key);
            if (p.isEmpty()) {
                errors.add("target." + Snippet.clean(key), "is not a parameter of " + def.name()
                        + " (its parameters: " + paramNames(def) + ")");
            } else if (e.getValue() == null || !p.get().accepts(e.getValue())) {
                errors.add("target." + key, "must be " + p.get().allowed() + " (got "
                        + (e.getValue() == null ? "null" : NumberText.format(e.getValue())) + ")");
            }
        }
        if (def.name().equals("uniform")) {
            double lo = effective(t, def, "lo");
            double hi = effective(t, def, "hi");
            if (def.param("lo").orElseThrow().accepts(lo) && def.param("hi").orElseThrow().accepts(hi) && !(lo < hi)) {
                // name the bound that was set explicitly (hi when both were)
                boolean onHi = t.params().containsKey("hi") || !t.params().containsKey("lo");
                errors.add(onHi ? "target.hi" : "target.lo", onHi
                        ? "must be greater than target.lo (got lo " + NumberText.format(lo) + ", hi " + NumberText.format(hi) + ")"
                        : "must be less than target.hi (got lo " + NumberText.format(lo) + ", hi " + NumberText.format(hi) + ")");
            }
        }
        validatePoints(def, t.points(), limits, errors);
        validateDigits(def, t.digits(), errors);
    }

    /** Whether {@code digits} (not null) is a valid digit subset of {@code def}. */
    static boolean digitsValid(TargetDef def, String digits) {
        ErrorCollector e = new ErrorCollector();
        validateDigits(def, digits, e);
        return e.isEmpty();
    }

    private static void validateDigits(TargetDef def, String digits, ErrorCollector errors) {
        if (digits == null) {
            return;
        }
        if (!TargetCatalog.isImage(def.name())) {
            errors.add(DigitSubset.FIELD, "is only allowed for target " + TargetCatalog.MNIST);
            return;
        }
        try {
            DigitSubset.parse(digits);
        } catch (IllegalArgumentException e) {
            errors.add(DigitSubset.FIELD, e.getMessage().substring(DigitSubset.FIELD.length() + 2));
        }
    }

    private static void validatePoints(TargetDef def, PointSet points, Limits limits, ErrorCollector errors) {
        if (!def.name().equals("points")) {
            if (points != null) {
                errors.add("target.points", "is only allowed for target points");
            }
            return;
        }
        if (points == null) {
            errors.add("target.points", "is required for target points: " + pointsAllowed(limits));
            return;
        }
        if (points.size() < 2 || points.size() > limits.maxPoints()) {
            errors.add("target.points", "must hold " + pointsAllowed(limits) + " (got " + points.size() + " points)");
        }
        int bad = 0;
        for (int i = 0; i < points.size(); i++) {
            if (!coordinateOk(points.x(i)) || !coordinateOk(points.y(i))) {
                if (bad < MAX_ELEMENT_ERRORS) {
                    errors.add("target.points[" + i + "]", "coordinates must be " + coordinateAllowed() + " (got ["
                            + NumberText.format(points.x(i)) + ", " + NumberText.format(points.y(i)) + "])");
                }
                bad++;
            }
        }
        if (bad > MAX_ELEMENT_ERRORS) {
            errors.add("target.points", (bad - MAX_ELEMENT_ERRORS) + " more points have coordinates outside "
                    + coordinateAllowed());
        }
    }

    /** True when the points target may use {@code points}: 2..maxPoints points, coordinates in range. */
    static boolean pointsValid(PointSet points, Limits limits) {
        if (points == null || points.size() < 2 || points.size() > limits.maxPoints()) {
            return false;
        }
        for (int i = 0; i < points.size(); i++) {
            if (!coordinateOk(points.x(i)) || !coordinateOk(points.y(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean coordinateOk(double v) {
        return Double.isFinite(v) && Math.abs(v) <= TargetCatalog.POINT_RANGE;
    }

    static String coordinateAllowed() {
        return "numbers in [" + NumberText.format(-TargetCatalog.POINT_RANGE) + ", "
                + NumberText.format(TargetCatalog.POINT_RANGE) + "]";
    }

    static String pointsAllowed(Limits limits) {
        return "2 to " + limits.maxPoints() + " points [x, y] with coordinates in ["
                + NumberText.format(-TargetCatalog.POINT_RANGE) + ", " + NumberText.format(TargetCatalog.POINT_RANGE) + "]";
    }

    static String paramNames(TargetDef def) {
        return def.params().stream().map(ParamDef::name).collect(Collectors.joining(", "));
    }

    /** The parameter's value in {@code t}, or the catalogue default. */
    static double effective(TargetSpec t, TargetDef def, String key) {
        Double v = t.params().get(key);
        return v != null ? v : def.param(key).orElseThrow().defaultValue();
    }
}
