package lab.minimax.assignment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code minimax.assignments.*}: how submissions are verified (README "Assignments").
 *
 * @param replayThreads threads replaying submissions on this instance, at the lowest priority (0: this
 *                      instance verifies none; another must)
 * @param evalSamples   generated samples the server's metrics are computed on
 * @param evalSeed      the fixed evaluation seed (the same claim always measures the same)
 */
@ConfigurationProperties("minimax.assignments")
public record AssignmentProperties(@DefaultValue("1") int replayThreads, @DefaultValue("10000") int evalSamples,
                                   @DefaultValue("20260416") long evalSeed) {
    public AssignmentProperties {
        if (replayThreads < 0 || replayThreads > 64) {
            throw new IllegalArgumentException("minimax.assignments.replay-threads must be 0 to 64 (got " + replayThreads + ")");
        }
        if (evalSamples < 100 || evalSamples > 1_000_000) {
            throw new IllegalArgumentException("minimax.assignments.eval-samples must be 100 to 1000000 (got " + evalSamples + ")");
        }
    }
}
