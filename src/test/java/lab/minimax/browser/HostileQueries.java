package lab.minimax.browser;

import lab.minimax.experiment.config.ConfigUrl;
import lab.minimax.experiment.Defaults;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Hostile page queries for the HTTP tests, drawn from a generator passed in: each holds one
 * parameter known to be invalid (so the answer must name it) among up to six random ones with
 * huge numbers, NaN, negative sizes, unicode, 8 KB values, broken escapes or oversized networks.
 * The parser itself is fuzzed in {@code experiment.HostileInputProperties}; these exercise the
 * way in over HTTP.
 */
final class HostileQueries {
    /** A parameter that is invalid whatever else the query holds, and its name. */
    record Planted(String key, String value) {
    }

    /** One query as it stands in the address bar (keys and values percent-encoded). */
    record Query(String text, Planted planted) {
    }

    static final List<Planted> PLANTED = List.of(
            new Planted("batchSize", "-5"), new Planted("batchSize", "NaN"), new Planted("batchSize", "1e400"),
            new Planted("noise.dim", "100000"), new Planted("noise.dim", "-1"),
            new Planted("generator.hidden", "100000,100000"), new Planted("discriminator.hidden", "64,64,64,64,64,64,64"),
            new Planted("generator.hidden", "-64"), new Planted("dSteps", "99999999999999999999"),
            new Planted("optimizer.generator.lr", "Infinity"), new Planted("objective.divergence", "<script>alert(1)</script>"),
            new Planted("seed", "NaN"), new Planted("generator.activation", "\u202eulre"));

    static final List<String> VALUES = List.of("1e400", "-1e400", "NaN", "Infinity", "-Infinity", "-0", "-1",
            "-2147483649", "9223372036854775808", "9".repeat(400), "0x10", "1e99999999999", "١٢٣", "", " ",
            "\u0000", "日本語", "😀", "\ud800", "<img src=x onerror=alert(1)>", "a".repeat(8 * 1024), "%zz", "../../etc/passwd",
            "256,256,256,256,256,256,256,256", "1000000,1000000", "4096", "65536", "null", "{}", "[[[[1]]]]",
            "ring8", "points", "1,2;3,4;" .repeat(200), "true", "\r\n\t");
    static final List<String> KEYS = keys();
    /** Already-encoded fragments that no URL encoder would produce: broken UTF-8 and escapes. */
    static final List<String> RAW = List.of("%E2%82", "%00", "%C0%AF", "%ED%A0%80", "%25zz", "&&&", "=", "a==b",
            "target.name", "_hide=" + "x,".repeat(100), "_preset=nope", "_preset=ring8-gan");

    private HostileQueries() {
    }

    private static List<String> keys() {
        List<String> k = new ArrayList<>(ConfigUrl.parameters(Defaults.CONFIG).keySet());
        k.addAll(List.of("target.points", "target.modes", "target.lo", "ui.preset", "_preset", "_hide", "v", "",
                "foo", "генератор", "k".repeat(500), "target.", "noise"));
        return k;
    }

    static <T> T pick(List<T> list, RandomGenerator r) {
        return list.get(r.nextInt(list.size()));
    }

    /** A hostile query: the planted parameter at a random place among 0–6 random parameters. */
    static Query next(RandomGenerator r) {
        Planted planted = pick(PLANTED, r);
        List<String> parts = new ArrayList<>();
        int n = r.nextInt(7);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(5) == 0) {
                parts.add(pick(RAW, r));
                continue;
            }
            String key = pick(KEYS, r);
            if (key.equals(planted.key())) {
                continue; // a second value for the planted key could make it valid
            }
            parts.add(VaadinHttpClient.enc(key) + "=" + VaadinHttpClient.enc(pick(VALUES, r)));
        }
        String plantedPart = VaadinHttpClient.enc(planted.key()) + "=" + VaadinHttpClient.enc(planted.value());
        parts.add(r.nextInt(parts.size() + 1), plantedPart);
        return new Query(String.join("&", parts), planted);
    }
}
