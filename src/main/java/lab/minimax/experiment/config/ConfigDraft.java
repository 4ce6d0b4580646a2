package lab.minimax.experiment.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.minimax.experiment.ActivationName;
import lab.minimax.experiment.Defaults;
import lab.minimax.experiment.DigitSubset;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.NetworkKind;
import lab.minimax.experiment.NetworkSpec;
import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.experiment.NoiseSpec;
import lab.minimax.experiment.ObjectiveSpec;
import lab.minimax.experiment.OptimizerName;
import lab.minimax.experiment.OptimizerParams;
import lab.minimax.experiment.OptimizerSpec;
import lab.minimax.experiment.OutputActivation;
import lab.minimax.experiment.PointSet;
import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.Scheme;
import lab.minimax.experiment.TargetCatalog;
import lab.minimax.experiment.TargetDef;
import lab.minimax.experiment.TargetSpec;
import lab.minimax.experiment.TrainMode;

/**
 * A configuration being read by a codec: the values found so far laid over a base record (the
 * defaults, {@link Defaults#forLimits}, or a preset's config). {@link #finish} validates it and,
 * in lenient mode, replaces each invalid field by its default alone.
 *
 * <p>A given base's target is laid over when the codec names the same target (or none): its
 * parameters and points are kept unless given. A different target name starts from that target's
 * own defaults.
 */
final class ConfigDraft {
    final Limits limits;
    /** What an invalid or unreadable field is replaced by. */
    final ExperimentConfig defaults;
    /** What a field not given takes. */
    final ExperimentConfig base;
    /** True when the base is a given record (a preset), not the defaults: its target is laid over. */
    private final boolean overlay;
    private final Map<String, Object> values = new HashMap<>();
    private boolean targetGiven;
    private String targetName;
    private final Map<String, Double> params = new LinkedHashMap<>();
    private PointSet points;
    private boolean pointsRejected;
    /** target.digits as given (mnist), null for all ten. */
    private String digits;

    ConfigDraft(Limits limits) {
        this(limits, null);
    }

    /** @param base the record a field not given takes (null: the defaults) */
    ConfigDraft(Limits limits, ExperimentConfig base) {
        this.limits = limits;
        this.defaults = Defaults.forLimits(limits);
        this.base = base == null ? defaults : base;
        this.overlay = base != null;
    }

    void set(ConfigField f, Object value) {
        values.put(f.path, value);
    }

    /** {@code f} at its default (the field was given but could not be read). */
    void useDefault(ConfigField f) {
        values.put(f.path, f.get(defaults));
    }

    void setTargetName(String name) {
        beginTarget();
        if (overlay && !name.equals(base.target().name())) {
            params.clear();
            points = null;
            digits = null;
        }
        targetName = name;
    }

    void setTargetParam(String key, double value) {
        beginTarget();
        params.put(key, value);
    }

    /** The target parameter {@code key} at its catalogue default (it was given but could not be read). */
    void clearTargetParam(String key) {
        beginTarget();
        params.remove(key);
    }

    void setPoints(PointSet p) {
        beginTarget();
        points = p;
    }

    /** target.digits (checked by the validator). */
    void setDigits(String text) {
        beginTarget();
        digits = text;
    }

    /** The first target key: the base's target is the starting point. */
    private void beginTarget() {
        if (!targetGiven && overlay) {
            params.putAll(base.target().params());
            points = base.target().points();
            digits = base.target().digits();
        }
        targetGiven = true;
    }

    /**
     * Points were given but could not be read (already reported): the validator's "is required"
     * for the points target would only repeat that.
     */
    void pointsRejected() {
        pointsRejected = true;
    }

    /** Back to the default target (name, parameters and points). */
    void resetTarget() {
        targetGiven = true;
        targetName = defaults.target().name();
        params.clear();
        params.putAll(defaults.target().params());
        points = defaults.target().points();
        digits = defaults.target().digits();
    }

    /** The target name as it stands (given, or the default). */
    String targetName() {
        return targetGiven && targetName != null ? targetName : base.target().name();
    }

    /** The default of {@code f} as text: "0.001", "adam", "64,64". */
    String defaultText(ConfigField f) {
        return f.format(f.get(defaults));
    }

    /** "; using the default target ring8". */
    String targetResetText() {
        return "; using the default target " + defaults.target().name();
    }

    ExperimentConfig build() {
        TargetSpec target = targetGiven ? new TargetSpec(targetName(), params, points, digits) : base.target();
        return new ExperimentConfig(i("v"), target,
                new NoiseSpec(i("noise.dim"), (NoiseDistribution) get("noise.distribution")),
                network("generator"), network("discriminator"),
                new ObjectiveSpec((Divergence) get("objective.divergence"), (GeneratorLoss) get("objective.generatorLoss"),
                        d("objective.clip"), d("objective.lambda"), d("objective.a"), d("objective.b"), d("objective.c"),
                        d("objective.entropyWeight")),
                new OptimizerSpec(optimizer("optimizer.generator"), optimizer("optimizer.discriminator"),
                        (Schedule) get("optimizer.schedule"), i("optimizer.decaySteps")),
                i("batchSize"), i("dSteps"), (Scheme) get("scheme"), (Long) get("seed"),
                (TrainMode) get("trainMode"), (Boolean) get("conditional"));
    }

