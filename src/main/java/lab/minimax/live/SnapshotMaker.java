package lab.minimax.live;

import lab.minimax.gan.LessonMetrics;
import lab.minimax.gan.Frame;
import lab.minimax.gan.Metric;
import lab.minimax.training.RunState;
import lab.minimax.training.TrainingRun;

import java.util.function.Supplier;
import lab.minimax.gan.Evaluator;
import lab.minimax.live.frame.LabSnapshot;
import lab.minimax.live.wire.ImageCoding;

/**
 * Makes the snapshots of one {@link TrainingRun}, on the thread that just trained, reading the
 * trainer under the run's lock:
 * <ul>
 *   <li>Throttle: while running, a new snapshot at most every {@link #FRAME_NANOS} (20/s; an image
 *   run's every {@link ImageCoding#frameNanos()}, 2.5/s, to keep its stream under 200 KB/s), and
 *   only when the page has taken the previous one ({@link #latest()}), so an idle or slow tab
 *   costs no probing; forced after every command (step, reset, pause).</li>
 *   <li>Heavy metrics (the {@link Evaluator} on {@link HeavyMetrics#EVAL_SAMPLES}
 *   samples, q̂, D*, mode coverage) when {@link HeavyCadence} says they are due: on the first
 *   frame past step 0 (the second while playing), then every 1–3 s for a run alone, every 15–20 s for a class
 *   of 30 on two cores; the first frame of a run and of a reset always has them.</li>
 *   <li>Frames from a {@link FrameBuilder}; a diverged run keeps the last good frame.</li>
 *   <li>The metrics log: one row per snapshot past step 0, and the heavy row of step 0 (the
 *   light columns are NaN there: no step has been made), so that every heavy chart has a
 *   point from the start.</li>
 * </ul>
 */
final class SnapshotMaker {
    static final long FRAME_NANOS = 50_000_000L;

    /** What the status line says at a snapshot. */
    record Status(RunState state, String reason) {
    }

    private final TrainingRun run;
    private final Supplier<Status> status;
    private final Runnable made;
    private final MetricsLog metrics = new MetricsLog();
    private final HeavyCadence heavyCadence = new HeavyCadence();
    private final Object lock = new Object();
    private volatile FrameBuilder builder;
    private volatile LabSnapshot latest;
    private volatile boolean taken = true;
    private long version;
    private long lastFrameNanos;
    /** Whether the frame being made has the heavy pass, and its step (under the lock). */
    private boolean heavyThisFrame;
    private long heavyStep;
    /** The time between two frames: {@link #FRAME_NANOS}, or an image run's {@link ImageCoding#frameNanos()}. */
    private volatile long frameNanos = FRAME_NANOS;

    /**
     * @param status the run's state and reason, read when a snapshot is made
     * @param made   called after each new snapshot (outside the lock)
     */
    SnapshotMaker(TrainingRun run, Supplier<Status> status, Runnable made) {
        this.run = run;
        this.status = status;
        this.made = made;
    }

    /** The newest snapshot (null before the first); the page has now taken it. */
    LabSnapshot latest() {
        taken = true;
        return latest;
    }

    /** The newest snapshot, without taking it. */
    LabSnapshot peek() {
        return latest;
    }

    float[] metricsAfter(long afterStep) {
        return metrics.after(afterStep);
    }

    /** The charts' history of a resumed run ({@link Metric#COLUMNS} floats a row, ascending steps). */
    void restoreMetrics(float[] rows) {
        for (int i = 0; i + Metric.COLUMNS <= rows.length; i += Metric.COLUMNS) {
            metrics.append(java.util.Arrays.copyOfRange(rows, i, i + Metric.COLUMNS));
        }
    }

    /** A new start at step 0 (reset, new config): the metrics log starts again. */
    void clearMetrics() {
        synchronized (lock) {
            metrics.clear();
            heavyCadence.restart();
        }
    }

    /** The last ‖∇ₓV‖ grid of the heavy metrics pass (lesson 5), or null. */
    LessonMetrics.Field gradField() {
        FrameBuilder b = builder;
        return b == null ? null : b.gradField();
    }

    /** Makes a snapshot when one is due (or {@code force}), with the heavy metrics when due (or {@code heavyNow}). */
    void snapshot(boolean force, boolean heavyNow) {
        synchronized (lock) {
            long now = System.nanoTime();
            if (!force && (!taken || now - lastFrameNanos < frameNanos)) {
                return;
            }
            lastFrameNanos = now;
            LabSnapshot prev = latest;
            Status st = status.get();
            RunState state = st.state();
            String why = st.reason();
            heavyThisFrame = false;
            LabSnapshot next = run.read(t -> {
                heavyStep = t.generatorSteps();
                heavyThisFrame = heavyNow || heavyCadence.due(now, heavyStep, state == RunState.RUNNING);
                boolean heavy = heavyThisFrame;
                if (builder == null || builder.trainer() != t) {
                    builder = new FrameBuilder(t, run.config().seed());
                    frameNanos = builder.images() ? ImageCoding.frameNanos() : FRAME_NANOS;
                }
                if (state == RunState.DIVERGED && prev != null) {
                    // keep the last good frame on screen
                    return new LabSnapshot(version + 1, t.generatorSteps(), t.discriminatorSteps(), state,
                            why, prev.plane(), prev.line(), prev.image());
                }
                if (builder.images()) {
                    float[] row = builder.lightRow();
                    if (heavy) {
                        builder.heavyImages(row);
                    }
                    if (t.generatorSteps() > 0 || heavy) {
                        metrics.append(row);
                    }
                    return new LabSnapshot(version + 1, t.generatorSteps(), t.discriminatorSteps(), state,
                            why, null, null, builder.image());
                }
                Frame f = builder.capture();
                float[] row = builder.lightRow();
                if (heavy) {
                    builder.heavy(f, row);
                }
                // step 0's row is the run's first heavy pass: every heavy chart has a point before Play
                if (t.generatorSteps() > 0 || heavy) {
                    metrics.append(row);
                }
                return new LabSnapshot(version + 1, t.generatorSteps(), t.discriminatorSteps(), state,
                        why, builder.twoD() ? builder.plane(f) : null, builder.twoD() ? null : builder.line(f));
            });
            if (heavyThisFrame) {
                heavyCadence.done(now, System.nanoTime(), run.schedulerLoad(), heavyStep);
            }
            version++;
            latest = next;
            taken = false;
        }
        made.run();
    }
}
