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
import java.util.Random;
import lab.minimax.experiment.Defaults;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.preset.Presets;

import static net.jqwik.api.Tuple.of;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and malicious JSON documents and query strings (huge numbers, NaN, unicode, deep
 * nesting, long values, wrong types, truncation): the parsers never throw, and every answer is
 * either a valid config or a list of errors each naming a field.
 */
class HostileInputProperties {

    static final List<String> HOSTILE_NUMBERS = List.of("1e400", "-1e400", "NaN", "Infinity", "-Infinity", "-0",
            "1e-400", "123456789012345678901234567890", "0x10", "1.", ".5", "+1", "1e99999999999", "9".repeat(200),
            "0." + "0".repeat(150) + "1", "-", "1e", "--1", "1d", "0b1", "١٢٣", "1_000");
    static final List<String> HOSTILE_STRINGS = List.of("", " ", "\u0000", "\u202e\u202dtxet", "日本語", "😀😀",
            "\\u0000", "\ud800", "<script>alert(1)</script>", "a".repeat(8 * 1024), "%zz", "%E2%82", "%00",
            "a=b&c=d", "\n\r\t", "null", "true", "{}", "[]", "64,64,64,64,64,64", "1,2;3", ";;;", ",", "1,,2",
            "x".repeat(300), "9".repeat(30), "ring8\u0000", "RELU", "Adam");
    static final List<String> KEYS = keys();

    private static List<String> keys() {
        List<String> k = new ArrayList<>(ConfigUrl.parameters(Presets.get("points-smiley").config()).keySet());
        k.addAll(ConfigUrl.parameters(Defaults.CONFIG).keySet());
        k.addAll(List.of("target.lo", "target.hi", "target.modes", "target.", "target", "", "foo", "ui.preset",
                "_hide", "v ", "генератор", "k".repeat(2000), "target.points", "target.name", "noise", "optimizer.generator"));
        return k;
    }

    // ---------------------------------------------------------------- JSON

