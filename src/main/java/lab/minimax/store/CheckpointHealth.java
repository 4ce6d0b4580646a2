package lab.minimax.store;

import lab.minimax.durable.CheckpointWriter;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The {@code checkpoints} health component, in the {@code store} group with {@code db} and never
 * in liveness or readiness: DOWN while the last write failed (the store is unreachable), with the
 * failure count, the error and the checkpoints waiting; UP again after the next write succeeds.
 */
final class CheckpointHealth implements HealthIndicator {
    private final CheckpointWriter writer;

    CheckpointHealth(CheckpointWriter writer) {
        this.writer = writer;
    }

    @Override
    public Health health() {
        CheckpointWriter.Stats s = writer.stats();
        Health.Builder b = s.storeUp() ? Health.up() : Health.down().withDetail("error", s.lastError());
        return b.withDetail("writes", s.writes()).withDetail("failures", s.failures())
                .withDetail("dropped", s.dropped()).withDetail("pending", s.pending()).build();
    }
}
