package lab.minimax.experiment.config;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.minimax.experiment.ActivationName;
import lab.minimax.experiment.Defaults;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.Engine;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.NetworkSpec;
import lab.minimax.experiment.PointSet;
import lab.minimax.experiment.preset.Preset;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.experiment.TargetSpec;
import lab.minimax.experiment.TrainMode;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigUrlTest {

    private static ParseResult strict(String q) {
        return ConfigUrl.parse(q, Limits.DEFAULTS, ParseMode.STRICT);
    }

    private static ParseResult lenient(String q) {
        return ConfigUrl.parse(q, Limits.DEFAULTS, ParseMode.LENIENT);
    }

    @Test
    void linksWithoutTheLessonFieldsTrainBothNetworksWithoutTheEntropyTerm() {
        ExperimentConfig old = strict("target.name=grid25&objective.divergence=wgan-gp&seed=4").config();
        assertThat(old.trainMode()).isEqualTo(TrainMode.BOTH);
        assertThat(old.objective().entropyWeight()).isZero();
        ExperimentConfig lesson = strict("trainMode=d-only&objective.entropyWeight=0.5").config();
        assertThat(lesson).isEqualTo(Defaults.CONFIG.withTrainMode(TrainMode.DISCRIMINATOR_ONLY)
                .withObjective(Defaults.CONFIG.objective().withEntropyWeight(0.5)));
        assertThat(strict("trainMode=frozen").errors()).containsExactly(
                new ConfigError("trainMode", "must be one of both|d-only (got \"frozen\")"));
        assertThat(strict("objective.entropyWeight=11").errors()).extracting(ConfigError::field)
                .containsExactly("objective.entropyWeight");
        assertThat(strict(ConfigUrl.write(lesson)).config()).isEqualTo(lesson);
        assertThat(ConfigJson.parse(ConfigJson.write(lesson), Limits.DEFAULTS).config()).isEqualTo(lesson);
    }

    @Test
    void writesEveryKeyFlattenedWithDotsAndCompactNumbers() {
        String q = ConfigUrl.write(Defaults.CONFIG);
        assertThat(q).startsWith("v=1&target.name=ring8&target.radius=2&target.sd=0.02&noise.dim=2");
        assertThat(q).contains("&generator.hidden=64,64&", "&optimizer.generator.lr=0.001&", "&optimizer.decaySteps=20000&",
                "&objective.generatorLoss=nonsaturating&", "&seed=1");
        assertThat(q.split("&")).hasSize(43); // 42 keys before generator.batchNorm
        assertThat(q).contains("&generator.kind=mlp&generator.hidden=64,64&generator.channels=&generator.activation=relu"
                + "&generator.output=linear&generator.batchNorm=false&", "&trainMode=both&conditional=false&seed=1");
        assertThat(q).endsWith("&_engine=" + Engine.VERSION); // the engine stamp, a UI key the parser skips
        assertThat(strict(q).config()).isEqualTo(Defaults.CONFIG);
        assertThat(q).contains("&objective.entropyWeight=0&", "&trainMode=both&");
        assertThat(ConfigUrl.write(Presets.get("ring8-wgan-clip").config())).contains("optimizer.generator.lr=5e-5");
        ExperimentConfig none = Defaults.CONFIG.withNetworks(Defaults.CONFIG.noise(), new NetworkSpec(List.of(), ActivationName.LINEAR),
                Defaults.CONFIG.discriminator());
        assertThat(ConfigUrl.write(none)).contains("&generator.hidden=&");
        assertThat(strict(ConfigUrl.write(none)).config()).isEqualTo(none);
    }

    @Test
    void pointsAreWrittenAsPairs() {
        ExperimentConfig c = Defaults.CONFIG.withTarget(new TargetSpec("points", Map.of(),
                new PointSet(new double[]{0.5, -1, 2, 3.25})));
        assertThat(ConfigUrl.parameters(c)).containsEntry("target.points", "0.5,-1;2,3.25");
        assertThat(ConfigUrl.write(c)).contains("target.points=0.5,-1;2,3.25&");
        assertThat(strict(ConfigUrl.write(c)).config()).isEqualTo(c);
    }

    /** A digit subset of the image target goes through the URL and JSON unchanged, and a bad one is named. */
    @Test
    void aDigitSubsetRoundTripsThroughUrlAndJson() {
        ExperimentConfig c = Presets.get("mnist-gan").config()
                .withTarget(new TargetSpec("mnist", Map.of(), null, "0,1,7"));
        assertThat(ConfigUrl.write(c)).contains("target.digits=0,1,7");
        ParseResult r = strict(ConfigUrl.write(c));
        assertThat(r.errors()).isEmpty();
        assertThat(r.config()).isEqualTo(c);
        assertThat(r.config().target().digits()).isEqualTo("0,1,7");
        ParseResult j = ConfigJson.parse(ConfigJson.write(c), Limits.DEFAULTS);
        assertThat(j.errors()).isEmpty();
        assertThat(j.config()).isEqualTo(c);
        ParseResult bad = strict(ConfigUrl.write(c).replace("target.digits=0,1,7", "target.digits=0,12"));
        assertThat(bad.errors()).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("target.digits");
            assertThat(e.message()).contains("12", "0–9");
        });
    }

    @Test
    void presetsRoundTripAndFitInAUrl() {
        for (Preset p : Presets.ALL) {
            String q = ConfigUrl.write(p.config());
            assertThat(q.length()).as(p.id()).isLessThan(6 * 1024);
            ParseResult r = strict("?" + q);
            assertThat(r.errors()).as(p.id()).isEmpty();
            assertThat(r.config()).as(p.id()).isEqualTo(p.config());
        }
    }

    @Test
    void shortHandWrittenLinksWork() {
        ParseResult r = strict("target.name=grid25&objective.divergence=wgan-gp&dSteps=5");
        assertThat(r.errors()).isEmpty();
        assertThat(r.config().target()).isEqualTo(TargetSpec.of("grid25"));
        assertThat(r.config().objective().divergence()).isEqualTo(Divergence.WGAN_GP);
        assertThat(r.config().dSteps()).isEqualTo(5);
        assertThat(r.config().optimizer()).isEqualTo(Defaults.CONFIG.optimizer());
        assertThat(strict("").config()).isEqualTo(Defaults.CONFIG);
        assertThat(strict((String) null).config()).isEqualTo(Defaults.CONFIG);
    }

    @Test
    void uiKeysAreLeftToTheUiAndUnknownKeysAreReported() {
        assertThat(strict("_hide=objective&ui.preset=ring8-gan&ui.mode=present&seed=3").config()).isEqualTo(Defaults.CONFIG.withSeed(3));
        ParseResult s = strict("seed=3&colour=red");
        assertThat(s.config()).isNull();
        assertThat(s.errors()).containsExactly(new ConfigError("colour", "is not a configuration parameter"));
        ParseResult l = lenient("seed=3&colour=red");
        assertThat(l.config()).isEqualTo(Defaults.CONFIG.withSeed(3));
        assertThat(l.errors()).containsExactly(new ConfigError("colour", "is not a configuration parameter; ignored"));
    }

    @Test
    void lenientKeepsTheValidParametersAndNamesTheReplacedOne() {
        ParseResult r = lenient("target.name=grid25&target.spacing=3&noise.dim=99&optimizer.generator.lr=0.002&seed=42");
        assertThat(r.errors()).containsExactly(new ConfigError("noise.dim", "must be an integer in [1, 16] (got 99); using the default 2"));
        ExperimentConfig c = r.config();
        assertThat(c.target()).isEqualTo(new TargetSpec("grid25", Map.of("spacing", 3.0), null));
        assertThat(c.noise().dim()).isEqualTo(2);
        assertThat(c.optimizer().generator().lr()).isEqualTo(0.002);
        assertThat(c.seed()).isEqualTo(42);
        assertThat(strict("target.name=grid25&target.spacing=3&noise.dim=99").config()).isNull();
    }

    @Test
    void lenientTargetRepairs() {
        ParseResult badName = lenient("target.name=ring9&target.radius=3&seed=5");
        assertThat(badName.config().target()).isEqualTo(Defaults.CONFIG.target());
        assertThat(badName.config().seed()).isEqualTo(5);
        assertThat(badName.errors()).hasSize(1);
        assertThat(badName.errors().get(0).message()).endsWith("; using the default target ring8");

        ParseResult uniform = lenient("target.name=uniform&target.lo=0.5&target.hi=-3");
        assertThat(uniform.config().target()).isEqualTo(new TargetSpec("uniform", Map.of("lo", 0.5), null));
        assertThat(uniform.errors()).containsExactly(new ConfigError("target.hi",
                "must be greater than target.lo (got lo 0.5, hi -3); using lo 0.5, hi 1"));

        ParseResult badPoints = lenient("target.name=points&target.points=1,2;x,3&seed=9");
        assertThat(badPoints.config().target()).isEqualTo(Defaults.CONFIG.target());
        assertThat(badPoints.config().seed()).isEqualTo(9);
        assertThat(badPoints.errors()).extracting(ConfigError::field).containsExactly("target.points[1]");

        ParseResult strayPoints = lenient("target.name=ring8&target.points=1,2;3,4");
        assertThat(strayPoints.config().target()).isEqualTo(TargetSpec.of("ring8"));
        assertThat(strayPoints.errors()).containsExactly(new ConfigError("target.points", "is only allowed for target points; ignored"));

        ParseResult unknownParam = lenient("target.name=ring8&target.spacing=2&target.sd=0.1");
        assertThat(unknownParam.config().target()).isEqualTo(new TargetSpec("ring8", Map.of("sd", 0.1), null));
        assertThat(unknownParam.errors()).extracting(ConfigError::field).containsExactly("target.spacing");
    }

    @Test
    void lenientUsesDefaultsCappedToTheLimits() {
        Limits small = new Limits(32, 2, 128, 4, 100, 3);
        ParseResult r = ConfigUrl.parse("batchSize=999&generator.hidden=16,16,16", small, ParseMode.LENIENT);
        assertThat(r.config().batchSize()).isEqualTo(128);
        assertThat(r.config().generator().hidden()).containsExactly(32, 32);
        assertThat(r.errors()).extracting(ConfigError::toString).containsExactly(
                "generator.hidden: must have at most 2 hidden layers (got 3); using the default 32,32",
                "batchSize: must be an integer in [1, 128] (got 999); using the default 128");
    }

    @Test
    void decodingAndRepeatedKeys() {
        assertThat(strict("target.name=two%2Dgaussians&seed=%2D7").config().seed()).isEqualTo(-7);
        assertThat(strict("seed=1&seed=2").errors()).containsExactly(new ConfigError("seed", "must be given exactly once (got 2 values)"));
        assertThat(lenient("seed=1&seed=2").config().seed()).isEqualTo(1);
        ParseResult badEscape = strict("seed=%zz&dSteps=2");
        assertThat(badEscape.errors()).containsExactly(new ConfigError("query", "parameter 1 is not properly percent-encoded"));
        assertThat(lenient("seed=%zz&dSteps=2").config().dSteps()).isEqualTo(2);
        assertThat(ConfigUrl.encode("a b+c&d=é,;")).isEqualTo("a%20b%2Bc%26d%3D%C3%A9,;");
    }

    @Test
    void sizeCapsAreErrorsNotExceptions() {
        String longQuery = "seed=1&_x=" + "a".repeat(ConfigUrl.MAX_QUERY_LENGTH);
        assertThat(strict(longQuery).errors()).extracting(ConfigError::field).containsExactly("query");
        ParseResult l = lenient(longQuery);
        assertThat(l.config()).isEqualTo(Defaults.CONFIG);
        assertThat(l.errors().get(0).message()).startsWith("is too long").endsWith("; using the defaults");
        assertThat(strict("_a=1&".repeat(ConfigUrl.MAX_PARAMETERS) + "seed=2").errors().get(0).message())
                .isEqualTo("has too many parameters: 101 (at most 100)");
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("seed", List.of("1".repeat(20_000)));
        assertThat(ConfigUrl.parse(map, Limits.DEFAULTS, ParseMode.STRICT).errors()).extracting(ConfigError::field).containsExactly("query");
        String tooManyPoints = "target.name=points&target.points=" + "1,2;".repeat(2000) + "1,2";
        ParseResult limited = ConfigUrl.parse(tooManyPoints, new Limits(256, 4, 4096, 16, 2000, 10), ParseMode.STRICT);
        assertThat(limited.errors()).extracting(ConfigError::toString).containsExactly(
                "target.points: must hold 2 to 2000 points [x, y] with coordinates in [-10, 10] (got 2001 points)");
        assertThat(strict(tooManyPoints).errors()).isEmpty();
        assertThat(strict(tooManyPoints).config().target().points().size()).isEqualTo(2001);
    }

    @Test
    void messagesDoNotEchoLongOrControlCharacters() {
        ParseResult r = strict("optimizer.generator.name=" + ConfigUrl.encode("\u202eevil\u0000" + "x".repeat(100)));
        String m = r.errors().get(0).message();
        assertThat(m).doesNotContain("\u202e", "\u0000").contains("…");
        assertThat(m.length()).isLessThan(120);
    }

    @Test
    void nullValuesInAMapAreErrors() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("seed", null);
        map.put(null, List.of("1"));
        map.put("dSteps", java.util.Arrays.asList((String) null));
        ParseResult r = ConfigUrl.parse(map, Limits.DEFAULTS, ParseMode.STRICT);
        assertThat(r.errors()).extracting(ConfigError::field).containsExactly("seed", "query", "dSteps");
    }
}
