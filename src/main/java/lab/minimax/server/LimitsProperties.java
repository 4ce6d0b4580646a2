package lab.minimax.server;

import lab.minimax.experiment.Limits;
import lab.minimax.training.Overflow;
import lab.minimax.training.RunLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The operator's limits, {@code minimax.limits.*} (defaults suit a 2-core server carrying a class;
 * see application.properties and the README's "Limits"). Counts and durations of 0 mean "no limit".
 *
 * @param maxTrainingRuns       runs training at the same time (training slots)
 * @param overflow              a Play over {@code maxTrainingRuns}: {@code queue} (visible position, starts by itself) or {@code refuse}
 * @param maxRunsPerSession     live runs (lab tabs) per HTTP session
 * @param maxRunsPerClient      live runs per client address
 * @param maxSessionsPerClient  HTTP sessions per client address (a new one over it gets 429 with a message)
 * @param trustForwardedHeaders take the client address from {@code X-Forwarded-For} (only behind a trusted proxy)
 * @param maxWidth              widest hidden layer
 * @param maxDepth              most hidden layers per network
 * @param maxBatch              largest batch size
 * @param maxNoiseDim           largest noise dimension
 * @param maxPoints             largest user point set
 * @param maxDSteps             most D steps per G step
 * @param maxStepsPerSecond     cap on one run's steps/s (0: only the page's speed setting)
 * @param idleTimeout           a run without a user command for this long stops
 * @param maxSessionLifetime    runs of an HTTP session older than this stop; the next page load gets a new session
 * @param maxRunsPerBrowser     live runs per browser (its long-lived cookie; all its sessions and tabs)
 */
@ConfigurationProperties("minimax.limits")
public record LimitsProperties(
        @DefaultValue("32") int maxTrainingRuns,
        @DefaultValue("queue") Overflow overflow,
        @DefaultValue("4") int maxRunsPerSession,
        @DefaultValue("400") int maxRunsPerClient,
        @DefaultValue("250") int maxSessionsPerClient,
        @DefaultValue("false") boolean trustForwardedHeaders,
        @DefaultValue("256") int maxWidth,
        @DefaultValue("4") int maxDepth,
        @DefaultValue("4096") int maxBatch,
        @DefaultValue("16") int maxNoiseDim,
        @DefaultValue("5000") int maxPoints,
        @DefaultValue("10") int maxDSteps,
        @DefaultValue("0") double maxStepsPerSecond,
        @DefaultValue("15m") Duration idleTimeout,
        @DefaultValue("4h") Duration maxSessionLifetime,
        @DefaultValue("4") int maxRunsPerBrowser) {

    /** Fails at start-up, naming the property, when a value allows nothing. */
    public LimitsProperties {
        configLimits(maxWidth, maxDepth, maxBatch, maxNoiseDim, maxPoints, maxDSteps);
        new RunLimits(maxTrainingRuns, overflow, maxRunsPerSession, maxRunsPerClient, maxSessionsPerClient,
                maxStepsPerSecond, idleTimeout, maxSessionLifetime, maxRunsPerBrowser);
    }

    /** The engine's configuration bounds (validation, URL and JSON parsing). */
    public Limits configLimits() {
        return configLimits(maxWidth, maxDepth, maxBatch, maxNoiseDim, maxPoints, maxDSteps);
    }

    /** The run life-cycle limits. */
    public RunLimits runLimits() {
        return new RunLimits(maxTrainingRuns, overflow, maxRunsPerSession, maxRunsPerClient, maxSessionsPerClient,
                maxStepsPerSecond, idleTimeout, maxSessionLifetime, maxRunsPerBrowser);
    }

    private static Limits configLimits(int w, int d, int b, int n, int p, int k) {
        try {
            return new Limits(w, d, b, n, p, k);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("minimax.limits: " + e.getMessage(), e);
        }
    }
}
