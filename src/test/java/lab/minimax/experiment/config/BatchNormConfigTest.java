package lab.minimax.experiment.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.NetworkKind;
import lab.minimax.experiment.NetworkSpec;
import lab.minimax.experiment.OutputActivation;
import lab.minimax.experiment.preset.Presets;
import org.junit.jupiter.api.Test;

/** generator.batchNorm (issue 14): codecs and validation. */
class BatchNormConfigTest {

    private static ExperimentConfig dcgan(boolean bn) {
        ExperimentConfig c = Presets.get("mnist-dcgan").config();
        NetworkSpec g = c.generator();
        return c.withNetworks(c.noise(), new NetworkSpec(g.kind(), g.hidden(), g.channels(), g.activation(), g.output(), bn),
                c.discriminator());
    }

    /**
     * batch norm over channels adds a scale γ_c and a shift β_c per channel: after the dense layer
     * (C₀ channels of 7×7) and after the first transposed convolution (C₁ of 14×14), so G gains
     * 2·(C₀ + C₁) parameters; the normalised G trains with finite losses.
     */
    @Test
    void aBatchNormGeneratorHasItsScalesAndShiftsAndTrains() {
        ExperimentConfig with = dcgan(true);
        int c0 = with.generator().channels().get(0);
        int c1 = with.generator().channels().get(1);
        lab.minimax.gan.Trainer plain = lab.minimax.gan.TrainerFactory.create(dcgan(false));
        lab.minimax.gan.Trainer bn = lab.minimax.gan.TrainerFactory.create(with);
        assertThat(bn.generator().parameterCount() - plain.generator().parameterCount()).isEqualTo(2 * (c0 + c1));
        assertThat(bn.discriminator().parameterCount()).isEqualTo(plain.discriminator().parameterCount());
        for (int i = 0; i < 20; i++) {
            lab.minimax.gan.StepStats s = bn.step();
            assertThat(Double.isFinite(s.lossD) && Double.isFinite(s.lossG)).as("step " + i).isTrue();
        }
    }

    @Test
    void urlRoundTripKeepsBatchNorm() {
        ExperimentConfig c = dcgan(true);
        String q = ConfigUrl.write(c);
        assertThat(q).contains("&generator.batchNorm=true&");
        ParseResult r = ConfigUrl.parse(q, Limits.DEFAULTS, ParseMode.STRICT);
        assertThat(r.errors()).isEmpty();
        assertThat(r.config()).isEqualTo(c);
        assertThat(r.config().generator().batchNorm()).isTrue();
        assertThat(ConfigUrl.write(r.config())).isEqualTo(q);
    }

    @Test
    void jsonRoundTripKeepsBatchNorm() throws Exception {
        ExperimentConfig c = dcgan(true);
        String json = ConfigJson.write(c);
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(root.get("generator").get("batchNorm").isBoolean()).isTrue();
        assertThat(root.get("generator").get("batchNorm").booleanValue()).isTrue();
        assertThat(root.get("discriminator").has("batchNorm")).isFalse();
        ParseResult r = ConfigJson.parse(json, Limits.DEFAULTS);
        assertThat(r.errors()).isEmpty();
        assertThat(r.config()).isEqualTo(c);
        assertThat(ConfigJson.write(r.config())).isEqualTo(json);
    }

    @Test
    void missingKeyMeansNoBatchNorm() {
        ParseResult r = ConfigJson.parse("{\"target\": {\"name\": \"mnist\"}, \"generator\": {\"kind\": \"conv\","
                + " \"hidden\": [], \"channels\": [64, 32]}}", Limits.DEFAULTS);
        assertThat(r.config().generator().batchNorm()).isFalse();
    }

    @Test
    void mlpGeneratorRefusesBatchNorm() {
        ExperimentConfig c = Presets.get("mnist-gan").config();
        NetworkSpec g = c.generator();
        assertThat(g.kind()).isEqualTo(NetworkKind.MLP);
        ExperimentConfig bad = c.withNetworks(c.noise(),
                new NetworkSpec(g.kind(), g.hidden(), g.channels(), g.activation(), g.output(), true), c.discriminator());
        List<ConfigError> errors = ConfigValidator.validate(bad, Limits.DEFAULTS);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("generator.batchNorm");
            assertThat(e.message()).startsWith("must be false").contains("generator.kind = conv");
        });
        // the same through the URL codec
        ParseResult r = ConfigUrl.parse(ConfigUrl.write(bad), Limits.DEFAULTS, ParseMode.STRICT);
        assertThat(r.errors()).extracting(ConfigError::field).containsExactly("generator.batchNorm");
    }

    @Test
    void discriminatorRefusesBatchNorm() {
        ExperimentConfig c = dcgan(false);
        NetworkSpec d = c.discriminator();
        ExperimentConfig bad = c.withNetworks(c.noise(), c.generator(),
                new NetworkSpec(d.kind(), d.hidden(), d.channels(), d.activation(), OutputActivation.LINEAR, true));
        List<ConfigError> errors = ConfigValidator.validate(bad, Limits.DEFAULTS);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("discriminator.batchNorm");
            assertThat(e.message()).startsWith("must be false").contains("conv generator only");
        });
        assertThat(ConfigValidator.validate(dcgan(true), Limits.DEFAULTS)).isEmpty();
    }

    @Test
    void discriminatorHasNoBatchNormKey() {
        assertThat(ConfigUrl.parse("v=1&discriminator.batchNorm=true", Limits.DEFAULTS, ParseMode.STRICT).errors())
                .extracting(ConfigError::field).containsExactly("discriminator.batchNorm");
    }

    @Test
    void badJsonTypeIsNamed() {
        assertThat(ConfigJson.parse("{\"generator\": {\"batchNorm\": \"yes\"}}", Limits.DEFAULTS).errors()).containsExactly(
                new ConfigError("generator.batchNorm", "must be true or false (got the string \"yes\")"));
    }
}
