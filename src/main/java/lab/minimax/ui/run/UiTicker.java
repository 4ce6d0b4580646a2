package lab.minimax.ui.run;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import lab.minimax.live.UiScheduler;

/**
 * A page's repeating task on the pages' shared timer ({@link UiScheduler}): started by Play,
 * stopped by Pause and when the page detaches. Not thread-safe: started and stopped on the UI thread.
 */
public final class UiTicker {
    private volatile ScheduledFuture<?> task;

    /** Runs {@code tick} every {@code periodMs} ms after a first delay of {@code initialDelayMs} ms. */
    public void start(Runnable tick, long initialDelayMs, long periodMs) {
        task = UiScheduler.shared().scheduleWithFixedDelay(tick, initialDelayMs, periodMs, TimeUnit.MILLISECONDS);
    }

    /** Whether a task is scheduled. */
    public boolean running() {
        return task != null;
    }

    /** Cancels the task (a tick in flight finishes) and forgets it. */
    public void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    /** Cancels the task from within a tick (the page is gone); {@link #running()} stays true until {@link #stop()}. */
    public void cancel() {
        ScheduledFuture<?> t = task;
        if (t != null) {
            t.cancel(false);
        }
    }
}
