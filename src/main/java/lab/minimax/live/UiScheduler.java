package lab.minimax.live;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The small shared timer pool that paces the pages' frame pumps : two daemon
 * threads for all tabs, never a thread per tab.
 */
public final class UiScheduler {
    private static final ScheduledExecutorService SHARED = create();

    private UiScheduler() {
    }

    public static ScheduledExecutorService shared() {
        return SHARED;
    }

    private static ScheduledExecutorService create() {
        AtomicInteger n = new AtomicInteger();
        ScheduledThreadPoolExecutor ex = new ScheduledThreadPoolExecutor(2, r -> {
            Thread t = new Thread(r, "lab-frames-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ex.setRemoveOnCancelPolicy(true);
        return ex;
    }
}
