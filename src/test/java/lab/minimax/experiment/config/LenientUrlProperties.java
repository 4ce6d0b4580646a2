package lab.minimax.experiment.config;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.minimax.experiment.Defaults;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lenient URL parsing replaces exactly the invalid parameter by its default and keeps every
 * other one: the parameters of the result equal the original ones with that one key set to the
 * default's value (for a target parameter: the catalogue default, i.e. the key dropped).
 */
class LenientUrlProperties {

    record Case(ExperimentConfig config, String key, String badValue) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> bad = Arbitraries.of("NaN", "abc", "1e400", "-Infinity", "x,y", "0x1p3", "\u0000", "😀");
        return ConfigArbitraries.validConfigs().flatMap(c -> {
            List<String> keys = new ArrayList<>(ConfigUrl.parameters(c).keySet());
            keys.remove("target.name");
            keys.remove("target.points");
            if (c.target().name().equals("uniform")) {
                keys.remove("target.lo");
                keys.remove("target.hi");
            }
            return Arbitraries.of(keys).flatMap(k -> bad.map(b -> new Case(c, k, b)));
        });
    }

    @Property(tries = 2000)
    void onlyTheInvalidParameterIsReplaced(@ForAll("cases") Case k) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        ConfigUrl.parameters(k.config()).forEach((key, v) -> query.put(key, List.of(v)));
        query.put(k.key(), List.of(k.badValue()));

        ParseResult r = ConfigUrl.parse(query, Limits.DEFAULTS, ParseMode.LENIENT);

        Map<String, String> expected = new LinkedHashMap<>(ConfigUrl.parameters(k.config()));
        if (k.key().startsWith("target.")) {
            expected.remove(k.key());
        } else {
            expected.put(k.key(), ConfigUrl.parameters(Defaults.CONFIG).get(k.key()));
        }
        assertThat(ConfigUrl.parameters(r.config())).isEqualTo(expected);
        assertThat(r.errors()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.field()).startsWith(k.key());
            assertThat(e.message()).contains("must be").contains("using the default");
        });
        assertThat(ConfigUrl.parse(query, Limits.DEFAULTS, ParseMode.STRICT).config()).isNull();
    }
}
