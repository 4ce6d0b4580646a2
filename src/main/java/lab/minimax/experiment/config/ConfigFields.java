package lab.minimax.experiment.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lab.minimax.experiment.ActivationName;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.NetworkKind;
import lab.minimax.experiment.NetworkSpec;
import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.experiment.OptimizerName;
import lab.minimax.experiment.OptimizerParams;
import lab.minimax.experiment.OutputActivation;
import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.Scheme;
import lab.minimax.experiment.TrainMode;

import static lab.minimax.experiment.config.ConfigField.anyLong;
import static lab.minimax.experiment.config.ConfigField.channels;
import static lab.minimax.experiment.config.ConfigField.enumeration;
import static lab.minimax.experiment.config.ConfigField.flag;
import static lab.minimax.experiment.config.ConfigField.integer;
import static lab.minimax.experiment.config.ConfigField.real;
import static lab.minimax.experiment.config.ConfigField.widths;

/**
 * The registry of fixed fields, in the order both codecs write them, and of the groups (nested
 * records) that hold them. The target ({@code target.name}, its parameters, {@code target.points})
 * is handled separately because its keys depend on its name. The fixed ranges of the engine are
 * stated here once.
 */
final class ConfigFields {
    private ConfigFields() {
    }

    /** Largest number of cosine-decay steps. */
    static final int MAX_DECAY_STEPS = 10_000_000;
    /** Largest weight β of the generator's entropy regulariser. */
    static final double MAX_ENTROPY_WEIGHT = 10;
    /** Channel counts of a conv net: one per convolutional stage (7×7 ↔ 14×14 ↔ 28×28). */
    static final int CONV_STAGES = 2;
    /** Most channels of one convolutional stage. */
    static final int MAX_CHANNELS = 128;

    /** Groups (nested records) by path, parents before children, each with its getter. */
    static final Map<String, Function<ExperimentConfig, Object>> GROUPS = groups();

    /** Every fixed field, in writing order ({@code v} first; the target is written right after it). */
    static final List<ConfigField> ALL = Stream.of(
            Stream.of(integer("v", l -> NumRule.ints(1, ExperimentConfig.CURRENT_VERSION), ExperimentConfig::v),
                    integer("noise.dim", l -> NumRule.ints(1, l.maxNoiseDim()), c -> c.noise().dim()),
                    enumeration("noise.distribution", NoiseDistribution.class, c -> c.noise().distribution())),
            network("generator", ExperimentConfig::generator),
            Stream.of(enumeration("generator.output", OutputActivation.class, c -> c.generator().output()),
                    flag("generator.batchNorm", c -> c.generator().batchNorm())),
            network("discriminator", ExperimentConfig::discriminator),
            Stream.of(enumeration("objective.divergence", Divergence.class, c -> c.objective().divergence()),
                    enumeration("objective.generatorLoss", GeneratorLoss.class, c -> c.objective().generatorLoss()),
                    real("objective.clip", NumRule.openClosed(0, 10), c -> c.objective().clip()),
                    real("objective.lambda", NumRule.closed(0, 1000), c -> c.objective().lambda()),
                    real("objective.a", NumRule.closed(-10, 10), c -> c.objective().a()),
                    real("objective.b", NumRule.closed(-10, 10), c -> c.objective().b()),
                    real("objective.c", NumRule.closed(-10, 10), c -> c.objective().c()),
                    real("objective.entropyWeight", NumRule.closed(0, MAX_ENTROPY_WEIGHT), c -> c.objective().entropyWeight())),
            optimizer("optimizer.generator", c -> c.optimizer().generator()),
            optimizer("optimizer.discriminator", c -> c.optimizer().discriminator()),
            Stream.of(enumeration("optimizer.schedule", Schedule.class, c -> c.optimizer().schedule()),
                    integer("optimizer.decaySteps", l -> NumRule.ints(1, MAX_DECAY_STEPS), c -> c.optimizer().decaySteps()),
                    integer("batchSize", l -> NumRule.ints(1, l.maxBatch()), ExperimentConfig::batchSize),
                    integer("dSteps", l -> NumRule.ints(1, l.maxDSteps()), ExperimentConfig::dSteps),
                    enumeration("scheme", Scheme.class, ExperimentConfig::scheme),
                    enumeration("trainMode", TrainMode.class, ExperimentConfig::trainMode),
                    flag("conditional", ExperimentConfig::conditional),
                    anyLong("seed", ExperimentConfig::seed))
    ).flatMap(s -> s).toList();

