package lab.minimax.classroom;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code minimax.classroom.archive-ttl}: every {@code sweep} (the first a minute after start at
 * the latest), classes archived longer than the TTL are deleted with all their data. A database
 * that is down is tried again at the next sweep.
 */
final class ArchiveSweeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveSweeper.class);
    private final Classes classes;
    private final Duration ttl;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "class-archive-sweeper");
        t.setDaemon(true);
        return t;
    });

    ArchiveSweeper(Classes classes, Duration ttl, Duration every, Clock clock, boolean start) {
        this.classes = classes;
        this.ttl = ttl;
        this.clock = clock;
        if (start) {
            timer.scheduleWithFixedDelay(this::sweepQuietly, Math.min(60_000, every.toMillis()), every.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Purges the classes archived before now − TTL; how many. */
    int sweep() {
        int n = classes.purgeArchivedBefore(clock.instant().minus(ttl));
        if (n > 0) {
            LOG.info("purged {} class(es) archived for more than {}", n, ttl);
        }
        return n;
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.warn("archived classes not purged (tried again at the next sweep): {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
