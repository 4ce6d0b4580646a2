package lab.minimax.live;

/**
 * When a run's heavy metrics are due:
 * <ul>
 *   <li>on the run's first frame (step 0, at start or reset: {@link SnapshotMaker} asks for it),
 *   whose row gives every heavy chart its first point before Play;</li>
 *   <li>on the first frame past step 0 (since the start or the last reset) when a step command
 *   made it, and on the second one while playing: a playing run's first frame past step 0 goes out light,
 *   so the light charts and the view move at once however long the pass takes (a cold pass on the
 *   spiral took 2.7 s on a loaded machine); then the 1D layers (histogram, q̂, D*) leave step 0
 *   a frame later, not a cost interval later;</li>
 *   <li>then the first {@link #WARMUP} rows past step 0 (this one included) {@link #MIN_NANOS} apart when the pool
 *   is not queueing (load ≤ 1 run per thread: a run alone), so every chart has a line within 2 s;</li>
 *   <li>otherwise at most once per {@link #MIN_NANOS}, and never more often than keeps them under
 *   about 1/{@link #SHARE} of the run's share of the pool: after each pass the interval becomes
 *   SHARE × (the pass's time) × (the pool's load, runs per thread), kept between
 *   {@link #MIN_NANOS} and {@link #MAX_NANOS}: a run alone gets them every 1–3 s, a class of 30
 *   on two cores every 15–20 s.</li>
 * </ul>
 * Used under the run's snapshot lock.
 */
final class HeavyCadence {
    static final long MIN_NANOS = 1_000_000_000L;
    /** The longest wait between two heavy computations, however slow or busy the server is. */
    static final long MAX_NANOS = 20_000_000_000L;
    /** Heavy metrics take at most about 1/SHARE of a run's share of the pool. */
    static final double SHARE = 20;
    /** Rows past step 0 that come every {@link #MIN_NANOS} on a pool that is not queueing. */
    static final int WARMUP = 3;

    private long last;
    private long interval = MIN_NANOS;
    /** Heavy rows past step 0 since the start or the last {@link #restart()}. */
    private int rowsPastZero;
    /** Whether a playing run's first frame past step 0 went out light. */
    private boolean lightFramePastZero;

    /**
     * Whether a pass is due at {@code now} (System.nanoTime) on a frame at generator step
     * {@code step}; {@code running}: the frame is one of a playing run's (not a command's).
     * Called once per frame.
     */
    boolean due(long now, long step, boolean running) {
        boolean firstPastZero = step > 0 && rowsPastZero == 0;
        if (firstPastZero && running && !lightFramePastZero) {
            lightFramePastZero = true;
            return false;
        }
        return firstPastZero || now - last >= interval;
    }

    /**
     * A pass at generator step {@code step} that ran from {@code start} to {@code end}
     * (System.nanoTime) just ended, with the pool at {@code load} runs per thread.
     */
    void done(long start, long end, double load, long step) {
        last = end;
        if (step > 0) {
            rowsPastZero++;
        }
        boolean warm = step > 0 && rowsPastZero < WARMUP && load <= 1;
        interval = warm ? MIN_NANOS : Math.min(MAX_NANOS, Math.max(MIN_NANOS, (long) (SHARE * (end - start) * load)));
    }

    /** The run starts again at step 0 (reset, new config): the first (or, playing, second) frame past step 0 has a heavy row. */
    void restart() {
        rowsPastZero = 0;
        lightFramePastZero = false;
    }
}
