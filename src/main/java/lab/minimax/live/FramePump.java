package lab.minimax.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import lab.minimax.training.RunEvents;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.LoggerFactory;
import lab.minimax.live.frame.LabSnapshot;

/**
 * Paces one page's frames: it takes the run's newest snapshot and, when it is new and the browser
 * has acknowledged the previous frame, draws it inside {@code ui.access} with one manual
 * {@code ui.push()}. It does so as soon as the run has a new snapshot (the run tells it, see
 * {@link LiveRun#setSnapshotListener}) or the browser acknowledges the previous frame — the frame
 * then rides the acknowledgement's own response — and, as a fallback, every 50 ms. The run makes
 * at most 20 snapshots a second, so the page gets at most 20 frames/s. A slow client gets fewer
 * frames, never a backlog; an acknowledgement lost on the way is given up on after two seconds.
 */
final class FramePump {
    /** Draws a snapshot as frame {@code seq}; called with the session locked. */
    interface Sink {
        void draw(long seq, LabSnapshot snapshot);
    }

    private static final long PERIOD_MS = 50;
    private static final long ACK_TIMEOUT_NANOS = 2_000_000_000L;

    private final UI ui;
    private final Supplier<LiveRun> run;
    private final Sink sink;
    private final AtomicLong seq = new AtomicLong();
    private volatile long awaiting = -1;
    private volatile long sentAt;
    private volatile LabSnapshot lastSent;
    /** A tick is queued on the shared pool (so a burst of snapshots queues one, not many). */
    private final AtomicBoolean kicked = new AtomicBoolean();
    /** The run this pump listens to (the page may replace its run). */
    private LiveRun listened;
    private ScheduledFuture<?> task;
    private volatile boolean running;
    private final long periodMs;

    FramePump(UI ui, Supplier<LiveRun> run, Sink sink) {
        this(ui, run, sink, PERIOD_MS);
    }

    /** @param periodMs the fallback tick (tests make it long, to see the pump act without it) */
    FramePump(UI ui, Supplier<LiveRun> run, Sink sink, long periodMs) {
        this.ui = ui;
        this.run = run;
        this.sink = sink;
        this.periodMs = periodMs;
    }

    synchronized void start() {
        running = true;
        if (task == null) {
            task = UiScheduler.shared().scheduleWithFixedDelay(this::tick, periodMs, periodMs, TimeUnit.MILLISECONDS);
        }
        listen();
    }

    synchronized void stop() {
        running = false;
        if (task != null) {
            task.cancel(false);
            task = null;
        }
        if (listened != null) {
            listened.setSnapshotListener(null);
            listened = null;
        }
    }

    /** Follows the page's current run: its new snapshots kick this pump. */
    private synchronized void listen() {
        LiveRun r = run.get();
        if (r != listened && running) {
            if (listened != null) {
                listened.setSnapshotListener(null);
            }
            listened = r;
            if (r != null) {
                r.setSnapshotListener(this::kick);
            }
        }
    }

    /** A frame is out and its acknowledgement is not yet overdue (given up on after ACK_TIMEOUT_NANOS). */
    private boolean waitingForAck() {
        return awaiting >= 0 && System.nanoTime() - sentAt < ACK_TIMEOUT_NANOS;
    }

    /** The run has a new snapshot: send it now unless the browser still paints the previous frame. */
    private void kick() {
        if (waitingForAck()) {
            return; // the acknowledgement will send it
        }
        if (kicked.compareAndSet(false, true)) {
            try {
                UiScheduler.shared().execute(() -> {
                    kicked.set(false);
                    tick();
                });
            } catch (RejectedExecutionException e) {
                kicked.set(false);
            }
        }
    }

    /**
     * The browser has painted frame {@code drawnSeq} (called with the session locked, from the
     * acknowledgement's request): a newer snapshot goes out at once, in that request's response.
     */
    void acknowledged(long drawnSeq) {
        if (drawnSeq == awaiting) {
            awaiting = -1;
            LiveRun r = run.get();
            LabSnapshot s = r == null ? null : r.latest();
            if (s != null && s != lastSent) {
                draw(s);
            }
        }
    }

    /** Draws the newest snapshot now (call with the session locked, e.g. from a button click). */
    void drawNow() {
        LabSnapshot s = run.get().latest();
        draw(s);
    }

    /** Forgets what was sent, so that the next tick draws even an unchanged snapshot. */
    void invalidate() {
        lastSent = null;
    }

    /** Draws {@code s} as the next frame (session locked) and waits for its acknowledgement. */
    private void draw(LabSnapshot s) {
        lastSent = s;
        sentAt = System.nanoTime();
        awaiting = seq.incrementAndGet();
        sink.draw(awaiting, s);
        RunEvents.all().framePushed();
    }

    private void tick() {
        if (!running) {
            return; // a kick queued before the page went away
        }
        try {
            listen();
            if (waitingForAck()) {
                return;
            }
            LabSnapshot s = run.get().latest();
            if (s == lastSent) {
                return;
            }
            ui.access(() -> {
                // re-read under the lock: a click may have drawn a newer snapshot meanwhile
                LabSnapshot now = run.get().latest();
                if (now == lastSent) {
                    return;
                }
                draw(now);
                if (ui.getPushConfiguration().getPushMode().isEnabled()) {
                    ui.push();
                }
            });
        } catch (UIDetachedException e) {
            stop();
        } catch (RuntimeException e) {
            // keep the pump alive for the next tick; the page shows the last good frame
            LoggerFactory.getLogger(FramePump.class).warn("frame not drawn", e);
        }
    }
}
