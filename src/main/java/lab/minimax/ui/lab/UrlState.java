package lab.minimax.ui.lab;

import lab.minimax.experiment.config.ConfigError;
import lab.minimax.experiment.config.ConfigUrl;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.config.ParseMode;
import lab.minimax.experiment.config.ParseResult;
import lab.minimax.experiment.preset.Preset;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.experiment.TargetSpec;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lab.minimax.live.LimitNotes;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The page's link: the whole configuration in the query (the engine's URL codec), read
 * leniently. {@code _preset=ID} (or {@code ui.preset=ID}) starts from a preset, and any config
 * parameter beside it overrides the preset's value; other {@code ui.}/{@code _} keys are kept
 * for the UI and written back unchanged.
 */
public final class UrlState {
    /** Longest link query the page writes (bytes, percent-encoded): a longer point set is left out. */
    static final int MAX_LINK_BYTES = 6 * 1024;
    /** UI key marking a link whose drawn points were left out (too many for a link). */
    static final String POINTS_LEFT_OUT = "_points";

    /**
     * The query the page writes for a config.
     *
     * @param query        the query (without "?"); holds every field, the points only if they fit
     * @param pointsLeftOut true when the config's point set was left out because the query with it
     *                      would have reached {@link #MAX_LINK_BYTES}
     * @param fullLength   the length of the query with the points
     */
    record Link(String query, boolean pointsLeftOut, int fullLength) {
    }

    /** The preset keys. */
    static final List<String> PRESET_KEYS = List.of("_preset", "ui.preset");

    /**
     * @param config  the configuration to open (always valid)
     * @param errors  one per parameter that was replaced by its default or ignored
     * @param preset  the preset named by the link, or null
     * @param uiKeys  the link's UI keys other than the preset
     */
    record Parsed(ExperimentConfig config, List<ConfigError> errors, Preset preset, Map<String, List<String>> uiKeys) {
    }

    private UrlState() {
    }

    static Parsed read(Map<String, List<String>> query) {
        return read(query, Limits.DEFAULTS);
    }

    /**
     * Reads the link under the server's {@code limits}; when a value broke one of them, a last
     * error line (field {@code minimax.limits}) names the limits concerned.
     */
    static Parsed read(Map<String, List<String>> query, Limits limits) {
        List<ConfigError> errors = new ArrayList<>();
        Preset preset = null;
        Map<String, List<String>> ui = new LinkedHashMap<>();
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            String k = e.getKey();
            if (PRESET_KEYS.contains(k)) {
                String id = e.getValue().isEmpty() ? "" : e.getValue().get(0);
                preset = Presets.find(id).orElse(null);
                if (preset == null) {
                    errors.add(new ConfigError(k, "unknown preset \"" + id + "\"; allowed: "
                            + Presets.ALL.stream().map(Preset::id).collect(Collectors.joining(", "))));
                }
            } else if (k.equals(ConfigUrl.ENGINE_KEY)) {
                continue; // informational; the page's own link is stamped anew by ConfigUrl.write
            } else if (ConfigUrl.isUiKey(k)) {
                ui.put(k, e.getValue());
            } else {
                params.put(k, e.getValue());
            }
        }
        Map<String, List<String>> merged = new LinkedHashMap<>();
        if (preset != null) {
            ConfigUrl.parameters(preset.config()).forEach((k, v) -> merged.put(k, List.of(v)));
        }
        merged.putAll(params);
        ParseResult r = ConfigUrl.parse(merged, limits, ParseMode.LENIENT);
        errors.addAll(r.errors());
        String governing = LimitNotes.forErrors(r.errors(), limits);
        if (!governing.isEmpty()) {
            errors.add(new ConfigError("minimax.limits", governing));
        }
        return new Parsed(r.config(), errors, preset, ui);
    }

    /** The lower-case names listed in the link's {@code _hide} parameter (comma-separated). */
    static Set<String> hidden(Map<String, List<String>> uiKeys) {
        Set<String> out = new HashSet<>();
        for (String v : uiKeys.getOrDefault("_hide", List.of())) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** The query (without "?") for {@code config} plus the UI keys. */
    static String write(ExperimentConfig config, Map<String, List<String>> uiKeys) {
        StringBuilder q = new StringBuilder(ConfigUrl.write(config));
        uiKeys.forEach((k, vs) -> vs.forEach(v -> q.append('&').append(enc(k)).append('=').append(enc(v))));
        return q.toString();
    }

    /**
     * The page's link for {@code config}: the whole config when the query stays under
     * {@link #MAX_LINK_BYTES}; else the config without its point set, marked {@code _points=export}
     * (the point set is then shared by exporting and importing the JSON config).
     */
    static Link link(ExperimentConfig config, Map<String, List<String>> uiKeys) {
        Map<String, List<String>> keys = new LinkedHashMap<>(uiKeys);
        keys.remove(POINTS_LEFT_OUT);
        String full = write(config, keys);
        TargetSpec t = config.target();
        if (t.points() == null || full.length() < MAX_LINK_BYTES) {
            return new Link(full, false, full.length());
        }
        keys.put(POINTS_LEFT_OUT, List.of("export"));
        String shorter = write(config.withTarget(new TargetSpec(t.name(), t.params(), null)), keys);
        return new Link(shorter, true, full.length());
    }

    /** One line per error: "batchSize: must be … — the default is used instead". */
    public static String describe(List<ConfigError> errors) {
        return "This link has invalid settings; each was replaced by its default:\n"
                + errors.stream().map(ConfigError::toString).collect(Collectors.joining("\n"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
