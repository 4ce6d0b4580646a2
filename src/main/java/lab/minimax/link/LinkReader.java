package lab.minimax.link;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.TargetSpec;
import lab.minimax.experiment.Defaults;
import lab.minimax.experiment.config.ConfigError;
import lab.minimax.experiment.config.ConfigUrl;
import lab.minimax.experiment.config.LimitNotes;
import lab.minimax.experiment.config.ParseMode;
import lab.minimax.experiment.config.ParseResult;
import lab.minimax.experiment.config.Snippet;
import lab.minimax.experiment.preset.Preset;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.lesson.Lesson;
import lab.minimax.lesson.Lessons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a page's link into a {@link LinkState}, leniently: each invalid parameter is named and
 * replaced by its default, and the result always holds valid configs under the given limits.
 *
 * <ul>
 *   <li>The lab ({@link #lab}): the configuration's keys ({@link ConfigUrl}); {@code _preset=ID}
 *   starts from a preset's config record, and any parameter beside it overrides the preset's
 *   value.</li>
 *   <li>The comparison ({@link #compare}): run A's keys as the lab's, run B's the same keys
 *   prefixed {@code b.}, laid over A (over the lesson's {@code compareWith} when the link names
 *   a lesson and no key of A).
 *   {@code _lesson=ID} starts from a lesson; an empty query opens the first lesson with a
 *   comparison. When any {@code b.target.*} key is given, B's target is built from those keys
 *   alone.</li>
 * </ul>
 * When a value broke one of the server's limits, a last error line (field
 * {@link LimitNotes#FIELD}) names the limits concerned, in words.
 */
public final class LinkReader {
    /** B's keys in a comparison link. */
    public static final String B = "b.";

    /**
     * @param state  what the link holds (always valid configs)
     * @param errors one per parameter replaced by its default or ignored (B's prefixed {@code b.})
     */
    public record Read(LinkState state, List<ConfigError> errors) {
    }

    private LinkReader() {
    }

    /** The lab page's link. */
    public static Read lab(Map<String, List<String>> query, Limits limits) {
        Keys k = new Keys(query, false);
        ExperimentConfig base = k.preset == null ? null : k.preset.config();
        ParseResult r = ConfigUrl.parse(k.a, base, limits, ParseMode.LENIENT);
        k.errors.addAll(r.errors());
        addGoverning(k.errors, r.errors(), limits);
        if (k.pointsLeftOut) {
            k.errors.add(new ConfigError("target.points", "this experiment's drawn points were too many for a link;"
                    + " open its exported JSON with Import config"));
        }
        return new Read(new LinkState(r.config(), null, k.flags()), k.errors);
    }

    /** The comparison page's link: run A and run B. */
    public static Read compare(Map<String, List<String>> query, Limits limits) {
        Keys k = new Keys(query, true);
        if (k.lesson == null && !k.lessonKey && k.a.isEmpty() && k.b.isEmpty()) {
            k.lesson = defaultLesson();
        }
        Lesson l = k.lesson;
        ParseResult ra = ConfigUrl.parse(k.a, l == null ? null : l.config(), limits, ParseMode.LENIENT);
        k.errors.addAll(ra.errors());
        // a lesson's own link (no config keys of A) lays B over the lesson's compareWith; a written
        // link holds every key of A, and B's keys are what differs from A
        ExperimentConfig baseB = l == null || !k.a.isEmpty() ? ra.config()
                : l.compareWith() != null ? l.compareWith() : l.config();
        if (k.b.keySet().stream().anyMatch(key -> key.startsWith("target."))) {
            baseB = baseB.withTarget(TargetSpec.of(Defaults.forLimits(limits).target().name()));
        }
        ParseResult rb = ConfigUrl.parse(k.b, baseB, limits, ParseMode.LENIENT);
        for (ConfigError err : rb.errors()) {
            k.errors.add(new ConfigError(B + err.field(), err.message()));
        }
        List<ConfigError> both = new ArrayList<>(ra.errors());
        both.addAll(rb.errors());
        addGoverning(k.errors, both, limits);
        return new Read(new LinkState(ra.config(), rb.config(), k.flags()), k.errors);
    }

    /** The first lesson with a comparison: what {@code /compare} opens without parameters. */
    public static Lesson defaultLesson() {
        return Lessons.all().stream().filter(l -> l.compareWith() != null).findFirst().orElseThrow();
    }

    /** One line per error: "batchSize: must be … — the default is used instead". */
    public static String describe(List<ConfigError> errors) {
        return "This link has invalid settings; each was replaced by its default:\n"
                + errors.stream().map(ConfigError::toString).collect(Collectors.joining("\n"));
    }

    private static void addGoverning(List<ConfigError> out, List<ConfigError> parseErrors, Limits limits) {
        String governing = LimitNotes.forErrors(parseErrors, limits);
        if (!governing.isEmpty()) {
            out.add(new ConfigError(LimitNotes.FIELD, governing));
        }
    }

    /** The link's keys sorted out: A's and B's parameters, and the flags. */
    private static final class Keys {
        final List<ConfigError> errors = new ArrayList<>();
        final Map<String, List<String>> a = new LinkedHashMap<>();
        final Map<String, List<String>> b = new LinkedHashMap<>();
        final Set<String> hide = new LinkedHashSet<>();
        final Map<String, List<String>> other = new LinkedHashMap<>();
        boolean present;
        boolean pointsLeftOut;
        Preset preset;
        Lesson lesson;
        boolean lessonKey;

        Keys(Map<String, List<String>> query, boolean compare) {
            for (Map.Entry<String, List<String>> e : query.entrySet()) {
                String key = e.getKey();
                List<String> values = e.getValue() == null ? List.of() : e.getValue();
                String first = values.isEmpty() || values.get(0) == null ? "" : values.get(0);
                if (key == null) {
                    a.put(null, values); // the config reader names it
                } else if (!compare && LinkFlags.PRESET.contains(key)) {
                    preset = Presets.find(first).orElse(null);
                    if (preset == null) {
                        errors.add(new ConfigError(key, "unknown preset \"" + first + "\"; allowed: "
                                + Presets.ALL.stream().map(Preset::id).collect(Collectors.joining(", "))));
                    }
                } else if (compare && key.equals(LinkFlags.LESSON)) {
                    lessonKey = true;
                    lesson = Lessons.byId(first).orElse(null);
                    if (lesson == null) {
                        errors.add(new ConfigError(key, "unknown lesson \"" + first + "\"; allowed: "
                                + Lessons.all().stream().map(Lesson::id).collect(Collectors.joining(", "))));
                    }
                } else if (compare && key.startsWith(B)) {
                    String inner = key.substring(B.length());
                    if (!ConfigUrl.isUiKey(inner)) {
                        b.put(inner, values);
                    }
                } else if (key.equals(ConfigUrl.ENGINE_KEY)) {
                    continue; // informational; the page's own link is stamped anew by ConfigUrl.write
                } else if (key.equals(LinkFlags.HIDE)) {
                    readHide(values);
                } else if (key.equals(LinkFlags.PRESENT)) {
                    present = !values.isEmpty() && !first.equals("0") && !first.equalsIgnoreCase("false");
                } else if (key.equals(LinkFlags.POINTS_LEFT_OUT)) {
                    pointsLeftOut = true;
                } else if (ConfigUrl.isUiKey(key)) {
                    other.put(key, values);
                } else {
                    a.put(key, values);
                }
            }
        }

        /** {@code _hide=a,b}: the names the page knows; any other is named in an error and ignored. */
        private void readHide(List<String> values) {
            List<String> unknown = new ArrayList<>();
            for (String v : values) {
                for (String part : v == null ? new String[0] : v.split(",")) {
                    String name = part.trim().toLowerCase(Locale.ROOT);
                    if (LinkFlags.HIDE_NAMES.contains(name)) {
                        hide.add(name);
                    } else if (!name.isEmpty() && unknown.size() < 5) {
                        unknown.add(Snippet.quote(part.trim()));
                    }
                }
            }
            if (!unknown.isEmpty()) {
                errors.add(new ConfigError(LinkFlags.HIDE, "cannot hide " + String.join(", ", unknown) + "; it can hide "
                        + String.join(", ", LinkFlags.HIDE_NAMES) + "; ignored"));
            }
        }

        LinkFlags flags() {
            return new LinkFlags(hide, present, preset, lesson, pointsLeftOut, other);
        }
    }
}
