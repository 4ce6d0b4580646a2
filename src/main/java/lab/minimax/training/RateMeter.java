package lab.minimax.training;

/**
 * Events per second over a sliding window of about one second, from (time, running count)
 * samples: steps/s from the step counter, frames/s from the count of drawn frames.
 */
public final class RateMeter {
    private static final int SIZE = 64;
    private static final long WINDOW_NANOS = 1_500_000_000L;
    private final long[] times = new long[SIZE];
    private final double[] counts = new double[SIZE];
    private int next;
    private int size;

    public synchronized void sample(long nanos, double count) {
        times[next] = nanos;
        counts[next] = count;
        next = (next + 1) % SIZE;
        size = Math.min(SIZE, size + 1);
    }

    /** Rate between the newest sample and the oldest one inside the window (0 with fewer than two). */
    public synchronized double rate(long nowNanos) {
        if (size < 2) {
            return 0;
        }
        int newest = (next - 1 + SIZE) % SIZE;
        int oldest = newest;
        for (int i = 1; i < size; i++) {
            int j = (newest - i + SIZE) % SIZE;
            if (nowNanos - times[j] > WINDOW_NANOS) {
                break;
            }
            oldest = j;
        }
        long dt = times[newest] - times[oldest];
        if (dt <= 0 || nowNanos - times[newest] > WINDOW_NANOS) {
            return 0;
        }
        // a counter that went back (reset) gives no rate until the window has refilled
        return Math.max(0, (counts[newest] - counts[oldest]) * 1e9 / dt);
    }

    public synchronized void clear() {
        size = 0;
        next = 0;
    }
}
