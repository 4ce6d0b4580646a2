package lab.minimax.link;

import lab.minimax.experiment.ExperimentConfig;

import java.util.Objects;

/**
 * What a page's link holds: the configuration, the comparison's second configuration (the
 * {@code /compare} page), and the typed UI flags. Read by {@link LinkReader} and written by
 * {@link LinkWriter}, both under the server's one set of limits.
 *
 * @param config the (first) configuration, valid under the limits it was read with
 * @param b      the comparison's run B, or null on a single-run page
 * @param flags  the UI flags
 */
public record LinkState(ExperimentConfig config, ExperimentConfig b, LinkFlags flags) {
    public LinkState {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(flags, "flags");
    }

    /** A single-run link of {@code config} without flags. */
    public static LinkState of(ExperimentConfig config) {
        return new LinkState(config, null, LinkFlags.NONE);
    }

    public LinkState withConfig(ExperimentConfig c) {
        return new LinkState(c, b, flags);
    }

    public LinkState withConfigs(ExperimentConfig a, ExperimentConfig b) {
        return new LinkState(a, b, flags);
    }

    public LinkState withFlags(LinkFlags f) {
        return new LinkState(config, b, f);
    }
}
