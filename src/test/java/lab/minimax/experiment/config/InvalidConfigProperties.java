package lab.minimax.experiment.config;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 10,000 randomly broken configurations: each yields at least one message naming the broken
 * field, and neither the validator nor the codecs throw. Lenient URL parsing of the same config
 * always gives a valid one.
 */
class InvalidConfigProperties {

    @Provide
    Arbitrary<InvalidConfigs.Broken> broken() {
        return InvalidConfigs.broken();
    }

    @Property(tries = 10_000)
    void everyBrokenConfigIsReportedWithItsField(@ForAll("broken") InvalidConfigs.Broken b) {
        List<ConfigError> errors = ConfigValidator.validate(b.config(), Limits.DEFAULTS);
        assertThat(errors).isNotEmpty();
        assertThat(errors).allSatisfy(e -> {
            assertThat(e.field()).isNotBlank();
            assertThat(e.message()).isNotBlank();
        });
        // plain anyMatch: AssertJ's anySatisfy builds an AssertionError per non-matching element
        assertThat(errors.stream().anyMatch(e -> e.field().startsWith(b.field())))
                .as("an error names %s: %s", b.field(), errors).isTrue();
        if (complete(b.config())) {
            ParseResult json = ConfigJson.parse(ConfigJson.write(b.config()), Limits.DEFAULTS);
            assertThat(json.config()).isNull();
            assertThat(json.errors()).isNotEmpty().allSatisfy(e -> assertThat(e.field()).isNotBlank());
            String query = ConfigUrl.write(b.config());
            ParseResult strict = ConfigUrl.parse(query, Limits.DEFAULTS, ParseMode.STRICT);
            assertThat(strict.config()).isNull();
            assertThat(strict.errors()).isNotEmpty().allSatisfy(e -> assertThat(e.field()).isNotBlank());
            ParseResult lenient = ConfigUrl.parse(query, Limits.DEFAULTS, ParseMode.LENIENT);
            assertThat(lenient.errors()).isNotEmpty();
            assertThat(ConfigValidator.validate(lenient.config(), Limits.DEFAULTS)).isEmpty();
        }
    }

    /** The codecs write configs whose component records are all present. */
    private static boolean complete(ExperimentConfig c) {
        return c.target() != null && c.noise() != null && c.generator() != null && c.discriminator() != null
                && c.objective() != null && c.optimizer() != null && c.optimizer().generator() != null
                && c.optimizer().discriminator() != null;
    }
}
