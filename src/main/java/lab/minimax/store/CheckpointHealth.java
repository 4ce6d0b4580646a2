package lab.minimax.store;

import lab.minimax.durable.CheckpointWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code checkpoints} health component, in the {@code store} group with {@code db} and never
 * in liveness or readiness: DOWN while the last write failed (the store is unreachable), with the
 * failure count, the error and the checkpoints waiting; UP again after the next write succeeds.
 * With {@code minimax.checkpoint.enabled=false} it is UP and says checkpoints are off (the group
 * names it either way).
 */
@Component("checkpointsHealthIndicator")
final class CheckpointHealth implements HealthIndicator {
    private final ObjectProvider<CheckpointWriter> writer;

    CheckpointHealth(ObjectProvider<CheckpointWriter> writer) {
        this.writer = writer;
    }

    @Override
    public Health health() {
        CheckpointWriter w = writer.getIfAvailable();
        if (w == null) {
            return Health.up().withDetail("checkpoints", "off (minimax.checkpoint.enabled=false)").build();
        }
        CheckpointWriter.Stats s = w.stats();
        Health.Builder b = s.storeUp() ? Health.up() : Health.down().withDetail("error", s.lastError());
        return b.withDetail("writes", s.writes()).withDetail("failures", s.failures())
                .withDetail("dropped", s.dropped()).withDetail("pending", s.pending()).build();
    }
}
