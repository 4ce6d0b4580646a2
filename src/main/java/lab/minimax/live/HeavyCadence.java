package lab.minimax.live;

/**
 * When a run's heavy metrics are due: at most once per {@link #MIN_NANOS}, and never more often
 * than keeps them under about 1/{@link #SHARE} of the run's share of the pool. After each pass the
 * interval becomes SHARE × (the pass's time) × (the pool's load, runs per thread), kept between
 * {@link #MIN_NANOS} and {@link #MAX_NANOS}: a run alone gets them every second, a class of 30
 * on two cores every 15–20 s. Used under the run's snapshot lock.
 */
final class HeavyCadence {
    static final long MIN_NANOS = 1_000_000_000L;
    /** The longest wait between two heavy computations, however slow or busy the server is. */
    static final long MAX_NANOS = 20_000_000_000L;
    /** Heavy metrics take at most about 1/SHARE of a run's share of the pool. */
    static final double SHARE = 20;

    private long last;
    private long interval = MIN_NANOS;

    /** Whether a pass is due at {@code now} (System.nanoTime). */
    boolean due(long now) {
        return now - last >= interval;
    }

    /** A pass that ran from {@code start} to {@code end} (System.nanoTime) just ended, with the pool at {@code load} runs per thread. */
    void done(long start, long end, double load) {
        last = end;
        interval = Math.min(MAX_NANOS, Math.max(MIN_NANOS, (long) (SHARE * (end - start) * load)));
    }
}