    @Provide
    Arbitrary<String> hostileJson() {
        Arbitrary<String> base = ConfigArbitraries.validConfigs().map(ConfigJson::write);
        Arbitrary<String> numberSwap = Combinators2.withRandom(base, (json, r) -> replaceNth(json, "\\b-?\\d+(\\.\\d+)?(e-?\\d+)?\\b",
                r, pick(HOSTILE_NUMBERS, r)));
        Arbitrary<String> stringSwap = Combinators2.withRandom(base, (json, r) -> replaceNth(json, "\"[a-z0-9-]+\"(?!:)",
                r, ConfigJson.quote(pick(HOSTILE_STRINGS, r))));
        Arbitrary<String> typeSwap = Combinators2.withRandom(base, (json, r) -> replaceNth(json, ": [^{\\[\\n,]+",
                r, ": " + pick(List.of("{}", "[]", "true", "null", "\"0.1\"", "[[[[1]]]]", "{\"a\": 1}", "[1, 2, 3]"), r)));
        Arbitrary<String> truncated = Combinators2.withRandom(base, (json, r) -> json.substring(0, r.nextInt(json.length())));
        Arbitrary<String> inserted = Combinators2.withRandom(base, (json, r) -> {
            int i = r.nextInt(json.length());
            return json.substring(0, i) + pick(List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "\u0000", "/*", "#", "'"), r)
                    + json.substring(i);
        });
        Arbitrary<String> unknownKey = Combinators2.withRandom(base, (json, r) -> json.replaceFirst("\\{",
                "{" + ConfigJson.quote(pick(KEYS, r)) + ": " + pick(List.of("1", "[" + "1,".repeat(5000) + "1]",
                        "{\"x\": {\"y\": {\"z\": [1]}}}", "\"" + "z".repeat(5000) + "\""), r) + ","));
        Arbitrary<String> duplicate = base.map(json -> json.replaceFirst("\"seed\"", "\"v\": 1, \"seed\""));
        Arbitrary<String> deep = Arbitraries.of(20, 200, 5_000, 100_000).flatMap(n -> Arbitraries.of(
                "[".repeat(n) + "]".repeat(n),
                "{\"target\": " + "{\"a\": ".repeat(n) + "1" + "}".repeat(n) + "}",
                "{\"generator\": {\"hidden\": " + "[".repeat(n) + "]".repeat(n) + "}}",
                "{\"target\": {\"name\": \"points\", \"points\": " + "[".repeat(n)));
        Arbitrary<String> manyPoints = Arbitraries.of(4_999, 5_000, 5_001, 40_000).map(n -> "{\"target\": {\"name\": \"points\", \"points\": ["
                + "[1, 2], ".repeat(n) + "[3, 4]]}}");
        Arbitrary<String> random = Arbitraries.strings().withChars("{}[]\":,0123456789.-eEtruefalsn \\u").ofMaxLength(200);
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(100);
        Arbitrary<String> fixed = Arbitraries.of("", " ", "null", "1", "\"x\"", "[]", "{}", "{\"v\": 1} x", "{\"v\": 1}{}",
                "\uFEFF{}", "{\"v\": 1, \"v\": 1}", "{\"target\": {\"name\": \"points\", \"points\": [[1, 2], [3]]}}",
                "{\"noise\": {\"dim\": 1e400}}", "{\"seed\": 99999999999999999999999}", "{\"seed\": -9223372036854775809}",
                "{\"batchSize\": 256.5}", "{\"batchSize\": 2.56e2}", " ".repeat(1_000_001), "{\"a\":\"" + "x".repeat(1_000_000) + "\"}");
        return Arbitraries.frequencyOf(of(15, numberSwap), of(10, stringSwap), of(10, typeSwap), of(8, truncated),
                of(8, inserted), of(8, unknownKey), of(3, duplicate), of(3, deep), of(2, manyPoints), of(10, random),
                of(5, unicode), of(5, fixed));
    }

    @Property(tries = 5000)
    void hostileJsonGivesErrorsNotExceptions(@ForAll("hostileJson") String json) {
        ParseResult r = ConfigJson.parse(json, Limits.DEFAULTS);
        assertWellFormed(r, ParseMode.STRICT);
    }

    // ---------------------------------------------------------------- URL

    @Provide
    Arbitrary<Map<String, List<String>>> hostileQueryMap() {
        Arbitrary<String> value = Arbitraries.frequencyOf(
                of(3, Arbitraries.of(HOSTILE_STRINGS)), of(3, Arbitraries.of(HOSTILE_NUMBERS)),
                of(2, Arbitraries.of("0.001", "64,64", "ring8", "points", "uniform", "gan", "wgan-gp", "5", "-3", "0",
                        "1,2;3,4", "1,2;3,4;5,6", "4096", "4097")),
                of(1, Arbitraries.strings().all().ofMaxLength(40)));
        Arbitrary<List<String>> values = Arbitraries.frequencyOf(of(10, value.list().ofSize(1)),
                of(1, value.list().ofMaxSize(3)), of(1, Arbitraries.just(null)));
        Arbitrary<String> key = Arbitraries.frequencyOf(of(8, Arbitraries.of(KEYS)),
                of(1, Arbitraries.strings().all().ofMaxLength(20)));
        Arbitrary<Map<String, List<String>>> random = Arbitraries.maps(key, values).ofMaxSize(40);
        Arbitrary<Map<String, List<String>>> mutatedValid = ConfigArbitraries.validConfigs().flatMap(c ->
                Arbitraries.integers().between(1, 4).flatMap(n -> Combinators2.withRandom(Arbitraries.just(c), (cfg, r) -> {
                    Map<String, List<String>> m = new LinkedHashMap<>();
                    ConfigUrl.parameters(cfg).forEach((k, v) -> m.put(k, List.of(v)));
                    List<String> names = new ArrayList<>(m.keySet());
                    for (int i = 0; i < n; i++) {
                        String k = pick(names, r);
                        m.put(k, List.of(r.nextBoolean() ? pick(HOSTILE_STRINGS, r) : pick(HOSTILE_NUMBERS, r)));
                    }
                    return m;
                })));
        Arbitrary<Map<String, List<String>>> huge = Arbitraries.of(
                Map.of("target.points", List.of("1,2;".repeat(4000) + "3,4")),
                Map.of("target.name", List.of("points"), "target.points", List.of("1,2;".repeat(3000) + "3,4")),
                Map.of("seed", List.of("9".repeat(20_000))),
                manyKeys(150));
        return Arbitraries.frequencyOf(of(6, random), of(10, mutatedValid), of(1, huge));
    }

    private static Map<String, List<String>> manyKeys(int n) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put("_k" + i, List.of("1"));
        }
        return m;
    }

    @Property(tries = 2500)
    void hostileQueryMapsGiveErrorsNotExceptions(@ForAll("hostileQueryMap") Map<String, List<String>> query) {
        for (ParseMode mode : ParseMode.values()) {
            assertWellFormed(ConfigUrl.parse(query, Limits.DEFAULTS, mode), mode);
        }
    }

    @Provide
    Arbitrary<String> hostileRawQuery() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                of(5, Combinators2.withRandom(Arbitraries.of(KEYS), (k, r) -> ConfigUrl.encode(k) + "="
                        + (r.nextBoolean() ? ConfigUrl.encode(pick(HOSTILE_STRINGS, r)) : pick(HOSTILE_STRINGS, r)))),
                of(3, Arbitraries.strings().withChars("%=&+;,.?#abcxyz0123456789ABCDEF").ofMaxLength(30)),
                of(1, Arbitraries.strings().all().ofMaxLength(20)));
        Arbitrary<String> joined = piece.list().ofMaxSize(30).map(l -> String.join("&", l));
        Arbitrary<String> validMangled = Combinators2.withRandom(ConfigArbitraries.validConfigs().map(ConfigUrl::write), (q, r) -> {
            int i = r.nextInt(q.length());
            return q.substring(0, i) + pick(List.of("%", "%2", "%zz", "&", "=", "+", "%26", "%3D", "&&", "?"), r) + q.substring(i);
        });
        Arbitrary<String> fixed = Arbitraries.of("", "?", "&", "=", "==", "?&=&", "a".repeat(20_000),
                "&".repeat(200), "v=1&".repeat(120), "seed=" + "9".repeat(9000), "%", "%%", "%e2%82%ac=1");
        return Arbitraries.frequencyOf(of(5, joined), of(5, validMangled), of(1, fixed));
    }

    @Property(tries = 2500)
    void hostileRawQueriesGiveErrorsNotExceptions(@ForAll("hostileRawQuery") String query) {
        for (ParseMode mode : ParseMode.values()) {
            assertWellFormed(ConfigUrl.parse(query, Limits.DEFAULTS, mode), mode);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A valid config without errors, or errors each naming a field (and, lenient, a valid config). */
    static void assertWellFormed(ParseResult r, ParseMode mode) {
        assertThat(r.errors()).allSatisfy(e -> {
            assertThat(e.field()).isNotBlank();
            assertThat(e.message()).isNotBlank();
            assertThat(e.field().length() + e.message().length()).isLessThan(1000);
        });
        if (mode == ParseMode.LENIENT || r.config() != null) {
            assertThat(r.config()).isNotNull();
            assertThat(ConfigValidator.validate(r.config(), Limits.DEFAULTS)).isEmpty();
        }
        if (mode == ParseMode.STRICT) {
            assertThat(r.config() == null).isEqualTo(!r.errors().isEmpty());
        }
    }

    static <T> T pick(List<T> list, Random r) {
        return list.get(r.nextInt(list.size()));
    }

    /** Replaces the n-th match (n random) of a regex with a replacement, or appends it when none. */
    static String replaceNth(String s, String regex, Random r, String replacement) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(s);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[]{m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return s + replacement;
        }
        int[] span = pick(spans, r);
        return s.substring(0, span[0]) + replacement + s.substring(span[1]);
    }
}
