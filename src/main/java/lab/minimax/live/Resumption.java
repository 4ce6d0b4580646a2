package lab.minimax.live;

import lab.minimax.experiment.ExperimentConfig;

/**
 * What opening a link's {@code _run} gave.
 *
 * @param run     the resumed run, paused at its checkpoint step (null: nothing to resume, start a
 *                fresh run of the link's config)
 * @param config  the resumed run's config with its live settings (null with no run)
 * @param message what the page says ("Resumed at step 4,210 from 18:02:11 UTC", or why a fresh run
 *                starts instead); empty when there is nothing to say
 * @param stepsPerFrame the resumed run's speed setting (0 with no run)
 */
public record Resumption(LiveRun run, ExperimentConfig config, String message, int stepsPerFrame) {
    public Resumption {
        message = message == null ? "" : message;
    }

    /** No run to resume: a fresh run, and {@code message} says why (empty: nothing to say). */
    public static Resumption fresh(String message) {
        return new Resumption(null, null, message, 0);
    }

    public boolean resumed() {
        return run != null;
    }
}
