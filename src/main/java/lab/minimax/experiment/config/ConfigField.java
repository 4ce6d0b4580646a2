package lab.minimax.experiment.config;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.Named;

/**
 * One fixed field of {@link ExperimentConfig} (everything except the target, whose keys depend on
 * its name): its dotted path as used in JSON and URLs, the group it sits in, its kind, its
 * allowed values under given {@link Limits}, and how to read it from a config.
 */
final class ConfigField {

    enum Kind { INT, LONG, REAL, ENUM, WIDTHS, BOOL }

    /** Smallest and largest long, as "an integer in [...]". */
    static final String ANY_LONG = "an integer in [" + Long.MIN_VALUE + ", " + Long.MAX_VALUE + "]";

    final String path;
    /** The enclosing group's path ("" for top-level fields). */
    final String group;
    final Kind kind;
    private final Function<Limits, NumRule> rule;
    private final Function<ExperimentConfig, Object> get;
    private final Function<String, Object> byId;
    private final String ids;
    /** WIDTHS: the most entries, and what they are ("hidden layers"). */
    private final Function<Limits, Integer> maxCount;
    final String countNoun;

    private ConfigField(String path, Kind kind, Function<Limits, NumRule> rule,
                        Function<ExperimentConfig, Object> get, Function<String, Object> byId, String ids) {
        this(path, kind, rule, get, byId, ids, null, null);
    }

    private ConfigField(String path, Kind kind, Function<Limits, NumRule> rule,
                        Function<ExperimentConfig, Object> get, Function<String, Object> byId, String ids,
                        Function<Limits, Integer> maxCount, String countNoun) {
        this.maxCount = maxCount;
        this.countNoun = countNoun;
        this.path = path;
        int dot = path.lastIndexOf('.');
        this.group = dot < 0 ? "" : path.substring(0, dot);
        this.kind = kind;
        this.rule = rule;
        this.get = get;
        this.byId = byId;
        this.ids = ids;
    }

    static ConfigField integer(String path, Function<Limits, NumRule> rule, Function<ExperimentConfig, Object> get) {
        return new ConfigField(path, Kind.INT, rule, get, null, null);
    }

    static ConfigField anyLong(String path, Function<ExperimentConfig, Object> get) {
        return new ConfigField(path, Kind.LONG, null, get, null, null);
    }

    static ConfigField real(String path, NumRule rule, Function<ExperimentConfig, Object> get) {
        return new ConfigField(path, Kind.REAL, l -> rule, get, null, null);
    }

    /** Hidden widths: a list of 0..maxDepth integers in [1, maxWidth]. */
    static ConfigField widths(String path, Function<ExperimentConfig, Object> get) {
        return new ConfigField(path, Kind.WIDTHS, l -> NumRule.ints(1, l.maxWidth()), get, null, null,
                Limits::maxDepth, "hidden layers");
    }

    /** A conv net's channel counts: a list of 0..maxCount integers in [1, maxChannels]. */
    static ConfigField channels(String path, int maxCount, int maxChannels, Function<ExperimentConfig, Object> get) {
        return new ConfigField(path, Kind.WIDTHS, l -> NumRule.ints(1, maxChannels), get, null, null,
                l -> maxCount, "channel counts");
    }

    /** true or false. */
    static ConfigField flag(String path, Function<ExperimentConfig, Object> get) {
        return new ConfigField(path, Kind.BOOL, null, get, null, null);
    }

    /** WIDTHS: the most entries the list may have. */
    int maxCount(Limits limits) {
        return maxCount.apply(limits);
    }

    static <E extends Enum<E> & Named> ConfigField enumeration(String path, Class<E> type,
                                                                Function<ExperimentConfig, Object> get) {
        return new ConfigField(path, Kind.ENUM, null, get, id -> Named.byId(type, id).orElse(null),
                Named.allowed(type));
    }

    /** The field's value; the caller makes sure its group is not null. */
    Object get(ExperimentConfig c) {
        return get.apply(c);
    }

    /** The numeric rule (INT, REAL; for WIDTHS the rule of one width). */
    NumRule rule(Limits limits) {
        return rule.apply(limits);
    }

    /** The enum constant with this id, or null. */
    Object byId(String id) {
        return byId.apply(id);
    }

    /** The allowed values in words, for "must be …" messages. */
    String allowed(Limits limits) {
        return switch (kind) {
            case INT, REAL -> rule(limits).allowed();
            case LONG -> ANY_LONG;
            case ENUM -> "one of " + ids;
            case WIDTHS -> "a list of 0 to " + maxCount(limits) + " " + countNoun + ", each "
                    + rule(limits).allowed() + " (e.g. 64,64)";
            case BOOL -> "true or false";
        };
    }

    /** The value as it reads in messages and URLs: "0.001", "adam", "64,64". */
    String format(Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case INT, LONG -> value.toString();
            case REAL -> NumberText.format((Double) value);
            case ENUM -> ((Named) value).id();
            case WIDTHS -> ((List<?>) value).stream().map(String::valueOf).collect(Collectors.joining(","));
            case BOOL -> value.toString();
        };
    }
}
