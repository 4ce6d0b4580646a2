package lab.minimax.classroom;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Wrong join codes counted in memory (per instance) per browser, per normalised code and in total,
 * each in a fixed window from its first failure. A key at its limit is locked until its window ends;
 * successful joins are never counted, so a class behind one address joins freely.
 */
final class JoinLimiter {
    /** A lock: who is locked and for how much longer. */
    record Lock(Scope scope, long remainingMillis) {
        /** Whole minutes left, at least 1. */
        long minutes() {
            return Math.max(1, (remainingMillis + 59_999) / 60_000);
        }
    }

    enum Scope { BROWSER, CODE, SERVER }

    private record Window(long startMillis, int count) {
    }

    private static final String GLOBAL = "";
    private static final int PRUNE_OVER = 10_000;
    private final ClassroomProperties limits;
    private final LongSupplier clockMillis;
    private final Map<String, Window> browsers = new ConcurrentHashMap<>();
    private final Map<String, Window> codes = new ConcurrentHashMap<>();
    private final Map<String, Window> global = new ConcurrentHashMap<>();

    JoinLimiter(ClassroomProperties limits, LongSupplier clockMillis) {
        this.limits = limits;
        this.clockMillis = clockMillis;
    }

    /** The lock in force for an attempt from {@code browser} with {@code code}, or null when it may try. */
    Lock lockFor(String browser, String code) {
        long now = clockMillis.getAsLong();
        long window = limits.failureWindow().toMillis();
        Lock l = locked(browsers, browser, limits.maxFailuresPerBrowser(), now, window, Scope.BROWSER);
        if (l == null) {
            l = locked(codes, code, limits.maxFailuresPerCode(), now, window, Scope.CODE);
        }
        if (l == null) {
            l = locked(global, GLOBAL, limits.maxFailuresGlobal(), now, window, Scope.SERVER);
        }
        return l;
    }

    /** Counts a wrong code from {@code browser}. */
    void failed(String browser, String code) {
        long now = clockMillis.getAsLong();
        long window = limits.failureWindow().toMillis();
        count(browsers, browser, now, window);
        count(codes, code, now, window);
        count(global, GLOBAL, now, window);
    }

    Duration window() {
        return limits.failureWindow();
    }

    private static Lock locked(Map<String, Window> map, String key, int max, long now, long window, Scope scope) {
        Window w = map.get(key);
        if (w == null || now - w.startMillis() >= window || w.count() < max) {
            return null;
        }
        return new Lock(scope, w.startMillis() + window - now);
    }

    private static void count(Map<String, Window> map, String key, long now, long window) {
        map.compute(key, (k, w) -> w == null || now - w.startMillis() >= window ? new Window(now, 1)
                : new Window(w.startMillis(), w.count() + 1));
        if (map.size() > PRUNE_OVER) {
            map.values().removeIf(w -> now - w.startMillis() >= window);
        }
    }
}
