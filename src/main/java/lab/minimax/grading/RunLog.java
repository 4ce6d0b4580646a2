package lab.minimax.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.minimax.experiment.Engine;
import lab.minimax.experiment.Limits;

/**
 * The log of a live run that makes it replayable ({@link Claim}): the config of its last (re)start,
 * every change that is not a plain full step (a live settings change, a manual D or G update) with
 * the plain full steps before it, and the plain full steps since the last change. Bounded: past
 * {@link #MAX_CHANGES} changes or {@link #MAX_CONFIG_CHARS} characters of logged configs the run
 * is marked not submittable (with the reason) and logs nothing more until its next (re)start.
 * Not thread-safe: the run's lock guards it.
 */
public final class RunLog {
    public static final int MAX_CHANGES = Claim.MAX_CHANGES;
    /** Most characters of the live changes' configs in one log. */
    public static final int MAX_CONFIG_CHARS = 4_000_000;
    /** The reason of a run resumed from a checkpoint that has no log. */
    public static final String NO_LOG = "not submittable: resumed from a checkpoint written before submissions existed";
    private static final List<String> KEYS = List.of("configJson", "changes", "fullSteps", "notSubmittable");

    private String baseConfigJson;
    private final List<Claim.Change> changes = new ArrayList<>();
    private long fullSteps;
    private long configChars;
    private String notSubmittable = "";

    /** A new log of a run (re)started from {@code baseConfigJson}. */
    public RunLog(String baseConfigJson) {
        this.baseConfigJson = baseConfigJson;
    }

    /** A log that cannot be submitted, for {@code reason} (until the run's next restart). */
    public static RunLog notSubmittable(String baseConfigJson, String reason) {
        RunLog l = new RunLog(baseConfigJson);
        l.markNotSubmittable(reason);
        return l;
    }

    /** The run restarted at step 0 from {@code configJson} (a reset or a new config): a new log. */
    public void restart(String configJson) {
        baseConfigJson = configJson;
        changes.clear();
        fullSteps = 0;
        configChars = 0;
        notSubmittable = "";
    }

    /** One plain full step ({@code trainer.step()}). */
    public void fullStep() {
        fullSteps++;
    }

    /** {@code n} plain full steps. */
    public void fullSteps(long n) {
        fullSteps += n;
    }

    /** One manual D update. */
    public void stepD() {
        add(Claim.Change.STEP_D, "");
    }

    /** One manual G update. */
    public void stepG() {
        add(Claim.Change.STEP_G, "");
    }

    /** A live change; {@code configJson} the run's config after it. */
    public void live(String configJson) {
        add(Claim.Change.LIVE, configJson);
    }

    private void add(String kind, String config) {
        if (!notSubmittable.isEmpty()) {
            return;
        }
        if (changes.size() >= MAX_CHANGES) {
            markNotSubmittable(String.format(java.util.Locale.ROOT,
                    "not submittable: more than %,d manual steps and live changes since the last reset", MAX_CHANGES));
            return;
        }
        if (configChars + config.length() > MAX_CONFIG_CHARS) {
            markNotSubmittable("not submittable: the live changes since the last reset fill the log ("
                    + MAX_CONFIG_CHARS + " characters of configs)");
            return;
        }
        changes.add(new Claim.Change(fullSteps, kind, config));
        configChars += config.length();
        fullSteps = 0;
    }

    /** Marks the log not submittable for {@code reason} (e.g. the engine failed); drops the changes. */
    public void markNotSubmittable(String reason) {
        if (notSubmittable.isEmpty()) {
            notSubmittable = reason == null || reason.isBlank() ? "not submittable" : reason;
            changes.clear();
            configChars = 0;
        }
    }

    /** Why the run cannot be submitted, or empty when it can. */
    public String notSubmittableReason() {
        return notSubmittable;
    }

    public String baseConfigJson() {
        return baseConfigJson;
    }

    /** The changes logged so far (a copy). */
    public List<Claim.Change> changes() {
        return List.copyOf(changes);
    }

    /** Plain full steps since the last change. */
    public long fullStepsSinceChange() {
        return fullSteps;
    }

    /** The claim of the run at generator step {@code step} with trainer digest {@code digest}, or null when not submittable. */
    public Claim claim(long step, String digest) {
        if (!notSubmittable.isEmpty() || step > Claim.MAX_STEP) {
            return null;
        }
        return new Claim(baseConfigJson, step, Integer.toString(Engine.VERSION), changes, digest);
    }

    /** The log as compact JSON (kept in a run's checkpoint). */
    public String toJson() {
        StringBuilder b = new StringBuilder(baseConfigJson.length() + 100 + (int) Math.min(configChars * 11 / 10, 1 << 26));
        b.append("{\"configJson\":");
        JsonTree.quote(b, baseConfigJson);
        b.append(",\"changes\":[");
        Claim.appendChanges(b, changes);
        b.append("],\"fullSteps\":").append(fullSteps).append(",\"notSubmittable\":");
        JsonTree.quote(b, notSubmittable);
        return b.append('}').toString();
    }

    /**
     * Reads {@link #toJson}'s text back (a checkpoint's; its configs are checked again when a claim
     * of it is graded).
     *
     * @throws IllegalArgumentException naming the field that does not read
     */
    public static RunLog fromJson(String json) {
        Map<String, Object> m = JsonTree.readObject(json, "log");
        JsonTree.onlyKeys(m, "log", KEYS);
        RunLog l = new RunLog(JsonTree.string(m.get("configJson"), "log.configJson"));
        String why = JsonTree.string(m.get("notSubmittable"), "log.notSubmittable");
        List<Claim.Change> read = Claim.changes(m.get("changes"), Limits.DEFAULTS.forImages(), false);
        for (Claim.Change c : read) {
            l.changes.add(c);
            l.configChars += c.configJson().length();
        }
        l.fullSteps = JsonTree.integer(m.get("fullSteps"), "log.fullSteps", 0, Long.MAX_VALUE);
        if (!why.isEmpty()) {
            l.markNotSubmittable(why);
        }
        return l;
    }
}