    private Object get(String path) {
        ConfigField f = ConfigFields.byPath(path).orElseThrow();
        return values.containsKey(path) ? values.get(path) : f.get(base);
    }

    private int i(String path) {
        return (Integer) get(path);
    }

    private double d(String path) {
        return (Double) get(path);
    }

    @SuppressWarnings("unchecked")
    private NetworkSpec network(String name) {
        // D's output is always affine and D never has batch norm: only G has output and batchNorm keys
        OutputActivation output = name.equals("generator") ? (OutputActivation) get("generator.output")
                : OutputActivation.LINEAR;
        return new NetworkSpec((NetworkKind) get(name + ".kind"), (List<Integer>) get(name + ".hidden"),
                (List<Integer>) get(name + ".channels"), (ActivationName) get(name + ".activation"), output,
                name.equals("generator") && Boolean.TRUE.equals(get("generator.batchNorm")));
    }

    private OptimizerParams optimizer(String path) {
        return new OptimizerParams((OptimizerName) get(path + ".name"), d(path + ".lr"), d(path + ".beta1"),
                d(path + ".beta2"), d(path + ".momentum"));
    }

    /**
     * Validates the draft. Strict: the config if there is no error at all (parse errors included),
     * else the errors. Lenient: every invalid field is replaced by its default and reported with
     * the replacement; the result always holds a valid config.
     */
    ParseResult finish(ErrorCollector errors, ParseMode mode) {
        ExperimentConfig config = build();
        List<ConfigError> problems = ConfigValidator.validate(config, limits);
        if (pointsRejected && points == null) {
            problems = problems.stream().filter(p -> !(p.field().equals("target.points") && p.message().startsWith("is required"))).toList();
        }
        if (mode == ParseMode.STRICT) {
            problems.forEach(errors::add);
            return errors.isEmpty() ? ParseResult.of(config) : ParseResult.failed(errors.toList());
        }
        if (!problems.isEmpty()) {
            repair(problems, errors);
            config = build();
            if (!ConfigValidator.isValid(config, limits)) {
                errors.add("config", "could not be repaired; using the defaults");
                config = defaults;
            }
        }
        return new ParseResult(config, errors.toList());
    }

    private void repair(List<ConfigError> problems, ErrorCollector errors) {
        List<ConfigError> targetProblems = new ArrayList<>();
        for (ConfigError p : problems) {
            String key = p.field();
            int bracket = key.indexOf('[');
            if (bracket >= 0) {
                key = key.substring(0, bracket);
            }
            Optional<ConfigField> f = ConfigFields.byPath(key);
            if (key.equals("target") || key.startsWith("target.")) {
                targetProblems.add(p);
            } else if (f.isPresent()) {
                useDefault(f.get());
                errors.add(p.field(), p.message() + "; using the default " + defaultText(f.get()));
            } else {
                errors.add(p);
            }
        }
        if (targetProblems.isEmpty()) {
            return;
        }
        boolean reset = repairTarget();
        for (ConfigError p : targetProblems) {
            errors.add(p.field(), p.message() + (reset ? targetResetText() : targetSuffix(p.field())));
        }
    }

    /** Drops invalid parameters and stray points; resets the whole target when that cannot help. */
    private boolean repairTarget() {
        Optional<TargetDef> found = TargetCatalog.find(targetName());
        if (found.isEmpty() || (found.get().name().equals("points") && !ConfigValidator.pointsValid(points, limits))) {
            resetTarget();
            return true;
        }
        TargetDef def = found.get();
        if (!def.name().equals("points")) {
            points = null;
        }
        if (digits != null && !ConfigValidator.digitsValid(def, digits)) {
            digits = null;
        }
        params.entrySet().removeIf(e -> def.param(e.getKey())
                .map(p -> e.getValue() == null || !p.accepts(e.getValue())).orElse(true));
        if (def.name().equals("uniform")) {
            if (!(param(def, "lo") < param(def, "hi"))) {
                // replace the bound that was set (hi first when both were), then the other if needed
                String first = params.containsKey("hi") ? "hi" : "lo";
                params.remove(first);
                if (!(param(def, "lo") < param(def, "hi"))) {
                    params.remove(first.equals("hi") ? "lo" : "hi");
                }
            }
        }
        return false;
    }

    private double param(TargetDef def, String key) {
        Double v = params.get(key);
        return v != null ? v : def.param(key).orElseThrow().defaultValue();
    }

    private String targetSuffix(String field) {
        if (field.startsWith("target.points")) {
            return "; ignored";
        }
        if (field.equals(DigitSubset.FIELD)) {
            return TargetCatalog.isImage(targetName()) ? "; using all ten digits" : "; ignored";
        }
        TargetDef def = TargetCatalog.get(targetName());
        String key = field.substring("target.".length());
        if (def.name().equals("uniform") && (key.equals("lo") || key.equals("hi"))) {
            return "; using lo " + NumberText.format(param(def, "lo")) + ", hi " + NumberText.format(param(def, "hi"));
        }
        return def.param(key).map(p -> "; using the default " + NumberText.format(p.defaultValue())).orElse("; ignored");
    }
}
