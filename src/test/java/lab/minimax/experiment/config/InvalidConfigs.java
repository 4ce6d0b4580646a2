package lab.minimax.experiment.config;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.NetworkKind;
import lab.minimax.experiment.NetworkSpec;
import lab.minimax.experiment.NoiseSpec;
import lab.minimax.experiment.ObjectiveSpec;
import lab.minimax.experiment.OptimizerParams;
import lab.minimax.experiment.OptimizerSpec;
import lab.minimax.experiment.ParamDef;
import lab.minimax.experiment.PointSet;
import lab.minimax.experiment.TargetCatalog;
import lab.minimax.experiment.TargetDef;
import lab.minimax.experiment.TargetSpec;

/**
 * Mutations that turn a valid configuration into an invalid one, each knowing which field it
 * broke. The bad values come from the specification's ranges (out-of-range numbers, NaN and
 * infinities, missing enum values, negative sizes, too many layers, bad points). The mutation
 * itself is plain Java driven by a jqwik-drawn seed: building jqwik arbitraries per try was the
 * bulk of the run time.
 */
final class InvalidConfigs {
    private InvalidConfigs() {
    }

    /** A broken config and the field (or field prefix) that must be named. */
    record Broken(String field, ExperimentConfig config) {
        @Override
        public String toString() {
            return field + " in " + config;
        }
    }

    /** Every mutation, applied to valid configs. */
    static Arbitrary<Broken> broken() {
        return Combinators.combine(ConfigArbitraries.validConfigs(), Arbitraries.longs()).as((c, seed) -> {
            Random r = new Random(seed);
            List<Function<Random, Broken>> m = mutations(c);
            return m.get(r.nextInt(m.size())).apply(r);
        });
    }

