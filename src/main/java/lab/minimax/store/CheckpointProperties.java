package lab.minimax.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code minimax.checkpoint.*}: how durable runs are checkpointed (README "Durable runs").
 *
 * @param enabled  false: no checkpoints, runs live only in their JVM
 * @param interval at most one checkpoint per run this often while it trains (and at once on pause,
 *                 a settings change, release and shutdown)
 * @param keep     checkpoints kept per run (the newest)
 * @param ttl      runs not opened for this long are removed with their checkpoints
 * @param queue    runs whose checkpoint may wait for the writer at once (more are dropped and counted)
 * @param sweep    how often the TTL is applied
 */
@ConfigurationProperties("minimax.checkpoint")
public record CheckpointProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration interval,
                                   @DefaultValue("2") int keep, @DefaultValue("7d") Duration ttl,
                                   @DefaultValue("1000") int queue, @DefaultValue("1h") Duration sweep) {
    public CheckpointProperties {
        require(interval.compareTo(Duration.ofMillis(100)) >= 0, "interval", "at least 100ms", interval);
        require(keep >= 1 && keep <= 100, "keep", "1 to 100", keep);
        require(ttl.compareTo(Duration.ofMinutes(1)) >= 0, "ttl", "at least 1m", ttl);
        require(queue >= 1 && queue <= 100_000, "queue", "1 to 100000", queue);
        require(sweep.compareTo(Duration.ofSeconds(1)) >= 0, "sweep", "at least 1s", sweep);
    }

    private static void require(boolean ok, String field, String allowed, Object value) {
        if (!ok) {
            throw new IllegalArgumentException("minimax.checkpoint." + field + " must be " + allowed + " (got " + value + ")");
        }
    }
}
