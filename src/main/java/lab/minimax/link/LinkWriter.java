package lab.minimax.link;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.TargetSpec;
import lab.minimax.experiment.config.ConfigUrl;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link LinkState} as a query that {@link LinkReader} reads back to the same configs
 * and flags: every field of the (first) config; for a comparison, B's fields that differ from
 * A's, prefixed {@code b.}; then the flags (a comparison keeps its {@code _lesson}). A point set that would make the link reach {@link #MAX_LINK_BYTES} is left out and
 * marked {@code _points=export} (it is shared by exporting and importing the JSON config).
 */
public final class LinkWriter {
    /** Longest link query written (bytes, percent-encoded): a longer point set is left out. */
    public static final int MAX_LINK_BYTES = 6 * 1024;

    /**
     * A written link.
     *
     * @param query         the query (without "?"); holds every field, the points only if they fit
     * @param pointsLeftOut true when the point set was left out because the query with it would
     *                      have reached {@link #MAX_LINK_BYTES}
     * @param fullLength    the length of the query with the points
     */
    public record Link(String query, boolean pointsLeftOut, int fullLength) {
    }

    private LinkWriter() {
    }

    public static Link write(LinkState s) {
        LinkFlags flags = s.flags().withPointsLeftOut(false);
        String full = query(s.config(), s.b(), flags);
        if (full.length() < MAX_LINK_BYTES || (!hasPoints(s.config()) && !hasPoints(s.b()))) {
            return new Link(full, false, full.length());
        }
        String shorter = query(withoutPoints(s.config()), withoutPoints(s.b()), flags.withPointsLeftOut(true));
        return new Link(shorter, true, full.length());
    }

    private static String query(ExperimentConfig a, ExperimentConfig b, LinkFlags flags) {
        StringBuilder q = new StringBuilder(ConfigUrl.write(a));
        if (b != null) {
            appendB(q, a, b);
        }
        for (Map.Entry<String, List<String>> e : flags.written().entrySet()) {
            for (String v : e.getValue()) {
                q.append('&').append(enc(e.getKey())).append('=').append(enc(v));
            }
        }
        return q.toString();
    }

    /** B's fields that differ from A's ({@code base}); all of B's target keys when the targets differ. */
    private static void appendB(StringBuilder q, ExperimentConfig base, ExperimentConfig b) {
        Map<String, String> pa = ConfigUrl.parameters(base);
        Map<String, String> pb = ConfigUrl.parameters(b);
        boolean targetDiffers = pb.entrySet().stream().filter(e -> e.getKey().startsWith("target."))
                .anyMatch(e -> !e.getValue().equals(pa.get(e.getKey())))
                || pa.keySet().stream().filter(k -> k.startsWith("target.")).anyMatch(k -> !pb.containsKey(k));
        pb.forEach((k, v) -> {
            if ((targetDiffers && k.startsWith("target.")) || !v.equals(pa.get(k))) {
                q.append('&').append(enc(LinkReader.B + k)).append('=').append(enc(v));
            }
        });
    }

    private static boolean hasPoints(ExperimentConfig c) {
        return c != null && c.target().points() != null;
    }

    private static ExperimentConfig withoutPoints(ExperimentConfig c) {
        if (!hasPoints(c)) {
            return c;
        }
        TargetSpec t = c.target();
        return c.withTarget(new TargetSpec(t.name(), t.params(), null));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