    private static final Map<String, ConfigField> BY_PATH =
            ALL.stream().collect(Collectors.toMap(f -> f.path, f -> f));

    private static Map<String, Function<ExperimentConfig, Object>> groups() {
        Map<String, Function<ExperimentConfig, Object>> g = new LinkedHashMap<>();
        g.put("noise", ExperimentConfig::noise);
        g.put("generator", ExperimentConfig::generator);
        g.put("discriminator", ExperimentConfig::discriminator);
        g.put("objective", ExperimentConfig::objective);
        g.put("optimizer", ExperimentConfig::optimizer);
        g.put("optimizer.generator", c -> c.optimizer().generator());
        g.put("optimizer.discriminator", c -> c.optimizer().discriminator());
        return java.util.Collections.unmodifiableMap(g);
    }

    private static Stream<ConfigField> network(String name, Function<ExperimentConfig, NetworkSpec> net) {
        return Stream.of(enumeration(name + ".kind", NetworkKind.class, c -> net.apply(c).kind()),
                widths(name + ".hidden", c -> net.apply(c).hidden()),
                channels(name + ".channels", CONV_STAGES, MAX_CHANNELS, c -> net.apply(c).channels()),
                enumeration(name + ".activation", ActivationName.class, c -> net.apply(c).activation()));
    }

    private static Stream<ConfigField> optimizer(String path, Function<ExperimentConfig, OptimizerParams> opt) {
        return Stream.of(enumeration(path + ".name", OptimizerName.class, c -> opt.apply(c).name()),
                real(path + ".lr", NumRule.openClosed(0, 10), c -> opt.apply(c).lr()),
                real(path + ".beta1", NumRule.closedOpen(0, 1), c -> opt.apply(c).beta1()),
                real(path + ".beta2", NumRule.closedOpen(0, 1), c -> opt.apply(c).beta2()),
                real(path + ".momentum", NumRule.closedOpen(0, 1), c -> opt.apply(c).momentum()));
    }

    /**
     * Throws when a group (nested record) of {@code c} is null: such a config cannot be written.
     *
     * @throws IllegalArgumentException naming the missing group
     */
    static void requireComplete(ExperimentConfig c) {
        if (c == null) {
            throw new IllegalArgumentException("config is null");
        }
        if (c.target() == null) {
            throw new IllegalArgumentException("config.target is null");
        }
        for (Map.Entry<String, Function<ExperimentConfig, Object>> g : GROUPS.entrySet()) {
            if (g.getValue().apply(c) == null) {
                throw new IllegalArgumentException("config." + g.getKey() + " is null");
            }
        }
    }

    static Optional<ConfigField> byPath(String path) {
        return Optional.ofNullable(BY_PATH.get(path));
    }

    static boolean isGroup(String path) {
        return GROUPS.containsKey(path);
    }

    /** The keys directly inside a group ("" = top level), for "unknown key" messages. */
    static String keysOf(String group) {
        Stream<String> names = Stream.concat(
                group.isEmpty() ? Stream.of("target") : Stream.empty(),
                Stream.concat(GROUPS.keySet().stream(), ALL.stream().map(f -> f.path))
                        .filter(p -> parentOf(p).equals(group)));
        return names.map(p -> p.substring(p.lastIndexOf('.') + 1)).distinct().collect(Collectors.joining(", "));
    }

    /** "optimizer" for "optimizer.generator", "" for "noise". */
    static String parentOf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }
}
