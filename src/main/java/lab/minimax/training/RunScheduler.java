package lab.minimax.training;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Time-slices every active training run over one pool sized to the cores (not a thread per tab).
 * A run advances in slices of about {@link #sliceNanos()} (at least one step) and then queues
 * itself again behind the others, so runs share the CPU round-robin. The slice is
 * {@link #SLICE_NANOS} while few runs train; with many, it shrinks so that every run still gets a
 * turn (and with it a new frame) about every {@link #TURN_NANOS}, down to {@link #MIN_SLICE_NANOS}.
 */
public final class RunScheduler implements AutoCloseable {
    /** Length of one slice: long enough to amortise scheduling, short enough to stay fair. */
    public static final long SLICE_NANOS = 20_000_000L;
    /** The shortest slice: below it, scheduling and the frame after each slice would dominate. */
    public static final long MIN_SLICE_NANOS = 2_000_000L;
    /** The longest wait for a turn that the slice length aims at (≈ 12 turns/s per run). */
    public static final long TURN_NANOS = 80_000_000L;

    private final ScheduledThreadPoolExecutor pool;

    public RunScheduler(int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "minimax-train-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1); // drawing and pushing frames stay responsive
            return t;
        };
        pool = new ScheduledThreadPoolExecutor(threads, tf);
        pool.setRemoveOnCancelPolicy(true);
    }

    /** A pool with one thread per available core. */
    public static RunScheduler forCores() {
        return new RunScheduler(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /** Queues {@code task} to run after {@code delayNanos} (0: behind the runs already waiting). */
    void submit(Runnable task, long delayNanos) {
        if (!pool.isShutdown()) {
            pool.schedule(task, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
        }
    }

    public int threads() {
        return pool.getCorePoolSize();
    }

    /** Threads this pool has started (at most {@link #threads()}; a pool never grows per run). */
    public int liveThreads() {
        return pool.getPoolSize();
    }

    /**
     * The slice length now: runs in rotation share {@code threads × TURN_NANOS}, so with r runs
     * on t threads a slice is t·TURN/r, kept within [{@link #MIN_SLICE_NANOS}, {@link #SLICE_NANOS}].
     * The runs waiting in the queue, plus the threads' own, stand for the runs in rotation.
     */
    public long sliceNanos() {
        int threads = threads();
        long share = TURN_NANOS * threads / (pendingTasks() + threads);
        return Math.max(MIN_SLICE_NANOS, Math.min(SLICE_NANOS, share));
    }

    /** Runs in rotation per thread (at least 1): how much busier than one run per core the pool is. */
    public double load() {
        return Math.max(1.0, (pendingTasks() + threads()) / (double) threads());
    }

    /** Slices waiting in the pool's queue now (read-only; 0 once every run is released). */
    public int pendingTasks() {
        return pool.getQueue().size();
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
