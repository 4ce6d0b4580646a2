package lab.minimax.experiment.config;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.minimax.experiment.ActivationName;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.NetworkSpec;
import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.experiment.NoiseSpec;
import lab.minimax.experiment.ObjectiveSpec;
import lab.minimax.experiment.OptimizerName;
import lab.minimax.experiment.OptimizerParams;
import lab.minimax.experiment.OptimizerSpec;
import lab.minimax.experiment.ParamDef;
import lab.minimax.experiment.PointSet;
import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.Scheme;
import lab.minimax.experiment.TargetCatalog;
import lab.minimax.experiment.TargetDef;
import lab.minimax.experiment.TargetSpec;
import lab.minimax.experiment.TrainMode;

import static net.jqwik.api.Tuple.Tuple2;
import static net.jqwik.api.Tuple.of;

/**
 * Generators of valid configurations. The ranges are written here from the specification
 * (issue 2 and the brief), not read from the validator, so that the tests check the validator
 * against the specification. Target parameter ranges come from the catalogue (given data).
 */
final class ConfigArbitraries {
    private ConfigArbitraries() {
    }

    /**
     * Doubles inside an interval: uniform over it, short decimals, and the edges (the closed
     * bounds, the values next to them, -0.0 and the smallest subnormal where allowed).
     */
    static Arbitrary<Double> within(double min, boolean minOpen, double max, boolean maxOpen) {
        List<Double> edges = new ArrayList<>(List.of(Math.nextUp(min), Math.nextDown(max), (min + max) / 2));
        if (!minOpen) {
            edges.add(min);
        }
        if (!maxOpen) {
            edges.add(max);
        }
        if (min <= 0 && max > 0) {
            edges.add(Double.MIN_VALUE);
            if (!minOpen || min < 0) {
                edges.add(-0.0);
                edges.add(0.0);
            }
        }
        Arbitrary<Double> uniform = Arbitraries.randomValue(r -> min + (max - min) * r.nextDouble());
        Arbitrary<Double> logScale = Arbitraries.randomValue(r -> {
            double lo = Math.max(min, 1e-12);
            return min > 0 || max > 1e-12 ? Math.exp(Math.log(lo) + (Math.log(max) - Math.log(lo)) * r.nextDouble()) : min;
        });
        double lo3 = Math.ceil(min * 1000) / 1000;
        double hi3 = Math.floor(max * 1000) / 1000;
        Arbitrary<Double> shortDecimal = lo3 < hi3 ? Arbitraries.doubles().between(lo3, hi3).ofScale(3) : uniform;
        Arbitrary<Double> any = Arbitraries.frequencyOf(
                of(4, uniform), of(2, logScale), of(3, shortDecimal), of(2, Arbitraries.of(edges)));
        return any.filter(v -> Double.isFinite(v) && (minOpen ? v > min : v >= min) && (maxOpen ? v < max : v <= max));
    }

    static Arbitrary<TargetSpec> targets() {
        // the 1D and 2D targets: an image target's configs obey other network rules (NetworkRules)
        return Arbitraries.of(TargetCatalog.ALL.stream().filter(d -> !TargetCatalog.isImage(d.name())).toList())
                .flatMap(ConfigArbitraries::target);
    }

    /** A target of this kind: each parameter present (in range) or absent; uniform keeps lo &lt; hi. */
    static Arbitrary<TargetSpec> target(TargetDef def) {
        List<Arbitrary<Optional<Double>>> params = new ArrayList<>();
        for (ParamDef p : def.params()) {
            Arbitrary<Double> value = p.integer()
                    ? Arbitraries.integers().between((int) p.min(), (int) p.max()).map(Integer::doubleValue)
                    : within(p.min(), false, p.max(), false);
            params.add(value.optional(0.75));
        }
        Arbitrary<PointSet> points = def.name().equals("points") ? pointSets(2, 60) : Arbitraries.just(null);
        return Combinators.combine(params).as(values -> {
            Map<String, Double> m = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                int k = i;
                values.get(i).ifPresent(v -> m.put(def.params().get(k).name(), v));
            }
            return m;
        }).flatMap(m -> points.map(p -> new TargetSpec(def.name(), m, p)))
                .filter(t -> !def.name().equals("uniform") || t.param("lo", -1) < t.param("hi", 1));
    }

    static Arbitrary<PointSet> pointSets(int minSize, int maxSize) {
        Arbitrary<Double> coordinate = within(-10, false, 10, false);
        return Arbitraries.integers().between(minSize, maxSize)
                .flatMap(n -> coordinate.list().ofSize(2 * n))
                .map(l -> new PointSet(l.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    static Arbitrary<NetworkSpec> networks() {
        return Combinators.combine(Arbitraries.integers().between(1, 256).list().ofMaxSize(4),
                Arbitraries.of(ActivationName.class)).as(NetworkSpec::new);
    }

    static Arbitrary<OptimizerParams> optimizerParams() {
        return Combinators.combine(Arbitraries.of(OptimizerName.class),
                within(0, true, 10, false), within(0, false, 1, true),
                within(0, false, 1, true), within(0, false, 1, true)).as(OptimizerParams::new);
    }

    static Arbitrary<ObjectiveSpec> objectives() {
        return Combinators.combine(Arbitraries.of(Divergence.class), Arbitraries.of(GeneratorLoss.class),
                within(0, true, 10, false), within(0, false, 1000, false),
                within(-10, false, 10, false), within(-10, false, 10, false), within(-10, false, 10, false),
                Arbitraries.frequencyOf(of(3, Arbitraries.just(0.0)), of(1, within(0, false, 10, false))))
                .as(ObjectiveSpec::new);
    }

    private record Tail(int batchSize, int dSteps, Scheme scheme, long seed, TrainMode trainMode) {
    }

    /** Valid configurations under {@link Limits#DEFAULTS}, spread over every field's range. */
    static Arbitrary<ExperimentConfig> validConfigs() {
        Arbitrary<NoiseSpec> noise = Combinators.combine(Arbitraries.integers().between(1, 16),
                Arbitraries.of(NoiseDistribution.class)).as(NoiseSpec::new);
        Arbitrary<OptimizerSpec> optimizer = Combinators.combine(optimizerParams(), optimizerParams(),
                Arbitraries.of(Schedule.class), Arbitraries.integers().between(1, 10_000_000)).as(OptimizerSpec::new);
        Arbitrary<Tail> tail = Combinators.combine(Arbitraries.integers().between(1, 4096),
                Arbitraries.integers().between(1, 10), Arbitraries.of(Scheme.class), Arbitraries.longs(),
                Arbitraries.of(TrainMode.class)).as(Tail::new);
        return Combinators.combine(targets(), noise, networks(), networks(), objectives(), optimizer, tail)
                .as((t, n, g, d, o, opt, x) -> new ExperimentConfig(1, t, n, g, d, o, opt,
                        x.batchSize(), x.dSteps(), x.scheme(), x.seed(), x.trainMode()));
    }

    /** Tuple helper for frequencyOf with mixed arbitraries. */
    static <T> Tuple2<Integer, Arbitrary<? extends T>> weighted(int w, Arbitrary<? extends T> a) {
        return of(w, a);
    }
}
