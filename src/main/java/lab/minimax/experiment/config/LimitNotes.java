package lab.minimax.experiment.config;

import lab.minimax.experiment.Limits;

import java.util.ArrayList;
import java.util.List;

/** Names the server's network limits ({@code minimax.limits.*}) behind a configuration error. */
public final class LimitNotes {
    /** The field of the line that names the limits behind a link's errors. */
    public static final String FIELD = "server limits";

    private LimitNotes() {
    }

    /** "minimax.limits.max-width = 32, max-depth = 4, …": every network limit of the server. */
    public static String describe(Limits l) {
        return "server limits minimax.limits.max-width = " + l.maxWidth() + ", max-depth = " + l.maxDepth()
                + ", max-batch = " + l.maxBatch() + ", max-noise-dim = " + l.maxNoiseDim()
                + ", max-points = " + l.maxPoints() + ", max-d-steps = " + l.maxDSteps();
    }

    /**
     * The limits that govern the fields of {@code errors}, in words with the operator's setting
     * after each, e.g. "this server allows at most 32 units per hidden layer and 4 hidden layers
     * (max-width = 32, max-depth = 4)"; empty when none of the fields is governed by one.
     */
    public static String forErrors(List<ConfigError> errors, Limits l) {
        List<String> out = new ArrayList<>();
        for (ConfigError e : errors) {
            String f = e.field();
            if (f.startsWith("generator.hidden") || f.startsWith("discriminator.hidden")) {
                add(out, "at most " + l.maxWidth() + " units per hidden layer and " + l.maxDepth()
                        + " hidden layers (max-width = " + l.maxWidth() + ", max-depth = " + l.maxDepth() + ")");
            } else if (f.equals("batchSize")) {
                add(out, "batches of at most " + l.maxBatch() + " (max-batch = " + l.maxBatch() + ")");
            } else if (f.startsWith("noise.dim")) {
                add(out, "a noise dimension of at most " + l.maxNoiseDim() + " (max-noise-dim = " + l.maxNoiseDim() + ")");
            } else if (f.startsWith("target.points")) {
                add(out, "at most " + l.maxPoints() + " drawn points (max-points = " + l.maxPoints() + ")");
            } else if (f.equals("dSteps")) {
                add(out, "at most " + l.maxDSteps() + " D steps per G step (max-d-steps = " + l.maxDSteps() + ")");
            }
        }
        return out.isEmpty() ? "" : "this server allows " + String.join("; ", out);
    }

    private static void add(List<String> out, String s) {
        if (!out.contains(s)) {
            out.add(s);
        }
    }
}
