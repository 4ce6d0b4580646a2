package lab.minimax.ui.compare;

import lab.minimax.experiment.config.ConfigError;
import lab.minimax.experiment.config.ConfigUrl;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.config.ParseMode;
import lab.minimax.experiment.config.ParseResult;
import lab.minimax.lesson.Lesson;
import lab.minimax.lesson.Lessons;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lab.minimax.ui.lab.UrlState;

/**
 * The comparison page's link: both configurations in one query. Run A's keys are the lab's
 * ({@link ConfigUrl}); run B's are the same keys prefixed {@code b.} and list only what differs
 * from A (B starts as a copy of A). {@code _lesson=ID} starts from a lesson's config and its
 * {@code compareWith} instead; an empty query opens the first lesson that has a comparison.
 * Read leniently, like the lab's link: each invalid parameter is replaced by its default and
 * named in the message (B's with its {@code b.} prefix).
 *
 * <p>Target parameters depend on the target, so when any {@code b.target.*} key is given, B's
 * target is built from the {@code b.target.*} keys alone.
 */
public final class CompareUrl {
    public static final String LESSON_KEY = "_lesson";
    static final String B = "b.";

    /**
     * @param a      run A's configuration (valid)
     * @param b      run B's configuration (valid)
     * @param errors one per replaced or ignored parameter, B's fields prefixed {@code b.}
     * @param lesson the lesson named by {@code _lesson}, or null
     */
    record Parsed(ExperimentConfig a, ExperimentConfig b, List<ConfigError> errors, Lesson lesson) {
    }

    private CompareUrl() {
    }

    /** The first lesson with a comparison: what {@code /compare} opens without parameters. */
    static Lesson defaultLesson() {
        return Lessons.all().stream().filter(l -> l.compareWith() != null).findFirst().orElseThrow();
    }

    static Parsed read(Map<String, List<String>> query) {
        List<ConfigError> errors = new ArrayList<>();
        Map<String, List<String>> aParams = new LinkedHashMap<>();
        Map<String, List<String>> bParams = new LinkedHashMap<>();
        Lesson lesson = null;
        boolean lessonKey = false;
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            String k = e.getKey();
            if (k.equals(LESSON_KEY)) {
                lessonKey = true;
                String id = e.getValue().isEmpty() ? "" : e.getValue().get(0);
                lesson = Lessons.byId(id).orElse(null);
                if (lesson == null) {
                    errors.add(new ConfigError(k, "unknown lesson \"" + id + "\"; allowed: "
                            + Lessons.all().stream().map(Lesson::id).collect(Collectors.joining(", "))));
                }
            } else if (k.startsWith(B)) {
                String inner = k.substring(B.length());
                if (!ConfigUrl.isUiKey(inner)) {
                    bParams.put(inner, e.getValue());
                }
            } else if (!ConfigUrl.isUiKey(k)) {
                aParams.put(k, e.getValue());
            }
        }
        if (lesson == null && !lessonKey && aParams.isEmpty() && bParams.isEmpty()) {
            lesson = defaultLesson();
        }
        ExperimentConfig baseA = lesson == null ? null : lesson.config();
        ExperimentConfig baseB = lesson == null ? null
                : lesson.compareWith() != null ? lesson.compareWith() : lesson.config();

        Map<String, List<String>> mergedA = new LinkedHashMap<>();
        if (baseA != null) {
            ConfigUrl.parameters(baseA).forEach((k, v) -> mergedA.put(k, List.of(v)));
        }
        mergedA.putAll(aParams);
        ParseResult ra = ConfigUrl.parse(mergedA, Limits.DEFAULTS, ParseMode.LENIENT);
        errors.addAll(ra.errors());

        Map<String, List<String>> mergedB = new LinkedHashMap<>();
        ConfigUrl.parameters(baseB != null ? baseB : ra.config()).forEach((k, v) -> mergedB.put(k, List.of(v)));
        if (bParams.keySet().stream().anyMatch(k -> k.startsWith("target."))) {
            mergedB.keySet().removeIf(k -> k.startsWith("target."));
        }
        mergedB.putAll(bParams);
        ParseResult rb = ConfigUrl.parse(mergedB, Limits.DEFAULTS, ParseMode.LENIENT);
        for (ConfigError err : rb.errors()) {
            errors.add(new ConfigError(B + err.field(), err.message()));
        }
        return new Parsed(ra.config(), rb.config(), errors, lesson);
    }

    /** The query (without "?"): every field of A, and B's fields that differ from A's, prefixed {@code b.}. */
    static String write(ExperimentConfig a, ExperimentConfig b) {
        Map<String, String> pa = ConfigUrl.parameters(a);
        Map<String, String> pb = ConfigUrl.parameters(b);
        boolean targetDiffers = pb.entrySet().stream().filter(e -> e.getKey().startsWith("target."))
                .anyMatch(e -> !e.getValue().equals(pa.get(e.getKey())))
                || pa.keySet().stream().filter(k -> k.startsWith("target.")).anyMatch(k -> !pb.containsKey(k));
        StringBuilder q = new StringBuilder(ConfigUrl.write(a));
        pb.forEach((k, v) -> {
            if ((targetDiffers && k.startsWith("target.")) || !v.equals(pa.get(k))) {
                q.append('&').append(enc(B + k)).append('=').append(enc(v));
            }
        });
        return q.toString();
    }

    /** One line per error, as on the lab page. */
    static String describe(List<ConfigError> errors) {
        return UrlState.describe(errors);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
