package lab.minimax.experiment.config;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.minimax.experiment.ActivationName;
import lab.minimax.experiment.Defaults;
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
import lab.minimax.experiment.PointSet;
import lab.minimax.experiment.preset.Preset;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.Scheme;
import lab.minimax.experiment.TargetSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigValidatorTest {

    private static final ExperimentConfig D = Defaults.CONFIG;

    private static List<ConfigError> errors(ExperimentConfig c) {
        return ConfigValidator.validate(c, Limits.DEFAULTS);
    }

    private static ConfigError only(ExperimentConfig c) {
        List<ConfigError> e = errors(c);
        assertThat(e).hasSize(1);
        return e.get(0);
    }

    @Test
    void defaultsAndPresetsAreValid() {
        assertThat(errors(D)).isEmpty();
        for (Preset p : Presets.ALL) {
            assertThat(errors(p.config())).as(p.id()).isEmpty();
        }
    }

    @Test
    void widthMessageNamesFieldIndexAndRange() {
        ConfigError e = only(D.withNetworks(D.noise(), new NetworkSpec(List.of(64, 300), ActivationName.RELU), D.discriminator()));
        assertThat(e.field()).isEqualTo("generator.hidden[1]");
        assertThat(e.message()).isEqualTo("must be an integer in [1, 256] (got 300)");
    }

    @Test
    void operatorLimitsAppearInTheMessages() {
        Limits small = new Limits(32, 2, 128, 4, 100, 3);
        ExperimentConfig c = D.withNetworks(new NoiseSpec(5, NoiseDistribution.GAUSSIAN),
                new NetworkSpec(List.of(64, 16, 16), ActivationName.TANH), D.discriminator()).withSteps(256, 4, Scheme.SIMULTANEOUS);
        List<ConfigError> e = ConfigValidator.validate(c, small);
        assertThat(e).extracting(ConfigError::toString).contains(
                "noise.dim: must be an integer in [1, 4] (got 5)",
                "generator.hidden: must have at most 2 hidden layers (got 3)",
                "generator.hidden[0]: must be an integer in [1, 32] (got 64)",
                "discriminator.hidden[0]: must be an integer in [1, 32] (got 64)",
                "batchSize: must be an integer in [1, 128] (got 256)",
                "dSteps: must be an integer in [1, 3] (got 4)");
    }

    @Test
    void openAndClosedEndsOfTheFixedRanges() {
        OptimizerParams ok = Defaults.OPTIMIZER;
        record Case(OptimizerParams p, String field, boolean valid) {
        }
        List<Case> cases = List.of(
                new Case(new OptimizerParams(OptimizerName.SGD, 10, 0, 0, 0), "", true),
                new Case(new OptimizerParams(OptimizerName.SGD, Math.nextUp(10.0), 0, 0, 0), "lr", false),
                new Case(new OptimizerParams(OptimizerName.SGD, 0, 0, 0, 0), "lr", false),
                new Case(new OptimizerParams(OptimizerName.SGD, Double.MIN_VALUE, 0, 0, 0), "", true),
                new Case(new OptimizerParams(OptimizerName.ADAM, 1e-3, 1, 0.9, 0), "beta1", false),
                new Case(new OptimizerParams(OptimizerName.ADAM, 1e-3, Math.nextDown(1.0), 0.9, 0), "", true),
                new Case(new OptimizerParams(OptimizerName.ADAM, 1e-3, 0.5, 1, 0), "beta2", false),
                new Case(new OptimizerParams(OptimizerName.ADAM, 1e-3, 0.5, 0.9, -1e-300), "momentum", false),
                new Case(new OptimizerParams(OptimizerName.ADAM, 1e-3, 0.5, 0.9, -0.0), "", true),
                new Case(new OptimizerParams(OptimizerName.ADAM, Double.NaN, 0.5, 0.9, 0), "lr", false),
                new Case(new OptimizerParams(OptimizerName.ADAM, Double.POSITIVE_INFINITY, 0.5, 0.9, 0), "lr", false));
        for (Case k : cases) {
            List<ConfigError> e = errors(D.withOptimizer(new OptimizerSpec(ok, k.p(), Schedule.CONSTANT, 1)));
            if (k.valid()) {
                assertThat(e).as(k.toString()).isEmpty();
            } else {
                assertThat(e).as(k.toString()).extracting(ConfigError::field).containsExactly("optimizer.discriminator." + k.field());
            }
        }
        assertThat(only(D.withObjective(new ObjectiveSpec(Divergence.WGAN_CLIP, GeneratorLoss.NONSATURATING, 0, 0.1, 0, 1, 1))))
                .isEqualTo(new ConfigError("objective.clip", "must be a number in (0, 10] (got 0)"));
        assertThat(only(D.withObjective(new ObjectiveSpec(Divergence.WGAN_GP, GeneratorLoss.NONSATURATING, 0.01, 1000.5, 0, 1, 1))))
                .isEqualTo(new ConfigError("objective.lambda", "must be a number in [0, 1000] (got 1000.5)"));
        assertThat(only(D.withObjective(new ObjectiveSpec(Divergence.LSGAN, GeneratorLoss.NONSATURATING, 0.01, 0.1, -10, 10, Double.NaN))))
                .isEqualTo(new ConfigError("objective.c", "must be a number in [-10, 10] (got NaN)"));
        assertThat(only(D.withOptimizer(new OptimizerSpec(ok, ok, Schedule.COSINE, 10_000_001))).field())
                .isEqualTo("optimizer.decaySteps");
        assertThat(errors(D.withSeed(Long.MIN_VALUE))).isEmpty();
    }

    @Test
    void nullsAreReportedNotThrown() {
        assertThat(errors(null)).extracting(ConfigError::field).containsExactly("config");
        ExperimentConfig c = new ExperimentConfig(1, null, null, null, null, null,
                new OptimizerSpec(null, Defaults.OPTIMIZER, null, 5), 0, 0, null, 0);
        assertThat(errors(c)).extracting(ConfigError::field).containsExactlyInAnyOrder(
                "target", "noise", "generator", "discriminator", "objective", "optimizer.generator",
                "optimizer.schedule", "batchSize", "dSteps", "scheme");
        ExperimentConfig noOptimizer = D.withOptimizer(null);
        assertThat(only(noOptimizer)).isEqualTo(new ConfigError("optimizer", "is required"));
        assertThat(only(D.withObjective(new ObjectiveSpec(null, GeneratorLoss.SATURATING, 0.01, 0.1, 0, 1, 1))).message())
                .isEqualTo("must be one of gan|kl|reverse-kl|pearson|neyman|hellinger|js|tv|wgan-clip|wgan-gp|lsgan|hinge");
    }

    @Test
    void targetNameAndParameters() {
        assertThat(only(D.withTarget(TargetSpec.of("ring9"))).field()).isEqualTo("target.name");
        assertThat(only(D.withTarget(TargetSpec.of("ring9"))).message()).startsWith("must be one of gaussian|mixture|").contains("ring8");
        assertThat(only(D.withTarget(new TargetSpec("ring8", Map.of("spacing", 2.0), null))))
                .isEqualTo(new ConfigError("target.spacing", "is not a parameter of ring8 (its parameters: radius, sd)"));
        assertThat(only(D.withTarget(new TargetSpec("ring8", Map.of("sd", 1.5), null))))
                .isEqualTo(new ConfigError("target.sd", "must be a number in [0.005, 1] (got 1.5)"));
        assertThat(only(D.withTarget(new TargetSpec("mixture", Map.of("modes", 2.5), null))))
                .isEqualTo(new ConfigError("target.modes", "must be an integer in [2, 3] (got 2.5)"));
        assertThat(only(D.withTarget(new TargetSpec("ring8", Map.of("sd", Double.NEGATIVE_INFINITY), null))).field())
                .isEqualTo("target.sd");
    }

    @Test
    void uniformNeedsLoBelowHi() {
        assertThat(errors(D.withTarget(new TargetSpec("uniform", Map.of("lo", 0.0, "hi", 0.5), null)))).isEmpty();
        assertThat(only(D.withTarget(new TargetSpec("uniform", Map.of("lo", 2.0, "hi", 2.0), null))))
                .isEqualTo(new ConfigError("target.hi", "must be greater than target.lo (got lo 2, hi 2)"));
        // only lo given: the default hi (1) is below it, so lo is the culprit
        assertThat(only(D.withTarget(new TargetSpec("uniform", Map.of("lo", 3.0), null))).field()).isEqualTo("target.lo");
    }

    @Test
    void points() {
        PointSet two = new PointSet(new double[]{0, 0, 1, 1});
        assertThat(errors(D.withTarget(new TargetSpec("points", Map.of(), two)))).isEmpty();
        assertThat(only(D.withTarget(TargetSpec.of("points"))).field()).isEqualTo("target.points");
        assertThat(only(D.withTarget(new TargetSpec("points", Map.of(), new PointSet(new double[]{1, 1})))).message())
                .isEqualTo("must hold 2 to 5000 points [x, y] with coordinates in [-10, 10] (got 1 points)");
        assertThat(only(D.withTarget(new TargetSpec("ring8", Map.of(), two))))
                .isEqualTo(new ConfigError("target.points", "is only allowed for target points"));
        assertThat(only(D.withTarget(new TargetSpec("points", Map.of(), new PointSet(new double[]{0, 0, 10.5, 1})))))
                .isEqualTo(new ConfigError("target.points[1]", "coordinates must be numbers in [-10, 10] (got [10.5, 1])"));
        double[] many = new double[2 * 5001];
        assertThat(only(D.withTarget(new TargetSpec("points", Map.of(), new PointSet(many)))).message()).contains("(got 5001 points)");
        assertThat(errors(D.withTarget(new TargetSpec("points", Map.of(), new PointSet(new double[2 * 5000]))))).isEmpty();
        // many bad points: a bounded number of messages
        double[] bad = new double[2 * 1000];
        java.util.Arrays.fill(bad, Double.NaN);
        List<ConfigError> e = errors(D.withTarget(new TargetSpec("points", Map.of(), new PointSet(bad))));
        assertThat(e).hasSize(ConfigValidator.MAX_ELEMENT_ERRORS + 1);
        assertThat(e.get(e.size() - 1).message()).startsWith("990 more points");
    }

    @Test
    void everyProblemIsListed() {
        ExperimentConfig c = new ExperimentConfig(2, new TargetSpec("ring8", Map.of("radius", 0.0), null),
                new NoiseSpec(0, NoiseDistribution.UNIFORM), new NetworkSpec(List.of(0), ActivationName.ELU), D.discriminator(),
                new ObjectiveSpec(Divergence.GAN, GeneratorLoss.NONSATURATING, -1, -1, 11, 0, 0),
                new OptimizerSpec(new OptimizerParams(OptimizerName.SGD, -1, 0, 0, 1), Defaults.OPTIMIZER, Schedule.COSINE, 0),
                0, 11, Scheme.ALTERNATING, 5);
        assertThat(errors(c)).extracting(ConfigError::field).containsExactlyInAnyOrder("v", "target.radius", "noise.dim",
                "generator.hidden[0]", "objective.clip", "objective.lambda", "objective.a", "optimizer.generator.lr",
                "optimizer.generator.momentum", "optimizer.decaySteps", "batchSize", "dSteps");
    }

    @Test
    void limitsRejectEmptyRanges() {
        assertThatThrownBy(() -> new Limits(0, 4, 1, 1, 2, 1)).hasMessageContaining("maxWidth");
        assertThatThrownBy(() -> new Limits(1, 0, 1, 1, 1, 1)).hasMessageContaining("maxPoints");
        assertThat(new Limits(1, 0, 1, 1, 2, 1).maxDepth()).isZero();
        List<Limits> ok = new ArrayList<>(List.of(Limits.DEFAULTS));
        assertThat(ok.get(0)).isEqualTo(new Limits(256, 4, 4096, 16, 5000, 10));
    }
}
