package lab.minimax.session;

/**
 * Events per second over a sliding window of about one second (steps/s, frames/s). Thread-safe.
 */
public final class RateMeter {
    private static final long WINDOW = 1_000_000_000L;
    private long windowStart = System.nanoTime();
    private long count;
    private double rate;

    public synchronized void add(long events) {
        roll(System.nanoTime());
        count += events;
    }

    /** Events per second in the last complete window (0 when idle for a window). */
    public synchronized double perSecond() {
        roll(System.nanoTime());
        return rate;
    }

    private void roll(long now) {
        long elapsed = now - windowStart;
        if (elapsed >= WINDOW) {
            rate = count * 1e9 / elapsed;
            count = 0;
            windowStart = now;
        }
    }
}
