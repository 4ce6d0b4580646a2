package lab.minimax.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.experiment.config.ParseResult;

/**
 * What replays a run: the config it (re)started from, the claimed generator step, the engine
 * version, the log of every event that is not a plain full step, and a digest of the trainer state
 * at {@code step} ({@link Grader#digest}). A live run gives its own ({@code LiveRun.claim()}); the
 * server replays it ({@link Grader#grade}).
 *
 * <p>JSON ({@link #toJson}): {@code {"configJson":"…","step":3000,"engine":"2","changes":[{"fullSteps":120,
 * "kind":"live","configJson":"…"},{"fullSteps":0,"kind":"step-d"}],"digest":"…64 hex…"}}.
 *
 * @param configJson the config at the run's last (re)start, as {@code ConfigJson} writes it
 * @param step       the generator step claimed (0..{@link #MAX_STEP})
 * @param engine     the engine version that trained it ({@code Engine.VERSION} as text)
 * @param changes    in order; at most {@link #MAX_CHANGES}
 * @param digest     SHA-256 hex of the trainer's state at {@code step}
 */
public record Claim(String configJson, long step, String engine, List<Claim.Change> changes, String digest) {
    /** Largest claimed step (and plain-step count of one change). */
    public static final long MAX_STEP = 10_000_000;
    /** Most changes in a claim's log. */
    public static final int MAX_CHANGES = 10_000;
    /** The kinds of a change. */
    public static final List<String> KINDS = List.of(Change.LIVE, Change.STEP_D, Change.STEP_G);
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final List<String> KEYS = List.of("configJson", "step", "engine", "changes", "digest");
    private static final List<String> CHANGE_KEYS = List.of("fullSteps", "kind", "configJson");

    public Claim {
        changes = List.copyOf(changes);
    }

    /**
     * One logged event.
     *
     * @param fullSteps  plain {@code trainer.step()} calls since the previous change (or the start)
     * @param kind       {@code live} (configJson = the config after the live change), {@code step-d} or
     *                   {@code step-g} (one manual D or G update; configJson empty)
     * @param configJson the config after a live change, else empty
     */
    public record Change(long fullSteps, String kind, String configJson) {
        public static final String LIVE = "live";
        public static final String STEP_D = "step-d";
        public static final String STEP_G = "step-g";

        public Change {
            configJson = configJson == null ? "" : configJson;
        }
    }

    /** Compact JSON. */
    public String toJson() {
        StringBuilder b = new StringBuilder(configJson.length() + 200);
        b.append("{\"configJson\":");
        JsonTree.quote(b, configJson);
        b.append(",\"step\":").append(step).append(",\"engine\":");
        JsonTree.quote(b, engine);
        b.append(",\"changes\":[");
        appendChanges(b, changes);
        b.append("],\"digest\":");
        JsonTree.quote(b, digest);
        return b.append('}').toString();
    }

    static void appendChanges(StringBuilder b, List<Change> changes) {
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            b.append(i == 0 ? "" : ",").append("{\"fullSteps\":").append(c.fullSteps()).append(",\"kind\":");
            JsonTree.quote(b, c.kind());
            if (!c.configJson().isEmpty()) {
                b.append(",\"configJson\":");
                JsonTree.quote(b, c.configJson());
            }
            b.append('}');
        }
    }

    /** {@link #fromJson(String, Limits)} under the engine's default limits. */
    public static Claim fromJson(String json) {
        return fromJson(json, Limits.DEFAULTS);
    }

    /**
     * Reads and checks a claim: every field present and in range, every config parsing under
     * {@code limits}.
     *
     * @throws IllegalArgumentException naming the field and its allowed range
     */
    public static Claim fromJson(String json, Limits limits) {
        Map<String, Object> m = JsonTree.readObject(json, "claim");
        JsonTree.onlyKeys(m, "", KEYS);
        for (String k : KEYS) {
            if (!m.containsKey(k)) {
                throw new IllegalArgumentException(k + ": missing");
            }
        }
        String config = JsonTree.string(m.get("configJson"), "configJson");
        checkConfig(config, "configJson", limits);
        Object s = m.get("step");
        if (!(s instanceof Long l) || l < 0 || l > MAX_STEP) {
            throw new IllegalArgumentException("step: must be 0.." + MAX_STEP + " (got " + JsonTree.show(s) + ")");
        }
        Object e = m.get("engine");
        String engine = e instanceof Long n ? Long.toString(n) : JsonTree.string(e, "engine");
        if (engine.isEmpty() || engine.length() > 20) {
            throw new IllegalArgumentException("engine: must be the engine version, 1 to 20 characters (got "
                    + JsonTree.show(engine) + ")");
        }
        List<Change> changes = changes(m.get("changes"), limits, true);
        String digest = JsonTree.string(m.get("digest"), "digest");
        if (!HEX64.matcher(digest).matches()) {
            throw new IllegalArgumentException("digest: must be 64 lowercase hex digits (a SHA-256; got "
                    + JsonTree.show(digest) + ")");
        }
        return new Claim(config, (Long) s, engine, changes, digest);
    }

    static List<Change> changes(Object v, Limits limits, boolean parseConfigs) {
        if (!(v instanceof List<?> list)) {
            throw new IllegalArgumentException("changes: must be a list (got " + (v == null ? "nothing" : JsonTree.show(v)) + ")");
        }
        if (list.size() > MAX_CHANGES) {
            throw new IllegalArgumentException("changes: at most " + MAX_CHANGES + " changes (got " + list.size() + ")");
        }
        List<Change> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String at = "changes[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> raw)) {
                throw new IllegalArgumentException(at + ": must be an object {fullSteps, kind, configJson}");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> c = (Map<String, Object>) raw;
            JsonTree.onlyKeys(c, at, CHANGE_KEYS);
            if (!c.containsKey("fullSteps")) {
                throw new IllegalArgumentException(at + ".fullSteps: missing");
            }
            long full = JsonTree.integer(c.get("fullSteps"), at + ".fullSteps", 0, MAX_STEP);
            String kind = JsonTree.string(c.get("kind"), at + ".kind");
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException(at + ".kind: " + JsonTree.show(kind) + " is not one of "
                        + String.join(", ", KINDS));
            }
            String config = c.containsKey("configJson") ? JsonTree.string(c.get("configJson"), at + ".configJson") : "";
            if (kind.equals(Change.LIVE)) {
                if (parseConfigs) {
                    checkConfig(config, at + ".configJson", limits);
                } else if (config.isEmpty()) {
                    throw new IllegalArgumentException(at + ".configJson: missing (a live change holds the config after it)");
                }
            } else if (!config.isEmpty()) {
                throw new IllegalArgumentException(at + ".configJson: must be empty for a " + kind + " change");
            }
            out.add(new Change(full, kind, config));
        }
        return out;
    }

    private static void checkConfig(String config, String field, Limits limits) {
        ParseResult p = ConfigJson.parse(config, limits);
        if (!p.errors().isEmpty()) {
            throw new IllegalArgumentException(field + ": " + p.errors().get(0));
        }
    }
}
