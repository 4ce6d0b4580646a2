package lab.minimax.store;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import lab.minimax.durable.CheckpointStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code minimax.checkpoint.ttl}: every {@code sweep} (and once a minute after start), the
 * runs not opened for the TTL are removed with their checkpoints. A store that is down is tried
 * again at the next sweep.
 */
final class CheckpointSweeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointSweeper.class);
    private final CheckpointStore store;
    private final Duration ttl;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "checkpoint-sweeper");
        t.setDaemon(true);
        return t;
    });

    CheckpointSweeper(CheckpointStore store, Duration ttl, Duration every, Clock clock) {
        this.store = store;
        this.ttl = ttl;
        this.clock = clock;
        timer.scheduleWithFixedDelay(this::sweepQuietly, Math.min(60_000, every.toMillis()), every.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Removes the runs not opened for the TTL now; the number removed. */
    int sweep() {
        int n = store.removeNotOpenedSince(clock.instant().minus(ttl));
        if (n > 0) {
            LOG.info("removed {} run(s) not opened for {}", n, ttl);
        }
        return n;
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.warn("run store sweep failed (tried again in the next sweep): {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