    /** A double outside [min, max] (or on an open end), NaN or an infinity. */
    static double outside(Random r, double min, boolean minOpen, double max, boolean maxOpen) {
        List<Double> fixed = new ArrayList<>(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                -Double.MAX_VALUE, Double.MAX_VALUE, Math.nextDown(min), Math.nextUp(max)));
        if (minOpen) {
            fixed.add(min);
            if (min == 0) {
                fixed.add(-0.0);
            }
        }
        if (maxOpen) {
            fixed.add(max);
        }
        double span = Math.abs(max - min) * (1e-9 + r.nextDouble() * 1e3);
        return switch (r.nextInt(3)) {
            case 0 -> fixed.get(r.nextInt(fixed.size()));
            case 1 -> min - span - Math.ulp(min);
            default -> max + span + Math.ulp(max);
        };
    }

    /** An integer outside [min, max]. */
    static int outside(Random r, int min, int max) {
        return switch (r.nextInt(4)) {
            case 0 -> min - 1;
            case 1 -> max + 1;
            case 2 -> (int) (Integer.MIN_VALUE + (long) (r.nextDouble() * ((long) min - Integer.MIN_VALUE)));
            default -> max + 1 + r.nextInt(Integer.MAX_VALUE - max);
        };
    }

    private static List<Function<Random, Broken>> mutations(ExperimentConfig c) {
        List<Function<Random, Broken>> m = new ArrayList<>();
        // top level
        m.add(r -> new Broken("v", new ExperimentConfig(outside(r, 1, 1), c.target(), c.noise(), c.generator(),
                c.discriminator(), c.objective(), c.optimizer(), c.batchSize(), c.dSteps(), c.scheme(), c.seed())));
        m.add(r -> new Broken("batchSize", c.withSteps(outside(r, 1, 4096), c.dSteps(), c.scheme())));
        m.add(r -> new Broken("dSteps", c.withSteps(c.batchSize(), outside(r, 1, 10), c.scheme())));
        m.add(r -> new Broken("scheme", c.withSteps(c.batchSize(), c.dSteps(), null)));
        m.add(r -> new Broken("trainMode", c.withTrainMode(null)));
        // noise
        m.add(r -> new Broken("noise.dim",
                c.withNetworks(new NoiseSpec(outside(r, 1, 16), c.noise().distribution()), c.generator(), c.discriminator())));
        m.add(r -> new Broken("noise.distribution",
                c.withNetworks(new NoiseSpec(c.noise().dim(), null), c.generator(), c.discriminator())));
        m.add(r -> new Broken("noise", c.withNetworks(null, c.generator(), c.discriminator())));
        // networks
        for (String net : List.of("generator", "discriminator")) {
            Function<NetworkSpec, ExperimentConfig> with = n -> net.equals("generator")
                    ? c.withNetworks(c.noise(), n, c.discriminator()) : c.withNetworks(c.noise(), c.generator(), n);
            NetworkSpec spec = net.equals("generator") ? c.generator() : c.discriminator();
            m.add(r -> {
                List<Integer> h = new ArrayList<>();
                for (int i = 0, n = 5 + r.nextInt(36); i < n; i++) {
                    h.add(1 + r.nextInt(256));
                }
                return new Broken(net + ".hidden", with.apply(new NetworkSpec(h, spec.activation())));
            });
            m.add(r -> {
                int i = r.nextInt(4);
                List<Integer> h = new ArrayList<>(spec.hidden());
                while (h.size() <= i) {
                    h.add(64);
                }
                h.set(i, outside(r, 1, 256));
                return new Broken(net + ".hidden[" + i + "]", with.apply(new NetworkSpec(h, spec.activation())));
            });
            m.add(r -> new Broken(net + ".activation", with.apply(new NetworkSpec(spec.hidden(), null))));
            m.add(r -> new Broken(net + ".kind", with.apply(new NetworkSpec(null, spec.hidden(), List.of(),
                    spec.activation(), spec.output()))));
            m.add(r -> new Broken(net + ".channels", with.apply(new NetworkSpec(NetworkKind.MLP, spec.hidden(),
                    List.of(1 + r.nextInt(128)), spec.activation(), spec.output()))));
            m.add(r -> new Broken(net + ".channels[0]", with.apply(new NetworkSpec(NetworkKind.MLP, spec.hidden(),
                    List.of(outside(r, 1, 128)), spec.activation(), spec.output()))));
            m.add(r -> new Broken(net, with.apply(null)));
        }
        // objective
        ObjectiveSpec o = c.objective();
        m.add(r -> new Broken("objective.divergence", c.withObjective(
                new ObjectiveSpec(null, o.generatorLoss(), o.clip(), o.lambda(), o.a(), o.b(), o.c()))));
        m.add(r -> new Broken("objective.generatorLoss", c.withObjective(
                new ObjectiveSpec(o.divergence(), null, o.clip(), o.lambda(), o.a(), o.b(), o.c()))));
        m.add(r -> new Broken("objective.clip", c.withObjective(new ObjectiveSpec(o.divergence(), o.generatorLoss(),
                outside(r, 0, true, 10, false), o.lambda(), o.a(), o.b(), o.c()))));
        m.add(r -> new Broken("objective.lambda", c.withObjective(new ObjectiveSpec(o.divergence(), o.generatorLoss(),
                o.clip(), outside(r, 0, false, 1000, false), o.a(), o.b(), o.c()))));
        m.add(r -> new Broken("objective.a", c.withObjective(new ObjectiveSpec(o.divergence(), o.generatorLoss(),
                o.clip(), o.lambda(), outside(r, -10, false, 10, false), o.b(), o.c()))));
        m.add(r -> new Broken("objective.b", c.withObjective(new ObjectiveSpec(o.divergence(), o.generatorLoss(),
                o.clip(), o.lambda(), o.a(), outside(r, -10, false, 10, false), o.c()))));
        m.add(r -> new Broken("objective.c", c.withObjective(new ObjectiveSpec(o.divergence(), o.generatorLoss(),
                o.clip(), o.lambda(), o.a(), o.b(), outside(r, -10, false, 10, false)))));
        m.add(r -> new Broken("objective.entropyWeight", c.withObjective(
                o.withEntropyWeight(outside(r, 0, false, 10, false)))));
        m.add(r -> new Broken("objective", c.withObjective(null)));
        // optimizer
        OptimizerSpec os = c.optimizer();
        for (String net : List.of("generator", "discriminator")) {
            OptimizerParams p = net.equals("generator") ? os.generator() : os.discriminator();
            Function<OptimizerParams, ExperimentConfig> with = q -> c.withOptimizer(net.equals("generator")
                    ? new OptimizerSpec(q, os.discriminator(), os.schedule(), os.decaySteps())
                    : new OptimizerSpec(os.generator(), q, os.schedule(), os.decaySteps()));
            String path = "optimizer." + net;
            m.add(r -> new Broken(path + ".name", with.apply(
                    new OptimizerParams(null, p.lr(), p.beta1(), p.beta2(), p.momentum()))));
            m.add(r -> new Broken(path + ".lr", with.apply(
                    new OptimizerParams(p.name(), outside(r, 0, true, 10, false), p.beta1(), p.beta2(), p.momentum()))));
            m.add(r -> new Broken(path + ".beta1", with.apply(
                    new OptimizerParams(p.name(), p.lr(), outside(r, 0, false, 1, true), p.beta2(), p.momentum()))));
            m.add(r -> new Broken(path + ".beta2", with.apply(
                    new OptimizerParams(p.name(), p.lr(), p.beta1(), outside(r, 0, false, 1, true), p.momentum()))));
            m.add(r -> new Broken(path + ".momentum", with.apply(
                    new OptimizerParams(p.name(), p.lr(), p.beta1(), p.beta2(), outside(r, 0, false, 1, true)))));
            m.add(r -> new Broken(path, with.apply(null)));
        }
        m.add(r -> new Broken("optimizer.schedule", c.withOptimizer(
                new OptimizerSpec(os.generator(), os.discriminator(), null, os.decaySteps()))));
        m.add(r -> new Broken("optimizer.decaySteps", c.withOptimizer(
                new OptimizerSpec(os.generator(), os.discriminator(), os.schedule(), outside(r, 1, 10_000_000)))));
        m.add(r -> new Broken("optimizer", c.withOptimizer(null)));
        m.addAll(targetMutations(c));
        return m;
    }

    private static List<Function<Random, Broken>> targetMutations(ExperimentConfig c) {
        List<Function<Random, Broken>> m = new ArrayList<>();
        TargetSpec t = c.target();
        TargetDef def = TargetCatalog.get(t.name());
        BiFunction<String, Double, TargetSpec> withParam = (k, v) -> {
            Map<String, Double> p = new LinkedHashMap<>(t.params());
            p.put(k, v);
            return new TargetSpec(t.name(), p, t.points());
        };
        m.add(r -> new Broken("target", c.withTarget(null)));
        m.add(r -> {
            String s = letters(r, r.nextInt(13));
            String name = TargetCatalog.find(s).isEmpty() ? s : s + "x";
            return new Broken("target.name", c.withTarget(new TargetSpec(name, t.params(), t.points())));
        });
        m.add(r -> {
            String s = letters(r, 1 + r.nextInt(12));
            String key = def.param(s).isEmpty() ? s : s + "x";
            return new Broken("target." + key, c.withTarget(withParam.apply(key, 1.0)));
        });
        m.add(r -> {
            ParamDef p = def.params().get(r.nextInt(def.params().size()));
            return new Broken("target." + p.name(), c.withTarget(withParam.apply(p.name(), outside(r, p.min(), false, p.max(), false))));
        });
        def.params().stream().filter(ParamDef::integer).forEach(p ->
                m.add(r -> new Broken("target." + p.name(), c.withTarget(withParam.apply(p.name(), p.min() + 0.5)))));
        if (def.name().equals("uniform")) {
            m.add(r -> {
                double lo = -10 + 20 * r.nextDouble();
                double hi = r.nextBoolean() ? lo : -10 + (lo + 10) * r.nextDouble();
                Map<String, Double> p = new LinkedHashMap<>(t.params());
                p.put("lo", lo);
                p.put("hi", hi);
                return new Broken("target.hi", c.withTarget(new TargetSpec("uniform", p, null)));
            });
        }
        if (def.name().equals("points")) {
            m.add(r -> new Broken("target.points", c.withTarget(new TargetSpec("points", t.params(), null))));
            m.add(r -> new Broken("target.points", c.withTarget(new TargetSpec("points", t.params(), randomPoints(r, r.nextInt(2))))));
            m.add(r -> new Broken("target.points", c.withTarget(new TargetSpec("points", t.params(),
                    randomPoints(r, 5001 + r.nextInt(20))))));
            m.add(r -> {
                double[] xy = t.points().xy();
                int i = r.nextInt(xy.length);
                xy[i] = outside(r, -10, false, 10, false);
                return new Broken("target.points[" + i / 2 + "]", c.withTarget(new TargetSpec("points", t.params(), new PointSet(xy))));
            });
        } else {
            m.add(r -> new Broken("target.points", c.withTarget(new TargetSpec(t.name(), t.params(), randomPoints(r, 2 + r.nextInt(9))))));
        }
        return m;
    }

    private static PointSet randomPoints(Random r, int n) {
        double[] xy = new double[2 * n];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = -10 + 20 * r.nextDouble();
        }
        return new PointSet(xy);
    }

    private static String letters(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(52);
            b.append((char) (k < 26 ? 'a' + k : 'A' + k - 26));
        }
        return b.toString();
    }
}
