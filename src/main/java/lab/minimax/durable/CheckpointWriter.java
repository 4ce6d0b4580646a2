package lab.minimax.durable;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes checkpoints to the {@link CheckpointStore} on a thread of its own, so training never waits
 * for the database. The queue holds at most one checkpoint per run (a newer one replaces the
 * waiting one in its place) and at most {@code capacity} runs; a checkpoint offered to a full
 * queue is dropped and counted. A failed write is counted, the store is reported down, and the
 * checkpoint waits for the next attempt (1 s, doubling to 10 s) unless a newer one of its run
 * replaced it: training goes on, and the checkpoints catch up when the store is back.
 */
public final class CheckpointWriter implements AutoCloseable {
    /**
     * @param writes          checkpoints written
     * @param failures        failed write attempts
     * @param dropped         checkpoints dropped because the queue was full
     * @param pending         checkpoints waiting (and the one being written)
     * @param storeUp         false from a failed write until the next successful one
     * @param lastError       the last failure's message, or empty
     * @param lastWriteMillis the last successful write's duration
     * @param lastBytes       the last written checkpoint's size
     */
    public record Stats(long writes, long failures, long dropped, int pending, boolean storeUp, String lastError,
                        double lastWriteMillis, long lastBytes) {
    }

    /** Told (on the writer's thread) each time a write succeeds or fails. */
    public interface Listener {
        void written(CheckpointJob job, long nanos);

        void failed(CheckpointJob job, RuntimeException e);
    }

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointWriter.class);
    static final long FIRST_RETRY_MILLIS = 1_000;
    static final long MAX_RETRY_MILLIS = 10_000;

    private final CheckpointStore store;
    private final int capacity;
    private final int keep;
    private final Object lock = new Object();
    private final LinkedHashMap<String, CheckpointJob> pending = new LinkedHashMap<>();
    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final Thread thread;
    private volatile Listener listener = new Listener() {
        @Override
        public void written(CheckpointJob job, long nanos) {
        }

        @Override
        public void failed(CheckpointJob job, RuntimeException e) {
        }
    };
    private volatile boolean storeUp = true;
    private volatile String lastError = "";
    private volatile long lastNanos;
    private volatile long lastBytes;
    private CheckpointJob inFlight;
    private boolean closed;

    /**
     * @param capacity runs whose checkpoint may wait at once
     * @param keep     checkpoints kept per run
     */
    public CheckpointWriter(CheckpointStore store, int capacity, int keep) {
        if (capacity < 1 || keep < 1) {
            throw new IllegalArgumentException("capacity and keep must be ≥ 1: " + capacity + ", " + keep);
        }
        this.store = store;
        this.capacity = capacity;
        this.keep = keep;
        thread = new Thread(this::loop, "checkpoint-writer");
        thread.setDaemon(true);
        thread.start();
    }

    public void setListener(Listener l) {
        listener = l;
    }

    /** Queues {@code job}, replacing a waiting one of its run; false when the queue is full or closed. */
    public boolean offer(CheckpointJob job) {
        synchronized (lock) {
            if (closed) {
                return false;
            }
            if (!pending.containsKey(job.runId()) && pending.size() >= capacity) {
                dropped.incrementAndGet();
                return false;
            }
            pending.put(job.runId(), job);
            lock.notifyAll();
            return true;
        }
    }

    /** The checkpoint of {@code runId} that is waiting or being written, or null. */
    public CheckpointJob waiting(String runId) {
        synchronized (lock) {
            CheckpointJob j = pending.get(runId);
            return j != null ? j : inFlight != null && inFlight.runId().equals(runId) ? inFlight : null;
        }
    }

    /** Waits until nothing is waiting (true) or {@code timeout} passed (false). */
    public boolean flush(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (!pending.isEmpty() || inFlight != null) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    public Stats stats() {
        int n;
        synchronized (lock) {
            n = pending.size() + (inFlight != null ? 1 : 0);
        }
        return new Stats(writes.get(), failures.get(), dropped.get(), n, storeUp, lastError, lastNanos / 1e6, lastBytes);
    }

    /** Stops the thread (what is still waiting is not written: {@link #flush} first). */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        long retry = FIRST_RETRY_MILLIS;
        while (true) {
            CheckpointJob job;
            synchronized (lock) {
                while (pending.isEmpty() && !closed) {
                    waitQuietly(0);
                }
                if (closed) {
                    return;
                }
                Iterator<CheckpointJob> it = pending.values().iterator();
                job = it.next();
                it.remove();
                inFlight = job;
            }
            long start = System.nanoTime();
            boolean ok = false;
            try {
                store.save(job, keep);
                ok = true;
                long nanos = System.nanoTime() - start;
                writes.incrementAndGet();
                lastNanos = nanos;
                lastBytes = job.state().length;
                storeUp = true;
                lastError = "";
                retry = FIRST_RETRY_MILLIS;
                listener.written(job, nanos);
            } catch (RuntimeException e) {
                failures.incrementAndGet();
                storeUp = false;
                lastError = String.valueOf(e.getMessage());
                LOG.warn("checkpoint of run {}… at step {} not written (retry in {} ms): {}",
                        job.runId().substring(0, Math.min(6, job.runId().length())), job.step(), retry, e.toString());
                listener.failed(job, e);
            }
            synchronized (lock) {
                inFlight = null;
                if (!ok) {
                    pending.putIfAbsent(job.runId(), job);
                }
                lock.notifyAll();
                if (!ok) {
                    // the whole back-off, whatever is offered meanwhile (a down store is not hammered)
                    long until = System.nanoTime() + retry * 1_000_000;
                    long left;
                    while (!closed && (left = until - System.nanoTime()) > 0) {
                        waitQuietly(Math.max(1, left / 1_000_000));
                    }
                    retry = Math.min(MAX_RETRY_MILLIS, retry * 2);
                }
            }
        }
    }

    private void waitQuietly(long millis) {
        try {
            lock.wait(millis);
        } catch (InterruptedException e) {
            closed = true;
        }
    }
}
