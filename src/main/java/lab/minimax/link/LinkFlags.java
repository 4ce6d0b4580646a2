package lab.minimax.link;

import lab.minimax.experiment.preset.Preset;
import lab.minimax.lesson.Lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The UI flags of a page's link, typed: the keys starting with {@code _} (or {@code ui.}) that
 * are not configuration parameters.
 *
 * @param hide          {@code _hide=a,b}: the lower-case names of what the page hides (settings
 *                      groups, preset, layers, charts, draw, transfer, nav)
 * @param present       {@code _present=1}: presentation mode
 * @param preset        {@code _preset=ID} (or {@code ui.preset}): the preset the link started from, or null
 * @param lesson        {@code _lesson=ID}: the lesson a comparison link started from, or null
 * @param pointsLeftOut {@code _points=export}: the drawn points were too many for the link
 * @param other         any other UI key, kept and written back unchanged; among them {@code _run=ID},
 *                      the page's durable run ({@link #run()})
 */
public record LinkFlags(Set<String> hide, boolean present, Preset preset, Lesson lesson, boolean pointsLeftOut,
                        Map<String, List<String>> other) {
    public static final String HIDE = "_hide";
    public static final String PRESENT = "_present";
    public static final List<String> PRESET = List.of("_preset", "ui.preset");
    public static final String LESSON = "_lesson";
    public static final String POINTS_LEFT_OUT = "_points";
    /** {@code _run=ID}: the durable run the page shows (resumed by the browser that owns it). */
    public static final String RUN = "_run";
    /**
     * What {@code _hide} can name: the settings groups, the preset menu, the layer toggles, the
     * draw tools, export/import, the charts over steps and the site's navigation bar (nav).
     */
    public static final List<String> HIDE_NAMES = List.of("target", "objective", "generator", "discriminator",
            "optimizers", "training", "preset", "layers", "draw", "transfer", "charts", "nav");

    public static final LinkFlags NONE = new LinkFlags(Set.of(), false, null, null, false, Map.of());

    public LinkFlags {
        hide = Collections.unmodifiableSet(new LinkedHashSet<>(hide));
        other = Collections.unmodifiableMap(new LinkedHashMap<>(other));
    }

    public LinkFlags withPresent(boolean on) {
        return new LinkFlags(hide, on, preset, lesson, pointsLeftOut, other);
    }

    /** The flags without the preset (the config no longer is the preset's). */
    public LinkFlags withoutPreset() {
        return new LinkFlags(hide, present, null, lesson, pointsLeftOut, other);
    }

    /** The link's {@code _run}, or null. */
    public String run() {
        List<String> v = other.get(RUN);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** The flags with {@code _run=id} (null: without it). */
    public LinkFlags withRun(String id) {
        Map<String, List<String>> m = new LinkedHashMap<>(other);
        if (id == null) {
            m.remove(RUN);
        } else {
            m.put(RUN, List.of(id));
        }
        return new LinkFlags(hide, present, preset, lesson, pointsLeftOut, m);
    }

    LinkFlags withPointsLeftOut(boolean out) {
        return new LinkFlags(hide, present, preset, lesson, out, other);
    }

    /**
     * The flags as they are written back: {@code _hide}, {@code _present}, {@code _lesson}, then
     * the others. The preset is not written: the link holds the whole config it led to.
     */
    Map<String, List<String>> written() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        if (!hide.isEmpty()) {
            m.put(HIDE, List.of(String.join(",", hide)));
        }
        if (present) {
            m.put(PRESENT, List.of("1"));
        }
        if (lesson != null) {
            m.put(LESSON, List.of(lesson.id()));
        }
        m.putAll(other);
        if (pointsLeftOut) {
            m.put(POINTS_LEFT_OUT, List.of("export"));
        }
        return m;
    }
}
