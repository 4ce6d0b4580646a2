package lab.minimax.experiment.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.minimax.experiment.Defaults;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.Engine;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.ObjectiveSpec;
import lab.minimax.experiment.OptimizerName;
import lab.minimax.experiment.OptimizerParams;
import lab.minimax.experiment.PointSet;
import lab.minimax.experiment.preset.Preset;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.experiment.TargetSpec;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigJsonTest {

    private static ParseResult parse(String json) {
        return ConfigJson.parse(json, Limits.DEFAULTS);
    }

    private static List<String> fields(ParseResult r) {
        return r.errors().stream().map(ConfigError::field).toList();
    }

    @Test
    void writtenJsonHasTheIssuesKeysInAStableOrder() throws Exception {
        String json = ConfigJson.write(Presets.get("points-smiley").config());
        assertThat(json).isEqualTo(ConfigJson.write(Presets.get("points-smiley").config()));
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(names(root)).containsExactly("v", "engine", "target", "noise", "generator", "discriminator", "objective",
                "optimizer", "batchSize", "dSteps", "scheme", "trainMode", "conditional", "seed");
        assertThat(names(root.get("target"))).containsExactly("name", "bandwidth", "points");
        assertThat(root.get("target").get("points").get(0).size()).isEqualTo(2);
        assertThat(names(root.get("noise"))).containsExactly("dim", "distribution");
        assertThat(names(root.get("generator"))).containsExactly("kind", "hidden", "channels", "activation", "output", "batchNorm");
        assertThat(names(root.get("discriminator"))).containsExactly("kind", "hidden", "channels", "activation");
        assertThat(root.get("conditional").isBoolean()).isTrue();
        assertThat(names(root.get("objective"))).containsExactly("divergence", "generatorLoss", "clip", "lambda", "a", "b", "c",
                "entropyWeight");
        assertThat(names(root.get("optimizer"))).containsExactly("generator", "discriminator", "schedule", "decaySteps");
        assertThat(names(root.get("optimizer").get("discriminator"))).containsExactly("name", "lr", "beta1", "beta2", "momentum");
        assertThat(root.get("optimizer").get("generator").get("lr").asDouble()).isEqualTo(1e-3);
        assertThat(root.get("generator").get("hidden").toString()).isEqualTo("[64,64]");
        assertThat(root.get("objective").get("divergence").asText()).isEqualTo("gan");
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void presetsRoundTrip() {
        for (Preset p : Presets.ALL) {
            ParseResult r = parse(ConfigJson.write(p.config()));
            assertThat(r.errors()).as(p.id()).isEmpty();
            assertThat(r.config()).as(p.id()).isEqualTo(p.config());
        }
    }

    /** The engine stamp is informational: files of any engine version read; a malformed one is named. */
    @Test
    void engineStampIsWrittenAndReadButNotRequired() {
        String json = ConfigJson.write(Defaults.CONFIG);
        assertThat(json).contains("\"engine\": " + Engine.VERSION + ",");
        assertThat(parse(json.replace("\"engine\": " + Engine.VERSION, "\"engine\": 1")).config()).isEqualTo(Defaults.CONFIG);
        assertThat(parse("{\"v\": 1}").config()).isEqualTo(Defaults.CONFIG);
        ParseResult bad = parse("{\"engine\": \"two\"}");
        assertThat(fields(bad)).containsExactly("engine");
        assertThat(bad.errors().get(0).message()).contains("positive integer");
        assertThat(fields(parse("{\"engine\": 0}"))).containsExactly("engine");
    }

    @Test
    void missingKeysTakeTheDefaults() {
        assertThat(parse("{}").config()).isEqualTo(Defaults.CONFIG);
        ParseResult r = parse("{\"target\": {\"name\": \"grid25\"}, \"optimizer\": {\"discriminator\": {\"lr\": 2e-4}}, \"seed\": 7}");
        assertThat(r.errors()).isEmpty();
        ExperimentConfig c = r.config();
        assertThat(c.target()).isEqualTo(TargetSpec.of("grid25"));
        assertThat(c.optimizer().discriminator()).isEqualTo(new OptimizerParams(OptimizerName.ADAM, 2e-4, 0.5, 0.999, 0));
        assertThat(c.optimizer().generator()).isEqualTo(Defaults.OPTIMIZER);
        assertThat(c.seed()).isEqualTo(7);
        assertThat(c.withSeed(1).withTarget(Defaults.CONFIG.target()).withOptimizer(Defaults.CONFIG.optimizer()))
                .isEqualTo(Defaults.CONFIG);
    }

    @Test
    void missingKeysTakeDefaultsCappedToTheLimits() {
        Limits small = new Limits(32, 1, 100, 1, 50, 1);
        ParseResult r = ConfigJson.parse("{}", small);
        assertThat(r.errors()).isEmpty();
        assertThat(r.config().generator().hidden()).containsExactly(32);
        assertThat(r.config().batchSize()).isEqualTo(100);
        assertThat(r.config().noise().dim()).isEqualTo(1);
    }

    @Test
    void integralNumbersAreAcceptedForIntegers() {
        assertThat(parse("{\"batchSize\": 2.56e2, \"dSteps\": 5.0}").config().batchSize()).isEqualTo(256);
        assertThat(parse("{\"batchSize\": 256.5}").errors()).containsExactly(
                new ConfigError("batchSize", "must be an integer in [1, 4096] (got \"256.5\")"));
    }

    @Test
    void wrongTypesUnknownKeysAndRangesAreAllListed() {
        ParseResult r = parse("{\"v\": \"1\", \"noise\": 3, \"generator\": {\"hidden\": [64, \"x\"], \"depth\": 2},"
                + " \"objective\": {\"divergence\": \"wgan\"}, \"optimizer\": {\"generator\": {\"lr\": 1e400}},"
                + " \"batchSize\": -4, \"colour\": \"red\", \"target\": {\"name\": \"ring8\", \"radius\": [2]}}");
        assertThat(r.config()).isNull();
        assertThat(fields(r)).containsExactlyInAnyOrder("v", "noise", "generator.hidden[1]", "generator.depth",
                "objective.divergence", "optimizer.generator.lr", "batchSize", "colour", "target.radius");
        assertThat(r.errors()).contains(
                new ConfigError("v", "must be an integer in [1, 1] (got the string \"1\")"),
                new ConfigError("objective.divergence",
                        "must be one of gan|kl|reverse-kl|pearson|neyman|hellinger|js|tv|wgan-clip|wgan-gp|lsgan|hinge (got \"wgan\")"),
                new ConfigError("optimizer.generator.lr", "must be a number in (0, 10] (got \"1e400\")"),
                new ConfigError("batchSize", "must be an integer in [1, 4096] (got -4)"),
                new ConfigError("target.radius", "must be a number in [0.5, 10] (got an array)"));
        assertThat(r.errors().stream().filter(e -> e.field().equals("colour")).findFirst().orElseThrow().message())
                .startsWith("is not a configuration key").contains("batchSize");
    }

    @Test
    void malformedJsonNamesWhereItBroke() {
        ParseResult r = parse("{\"noise\": {\"dim\": 2,, }}");
        assertThat(r.config()).isNull();
        assertThat(r.errors()).hasSize(1);
        assertThat(r.errors().get(0).message()).startsWith("is not valid JSON (line 1");
        assertThat(parse("{\"v\": 1, \"v\": 1}").errors().get(0).message()).contains("Duplicate field 'v'");
        assertThat(parse("{\"v\": NaN}").config()).isNull();
        assertThat(parse("").errors()).extracting(ConfigError::field).containsExactly("json");
        assertThat(parse(null).errors()).extracting(ConfigError::field).containsExactly("json");
        assertThat(parse("[1]").errors()).containsExactly(new ConfigError("json", "must be a JSON object {…} (got an array)"));
        assertThat(parse("{} {}").config()).isNull();
        assertThat(parse("{\"\": 1}").errors()).containsExactly(new ConfigError("json", "has a key with an empty name"));
    }

    @Test
    void hostileSizesAreRefusedEarly() {
        String deep = "{\"target\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        ParseResult r = parse(deep);
        assertThat(r.config()).isNull();
        assertThat(r.errors()).anySatisfy(e -> assertThat(e.message()).contains("nesting depth"));
        ParseResult deepArray = parse("[".repeat(100_000) + "]".repeat(100_000));
        assertThat(deepArray.errors()).extracting(ConfigError::field).containsExactly("json");

        String big = "{\"seed\": 1, \"x\": \"" + "a".repeat(ConfigJson.MAX_INPUT_LENGTH) + "\"}";
        assertThat(parse(big).errors()).containsExactly(new ConfigError("json",
                "is too long: " + big.length() + " characters (at most 1000000)"));

        assertThat(parse("{\"seed\": " + "9".repeat(500) + "}").errors().get(0).field()).isEqualTo("seed");
        assertThat(parse("{\"target\": {\"name\": \"" + "n".repeat(5000) + "\"}}").config()).isNull();

        String tooMany = "{\"target\": {\"name\": \"points\", \"points\": [" + "[1, 2], ".repeat(6000) + "[1, 2]]}}";
        assertThat(parse(tooMany).errors()).containsExactly(new ConfigError("target.points",
                "must hold 2 to 5000 points [x, y] with coordinates in [-10, 10] (got 6001 points)"));
        String hidden = "{\"generator\": {\"hidden\": [" + "1, ".repeat(1000) + "1]}}";
        assertThat(parse(hidden).errors()).containsExactly(new ConfigError("generator.hidden",
                "must have at most 4 hidden layers (got 1001)"));
    }

    @Test
    void pointsAreReadAndChecked() {
        ParseResult ok = parse("{\"target\": {\"name\": \"points\", \"points\": [[0, 0], [1.5, -2], [-0.0, 10]]}}");
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.config().target().points()).isEqualTo(new PointSet(new double[]{0, 0, 1.5, -2, -0.0, 10}));
        ParseResult bad = parse("{\"target\": {\"name\": \"points\", \"points\": [[0, 0], [1], [1, 2, 3], \"x\", [1, 11]]}}");
        assertThat(fields(bad)).contains("target.points[1]", "target.points[2]", "target.points[3]");
        ParseResult stray = parse("{\"target\": {\"name\": \"ring8\", \"points\": [[0, 0], [1, 1]]}}");
        assertThat(stray.errors()).containsExactly(new ConfigError("target.points", "is only allowed for target points"));
    }

    @Test
    void targetParametersMayComeBeforeTheName() {
        ParseResult r = parse("{\"target\": {\"spacing\": 3, \"name\": \"grid25\"}}");
        assertThat(r.errors()).isEmpty();
        assertThat(r.config().target()).isEqualTo(new TargetSpec("grid25", Map.of("spacing", 3.0), null));
        assertThat(parse("{\"target\": {\"spacing\": \"3\", \"name\": \"grid25\"}}").errors())
                .containsExactly(new ConfigError("target.spacing", "must be a number in [0.5, 5] (got the string \"3\")"));
    }

    @Test
    void writeRefusesIncompleteConfigs() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfigJson.write(Defaults.CONFIG.withOptimizer(null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("optimizer");
    }

    @Test
    void nonFiniteValuesStayValidJsonAndAreRejectedOnRead() throws Exception {
        ExperimentConfig c = Defaults.CONFIG.withObjective(new ObjectiveSpec(Divergence.GAN, GeneratorLoss.NONSATURATING,
                Double.NaN, Double.POSITIVE_INFINITY, 0, 1, 1));
        String json = ConfigJson.write(c);
        new ObjectMapper().readTree(json);
        assertThat(fields(parse(json))).containsExactlyInAnyOrder("objective.clip", "objective.lambda");
    }

    /**
     * The image settings (conv nets, tanh/sigmoid outputs, labels) are read and written like any
     * field, and refused on the 1D/2D targets, each on its own field; JSON booleans only for the flag.
     */
    @Test
    void imageSettingsParseAndAreRefusedOnEachFieldWithoutAnImageTarget() {
        ParseResult conv = parse("""
                {"generator": {"kind": "conv", "channels": [64, 32], "output": "tanh"},
                 "discriminator": {"kind": "conv", "channels": [32, 64]}, "conditional": true}""");
        assertThat(fields(conv)).containsExactlyInAnyOrder("generator.kind", "generator.channels", "generator.output",
                "discriminator.kind", "discriminator.channels", "conditional");
        assertThat(conv.errors()).anySatisfy(e -> assertThat(e.message()).contains("conv networks train on 28 × 28 images"));
        assertThat(fields(parse("{\"generator\": {\"channels\": [8]}}"))).containsExactly("generator.channels");
        assertThat(parse("{\"conditional\": \"yes\"}").errors()).containsExactly(
                new ConfigError("conditional", "must be true or false (got the string \"yes\")"));
        assertThat(parse("{\"generator\": {\"kind\": \"cnn\"}}").errors()).containsExactly(
                new ConfigError("generator.kind", "must be one of mlp|conv (got \"cnn\")"));
        assertThat(fields(parse("{\"discriminator\": {\"channels\": [8, 8, 8]}}"))).containsExactly("discriminator.channels");
        assertThat(parse("{\"discriminator\": {\"output\": \"tanh\"}}").errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("not a configuration key"));
        ParseResult plain = parse("{\"generator\": {\"kind\": \"mlp\", \"channels\": [], \"output\": \"linear\"},"
                + " \"conditional\": false}");
        assertThat(plain.errors()).isEmpty();
        assertThat(plain.config()).isEqualTo(Defaults.CONFIG);
    }
}
