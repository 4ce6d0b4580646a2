package lab.minimax.experiment.config;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;

import static org.assertj.core.api.Assertions.assertThat;

/** Valid configurations survive both codecs bit for bit, and the validator accepts them. */
class ConfigRoundTripProperties {

    @Provide
    Arbitrary<ExperimentConfig> valid() {
        return ConfigArbitraries.validConfigs();
    }

    @Property(tries = 2000)
    void generatedConfigsAreValid(@ForAll("valid") ExperimentConfig c) {
        assertThat(ConfigValidator.validate(c, Limits.DEFAULTS)).isEmpty();
    }

    @Property(tries = 2000)
    void jsonRoundTrip(@ForAll("valid") ExperimentConfig c) {
        ParseResult r = ConfigJson.parse(ConfigJson.write(c), Limits.DEFAULTS);
        assertThat(r.errors()).isEmpty();
        assertThat(r.config()).isEqualTo(c);
    }

    @Property(tries = 2000)
    void urlRoundTripThroughTheQueryString(@ForAll("valid") ExperimentConfig c) {
        for (ParseMode mode : ParseMode.values()) {
            ParseResult r = ConfigUrl.parse(ConfigUrl.write(c), Limits.DEFAULTS, mode);
            assertThat(r.errors()).isEmpty();
            assertThat(r.config()).isEqualTo(c);
        }
    }

    @Property(tries = 1000)
    void urlRoundTripThroughTheParameterMap(@ForAll("valid") ExperimentConfig c) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        ConfigUrl.parameters(c).forEach((k, v) -> query.put(k, List.of(v)));
        ParseResult r = ConfigUrl.parse(query, Limits.DEFAULTS, ParseMode.STRICT);
        assertThat(r.errors()).isEmpty();
        assertThat(r.config()).isEqualTo(c);
    }

    /** Doubles of any bit pattern: compact text reads back to the same bits. */
    @Property(tries = 5000)
    void numberTextRoundTripsEveryFiniteDouble(@ForAll long bits) {
        double d = Double.longBitsToDouble(bits);
        if (Double.isFinite(d)) {
            Double back = NumberText.parseDouble(NumberText.format(d));
            assertThat(back).isNotNull();
            assertThat(Double.doubleToRawLongBits(back)).isEqualTo(Double.doubleToRawLongBits(d));
        } else {
            assertThat(NumberText.parseDouble(NumberText.format(d))).isNull();
        }
    }
}
