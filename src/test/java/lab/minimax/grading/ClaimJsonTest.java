package lab.minimax.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import lab.minimax.experiment.Defaults;
import lab.minimax.experiment.config.ConfigJson;
import org.junit.jupiter.api.Test;

/**
 * {@link Claim}'s JSON: every field survives a round trip (configs with newlines, quotes and
 * unicode), and every malformed field is refused with a message naming it and its allowed range.
 */
class ClaimJsonTest {
    static final String CONFIG = ConfigJson.write(Defaults.CONFIG);
    static final String DIGEST = "0123456789abcdef".repeat(4);

    static Claim claim() {
        return new Claim(CONFIG, 42, "2", List.of(new Claim.Change(3, "step-d", ""),
                new Claim.Change(0, "live", ConfigJson.write(Defaults.CONFIG.withSeed(-7))),
                new Claim.Change(10, "step-g", "")), DIGEST);
    }

    @Test
    void roundTrip() {
        Claim c = claim();
        String json = c.toJson();
        assertTrue(!json.contains("\n"), "compact: " + json.substring(0, 80));
        assertEquals(c, Claim.fromJson(json));
        Claim empty = new Claim(CONFIG, 0, "2", List.of(), DIGEST);
        assertEquals(empty, Claim.fromJson(empty.toJson()));
    }

    /** The claim's JSON with {@code from} replaced by {@code to} (which must occur). */
    static String edited(String from, String to) {
        String json = claim().toJson();
        assertTrue(json.contains(from), from);
        return json.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    static void refused(String json, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Claim.fromJson(json));
        assertTrue(e.getMessage().contains(message), "expected \"" + message + "\" in: " + e.getMessage());
    }

    @Test
    void malformedFieldsAreRefusedNamingTheField() {
        refused(edited("\"kind\":\"step-g\"", "\"kind\":\"foo\""), "changes[2].kind: 'foo' is not one of live, step-d, step-g");
        refused(edited("\"step\":42", "\"step\":10000001"), "step: must be 0..10000000");
        refused(edited("\"step\":42", "\"step\":-1"), "step: must be 0..10000000");
        refused(edited("\"step\":42", "\"step\":4.5"), "step: must be 0..10000000");
        refused(edited("\"step\":42", "\"step\":\"42\""), "step: must be 0..10000000");
        refused(edited("\"fullSteps\":3", "\"fullSteps\":-3"), "changes[0].fullSteps: must be 0..10000000");
        refused(edited("\"digest\":\"" + DIGEST + "\"", "\"digest\":\"abc\""), "digest: must be 64 lowercase hex digits");
        refused(edited("\"engine\":\"2\"", "\"engine\":\"\""), "engine: must be the engine version");
        refused(edited("{\"configJson\"", "{\"extra\":1,\"configJson\""), "extra: unknown field (known: configJson, step");
        refused(edited(",\"digest\":\"" + DIGEST + "\"", ""), "digest: missing");
        refused(edited("\"kind\":\"step-d\"", "\"kind\":\"step-d\",\"configJson\":\"{}\""),
                "changes[0].configJson: must be empty for a step-d change");
        refused(edited("\"kind\":\"step-d\"", "\"kind\":\"step-d\",\"speed\":1"), "changes[0].speed: unknown field");
        refused(edited("\"changes\":[", "\"changes\":[7,"), "changes[0]: must be an object");
        refused("[1]", "claim: must be a JSON object");
        refused("{\"step\":", "claim: is not valid JSON");
        refused("", "claim: is empty");
        refused(edited("\"step\":42", "\"step\":42,\"step\":43"), "claim: is not valid JSON (Duplicate field 'step'");
    }

    @Test
    void aBadConfigIsRefusedWithTheConfigsOwnFieldMessage() {
        String bad = ConfigJson.write(Defaults.CONFIG).replace("\"batchSize\": 256", "\"batchSize\": 0");
        Claim c = new Claim(bad, 1, "2", List.of(), DIGEST);
        refused(c.toJson(), "configJson: batchSize:");
        Claim live = new Claim(CONFIG, 1, "2", List.of(new Claim.Change(1, "live", bad)), DIGEST);
        refused(live.toJson(), "changes[0].configJson: batchSize:");
        Claim empty = new Claim(CONFIG, 1, "2", List.of(new Claim.Change(1, "live", "")), DIGEST);
        refused(empty.toJson(), "changes[0].configJson: json: is empty");
    }

    @Test
    void atMost10000Changes() {
        List<Claim.Change> many = new ArrayList<>();
        for (int i = 0; i < Claim.MAX_CHANGES; i++) {
            many.add(new Claim.Change(1, "step-d", ""));
        }
        Claim ok = new Claim(CONFIG, 10_000, "2", many, DIGEST);
        assertEquals(ok, Claim.fromJson(ok.toJson()));
        many.add(new Claim.Change(1, "step-d", ""));
        refused(new Claim(CONFIG, 10_000, "2", many, DIGEST).toJson(), "changes: at most 10000 changes (got 10001)");
    }

    @Test
    void theRunLogSurvivesItsJson() {
        RunLog log = new RunLog(CONFIG);
        log.fullSteps(4);
        log.stepD();
        log.live(ConfigJson.write(Defaults.CONFIG.withSeed(3)));
        log.fullStep();
        RunLog back = RunLog.fromJson(log.toJson());
        assertEquals(log.changes(), back.changes());
        assertEquals(1, back.fullStepsSinceChange());
        assertEquals(CONFIG, back.baseConfigJson());
        assertEquals("", back.notSubmittableReason());
        RunLog no = RunLog.notSubmittable(CONFIG, "not submittable: why");
        assertEquals("not submittable: why", RunLog.fromJson(no.toJson()).notSubmittableReason());
        assertEquals(null, RunLog.fromJson(no.toJson()).claim(0, DIGEST));
    }
}
