package lab.minimax.experiment;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.List;
import java.util.Map;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.experiment.config.ConfigUrl;
import lab.minimax.experiment.config.ConfigValidator;
import lab.minimax.experiment.config.ParseMode;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultsTest {

    @net.jqwik.api.Example
    void defaultConfigIsTheDocumentedOne() {
        ExperimentConfig c = Defaults.CONFIG;
        OptimizerParams adam = new OptimizerParams(OptimizerName.ADAM, 0.001, 0.5, 0.999, 0);
        NetworkSpec net = new NetworkSpec(List.of(64, 64), ActivationName.RELU);
        assertThat(c).isEqualTo(new ExperimentConfig(ExperimentConfig.CURRENT_VERSION,
                new TargetSpec("ring8", Map.of("radius", 2.0, "sd", 0.02), null),
                new NoiseSpec(2, NoiseDistribution.GAUSSIAN), net, net,
                new ObjectiveSpec(Divergence.GAN, GeneratorLoss.NONSATURATING, 0.01, 0.1, 0, 1, 1),
                new OptimizerSpec(adam, adam, Schedule.CONSTANT, 20000), 256, 1, Scheme.ALTERNATING, 1));
        assertThat(Defaults.forLimits(Limits.DEFAULTS)).isEqualTo(c);
    }

    @net.jqwik.api.Example
    void targetDefaultsComeFromTheCatalogue() {
        assertThat(Defaults.target("mixture").params()).isEqualTo(Map.of("modes", 2.0, "spacing", 4.0, "sd", 0.5));
        assertThat(Defaults.target("points").points()).isNull();
    }

    /** Whatever the operator's limits, the capped defaults are valid under them. */
    @Property(tries = 300)
    void cappedDefaultsAreValidUnderAnyLimits(@ForAll @IntRange(min = 1, max = 300) int width,
                                              @ForAll @IntRange(min = 0, max = 6) int depth,
                                              @ForAll @IntRange(min = 1, max = 5000) int batch,
                                              @ForAll @IntRange(min = 1, max = 20) int noise,
                                              @ForAll @IntRange(min = 1, max = 12) int dSteps) {
        Limits limits = new Limits(width, depth, batch, noise, 100, dSteps);
        assertThat(ConfigValidator.validate(Defaults.forLimits(limits), limits)).isEmpty();
        assertThat(ConfigJson.parse("{}", limits).config()).isEqualTo(Defaults.forLimits(limits));
        assertThat(ConfigUrl.parse("", limits, ParseMode.STRICT).config()).isEqualTo(Defaults.forLimits(limits));
    }
}
