package lab.minimax.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Named;
import lab.minimax.experiment.TargetSpec;

/**
 * The settings groups an assignment can lock (the settings form's groups, by their {@code _hide}
 * names) and the config fields each holds, as the form lays them out:
 * <ul>
 *   <li>target: the target (its name, parameters, point set, digits);</li>
 *   <li>objective: objective.* (divergence, generator loss, clip, λ, LSGAN a b c, entropy weight);</li>
 *   <li>generator: noise.dim, noise.distribution, conditional, generator.*;</li>
 *   <li>discriminator: discriminator.*;</li>
 *   <li>optimizers: optimizer.generator.* and optimizer.discriminator.* (name, lr, β₁, β₂, momentum);</li>
 *   <li>training: batchSize, dSteps, scheme, optimizer.schedule, optimizer.decaySteps, seed, trainMode.</li>
 * </ul>
 */
public final class LockedGroups {
    /** The groups, in the form's order. */
    public static final List<String> NAMES = List.of("target", "objective", "generator", "discriminator", "optimizers",
            "training");

    private record Field(String path, Function<ExperimentConfig, Object> get) {
    }

    private static final Map<String, List<Field>> FIELDS = fields();

    private LockedGroups() {
    }

    private static Map<String, List<Field>> fields() {
        Map<String, List<Field>> m = new LinkedHashMap<>();
        m.put("target", List.of());
        m.put("objective", List.of(
                new Field("objective.divergence", c -> c.objective().divergence()),
                new Field("objective.generatorLoss", c -> c.objective().generatorLoss()),
                new Field("objective.clip", c -> c.objective().clip()),
                new Field("objective.lambda", c -> c.objective().lambda()),
                new Field("objective.a", c -> c.objective().a()),
                new Field("objective.b", c -> c.objective().b()),
                new Field("objective.c", c -> c.objective().c()),
                new Field("objective.entropyWeight", c -> c.objective().entropyWeight())));
        List<Field> g = new ArrayList<>(List.of(new Field("noise.dim", c -> c.noise().dim()),
                new Field("noise.distribution", c -> c.noise().distribution()),
                new Field("conditional", ExperimentConfig::conditional)));
        g.addAll(network("generator", ExperimentConfig::generator));
        g.add(new Field("generator.output", c -> c.generator().output()));
        g.add(new Field("generator.batchNorm", c -> c.generator().batchNorm()));
        m.put("generator", List.copyOf(g));
        m.put("discriminator", network("discriminator", ExperimentConfig::discriminator));
        List<Field> o = new ArrayList<>();
        for (String who : List.of("generator", "discriminator")) {
            Function<ExperimentConfig, lab.minimax.experiment.OptimizerParams> p = who.equals("generator")
                    ? c -> c.optimizer().generator() : c -> c.optimizer().discriminator();
            String at = "optimizer." + who + ".";
            o.add(new Field(at + "name", c -> p.apply(c).name()));
            o.add(new Field(at + "lr", c -> p.apply(c).lr()));
            o.add(new Field(at + "beta1", c -> p.apply(c).beta1()));
            o.add(new Field(at + "beta2", c -> p.apply(c).beta2()));
            o.add(new Field(at + "momentum", c -> p.apply(c).momentum()));
        }
        m.put("optimizers", List.copyOf(o));
        m.put("training", List.of(new Field("batchSize", ExperimentConfig::batchSize),
                new Field("dSteps", ExperimentConfig::dSteps),
                new Field("scheme", ExperimentConfig::scheme),
                new Field("optimizer.schedule", c -> c.optimizer().schedule()),
                new Field("optimizer.decaySteps", c -> c.optimizer().decaySteps()),
                new Field("seed", ExperimentConfig::seed),
                new Field("trainMode", ExperimentConfig::trainMode)));
        return m;
    }

    private static List<Field> network(String name, Function<ExperimentConfig, lab.minimax.experiment.NetworkSpec> net) {
        return List.of(new Field(name + ".kind", c -> net.apply(c).kind()),
                new Field(name + ".hidden", c -> net.apply(c).hidden()),
                new Field(name + ".channels", c -> net.apply(c).channels()),
                new Field(name + ".activation", c -> net.apply(c).activation()));
    }

    /** The config fields of {@code group} (the target's are its name, parameters, points and digits). */
    public static List<String> fieldsOf(String group) {
        if (group.equals("target")) {
            return List.of("target");
        }
        List<Field> f = FIELDS.get(group);
        if (f == null) {
            throw new IllegalArgumentException("locked: '" + group + "' is not one of " + String.join(", ", NAMES));
        }
        return f.stream().map(Field::path).toList();
    }

    /**
     * The first field of a locked group where {@code submitted} differs from {@code assignment}:
     * "objective.divergence is locked at wgan-gp by the assignment; the submission has gan"; null
     * when every locked field is equal.
     */
    static String difference(ExperimentConfig assignment, ExperimentConfig submitted, Iterable<String> locked) {
        for (String group : NAMES) {
            if (!contains(locked, group)) {
                continue;
            }
            String d = group.equals("target") ? target(assignment.target(), submitted.target()) : null;
            if (d != null) {
                return d;
            }
            for (Field f : FIELDS.get(group)) {
                Object want = f.get().apply(assignment);
                Object got = f.get().apply(submitted);
                if (!same(want, got)) {
                    return message(f.path(), show(want), show(got));
                }
            }
        }
        return null;
    }

    private static boolean contains(Iterable<String> locked, String group) {
        for (String s : locked) {
            if (s.equals(group)) {
                return true;
            }
        }
        return false;
    }

    private static String target(TargetSpec a, TargetSpec b) {
        if (!a.name().equals(b.name())) {
            return message("target.name", a.name(), b.name());
        }
        TreeSet<String> keys = new TreeSet<>(a.params().keySet());
        keys.addAll(b.params().keySet());
        for (String k : keys) {
            Double x = a.params().get(k);
            Double y = b.params().get(k);
            if (!same(x, y)) {
                return message("target." + k, x == null ? "(unset)" : show(x), y == null ? "(unset)" : show(y));
            }
        }
        if (!Objects.equals(a.points(), b.points())) {
            return message("target.points", points(a), points(b));
        }
        if (!Objects.equals(a.digits(), b.digits())) {
            return message("target.digits", String.valueOf(a.digits()), String.valueOf(b.digits()));
        }
        return null;
    }

    private static String points(TargetSpec t) {
        return t.points() == null ? "no point set" : "a set of " + t.points().size() + " points";
    }

    private static String message(String path, String want, String got) {
        if (want.equals(got)) {
            got = got + " (a different value)";
        }
        return path + " is locked at " + want + " by the assignment; the submission has " + got;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return Double.compare(x, y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static String show(Object v) {
        if (v == null) {
            return "(unset)";
        }
        if (v instanceof Named n) {
            return n.id();
        }
        if (v instanceof Double d) {
            return Double.isFinite(d) ? new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString() : d.toString();
        }
        if (v instanceof List<?> l) {
            return "[" + String.join(", ", l.stream().map(String::valueOf).toList()) + "]";
        }
        return String.valueOf(v);
    }
}
