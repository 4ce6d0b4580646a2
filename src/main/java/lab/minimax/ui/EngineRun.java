package lab.minimax.ui;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.gan.Frame;
import lab.minimax.gan.Objectives;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import lab.minimax.session.RunRegistry;
import lab.minimax.session.RunScheduler;
import lab.minimax.session.TrainingRun;

/**
 * The real {@link LabRun}: a {@link TrainingRun} of the engine on the shared {@link RunScheduler},
 * with snapshots built on the training thread right after a slice.
 * <ul>
 *   <li>Frames: while running, a new snapshot at most every {@link #FRAME_NANOS} (20/s), and
 *   only when the page has taken the previous one ({@link #latest()}), so an idle or slow tab
 *   costs no probing; after every command (step, reset, pause) at once.</li>
 *   <li>Heavy metrics (the {@link lab.minimax.gan.Evaluator} on {@link FrameBuilder#EVAL_SAMPLES}
 *   samples, q̂, D*, mode coverage) at most once per {@link #HEAVY_NANOS} and never more often
 *   than keeps them under about a tenth of the run's time (the interval is ten times the last
 *   heavy computation, between {@link #HEAVY_NANOS} and {@link #HEAVY_MAX_NANOS}); the first
 *   frame of a run and of a reset always has them.</li>
 *   <li>Speed: "steps per frame" s caps training at s × 20 steps/s (the frame rate), i.e. about
 *   s steps between two drawn frames; 200 steps/frame is effectively uncapped.</li>
 *   <li>NaN/Inf: the run pauses itself (DIVERGED), the snapshot keeps the last good frame and
 *   carries the reason.</li>
 * </ul>
 */
public final class EngineRun implements LabRun {
    static final long FRAME_NANOS = 50_000_000L;
    static final long HEAVY_NANOS = 1_000_000_000L;
    /** The longest wait between two heavy computations, however slow they are. */
    static final long HEAVY_MAX_NANOS = 3_000_000_000L;
    static final double FRAMES_PER_SECOND = 20;

    private final TrainingRun run;
    private final RunRegistry registry;
    private final String token;
    private final MetricsLog metrics = new MetricsLog();
    private final Object snapLock = new Object();
    private FrameBuilder builder;
    private volatile LabSnapshot latest;
    private volatile boolean taken = true;
    private long version;
    private long lastFrameNanos;
    private long lastHeavyNanos;
    private long heavyInterval = HEAVY_NANOS;
    private volatile boolean closed;

    public EngineRun(RunScheduler scheduler, RunRegistry registry, ExperimentConfig config) {
        this.run = new TrainingRun(scheduler, TrainerFactory::create, config);
        this.registry = registry;
        this.token = registry.register(this);
        setStepsPerFrame(5);
        snapshot(true, true);
        run.setListener(r -> snapshot(false, false));
    }

    /** The token of the page-hide beacon that releases this run. */
    public String token() {
        return token;
    }

    /** The engine's run behind this page (tests). */
    TrainingRun trainingRun() {
        return run;
    }

    @Override
    public void play() {
        run.play();
        snapshot(true, false);
    }

    @Override
    public void pause() {
        run.pause();
        snapshot(true, false);
    }

    @Override
    public void stepD() {
        run.stepDiscriminator();
        snapshot(true, false);
    }

    @Override
    public void stepG() {
        run.stepGenerator();
        snapshot(true, false);
    }

    @Override
    public void step() {
        run.step();
        snapshot(true, false);
    }

    @Override
    public void reset() {
        run.reset();
        metrics.clear();
        snapshot(true, true);
    }

    /** Restarts at step 0 on a new config (a setting that needs a new model). */
    public void reconfigure(ExperimentConfig config) {
        run.reconfigure(config);
        metrics.clear();
        snapshot(true, true);
    }

    @Override
    public void updateLive(ExperimentConfig c) {
        run.adjust(c, (Trainer t) -> {
            t.settings().setDSteps(c.dSteps());
            t.settings().setLearningRates(c.optimizer().generator().lr(), c.optimizer().discriminator().lr());
            t.setObjective(Objectives.create(c.objective()));
            t.settingsChanged();
        });
    }

    @Override
    public void setStepsPerFrame(int steps) {
        int s = Math.max(1, Math.min(1000, steps));
        run.setMaxStepsPerSecond(s * FRAMES_PER_SECOND);
    }

    @Override
    public LabSnapshot latest() {
        taken = true;
        return latest;
    }

    @Override
    public float[] metricsAfter(long afterStep) {
        return metrics.after(afterStep);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            run.stop("released");
            registry.unregister(token);
        }
    }

    boolean isClosed() {
        return closed;
    }

    /**
     * Builds a snapshot when one is due (or {@code force}): on the thread that just trained,
     * reading the trainer under the run's lock.
     */
    private void snapshot(boolean force, boolean heavyNow) {
        synchronized (snapLock) {
            long now = System.nanoTime();
            if (!force && (!taken || now - lastFrameNanos < FRAME_NANOS)) {
                return;
            }
            lastFrameNanos = now;
            LabSnapshot prev = latest;
            lab.minimax.session.RunState s = run.state();
            RunState state = switch (s) {
                case RUNNING, QUEUED -> RunState.RUNNING;
                case DIVERGED, FAILED -> RunState.DIVERGED;
                default -> RunState.PAUSED;
            };
            boolean heavy = heavyNow || now - lastHeavyNanos >= heavyInterval;
            LabSnapshot next = run.read(t -> {
                if (builder == null || builder.trainer() != t) {
                    builder = new FrameBuilder(t, run.config().seed());
                }
                if (state == RunState.DIVERGED && prev != null) {
                    // keep the last good frame on screen
                    return new LabSnapshot(version + 1, t.generatorSteps(), t.discriminatorSteps(), state,
                            run.reason(), prev.plane(), prev.line());
                }
                Frame f = builder.capture();
                float[] row = builder.lightRow();
                if (heavy) {
                    builder.heavy(f, row);
                }
                if (t.generatorSteps() > 0) {
                    metrics.append(row);
                }
                return new LabSnapshot(version + 1, t.generatorSteps(), t.discriminatorSteps(), state,
                        run.reason(), builder.twoD() ? builder.plane(f) : null, builder.twoD() ? null : builder.line(f));
            });
            if (heavy) {
                long took = System.nanoTime() - now;
                lastHeavyNanos = System.nanoTime();
                heavyInterval = Math.min(HEAVY_MAX_NANOS, Math.max(HEAVY_NANOS, 10 * took));
            }
            version++;
            latest = next;
            taken = false;
        }
    }
}
