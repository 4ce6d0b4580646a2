package lab.minimax.ui;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.gan.Frame;
import lab.minimax.gan.objective.Objectives;
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
 *   samples, q̂, D*, mode coverage) when {@link HeavyCadence} says they are due: every second for
 *   a run alone, every 15–20 s for a class of 30 on two cores, whose frames (≥ 10/s) and steps
 *   keep going; the first frame of a run and of a reset always has them.</li>
 *   <li>Speed: "steps per frame" s caps training at s × 20 steps/s (the frame rate), i.e. about
 *   s steps between two drawn frames; 200 steps/frame is effectively uncapped.</li>
 *   <li>NaN/Inf: the run pauses itself (DIVERGED), the snapshot keeps the last good frame and
 *   carries the reason.</li>
 * </ul>
 */
public final class EngineRun implements LabRun, lab.minimax.session.ManagedRun {
    static final long FRAME_NANOS = 50_000_000L;
    static final double FRAMES_PER_SECOND = 20;

    private final TrainingRun run;
    private final RunRegistry registry;
    private final String token;
    private final MetricsLog metrics = new MetricsLog();
    private final Object snapLock = new Object();
    private volatile FrameBuilder builder;
    private volatile LabSnapshot latest;
    private volatile boolean taken = true;
    private volatile Runnable snapshotListener;
    private long version;
    private long lastFrameNanos;
    private final HeavyCadence heavyCadence = new HeavyCadence();
    private volatile boolean closed;
    private final long startedAtMillis = System.currentTimeMillis();
    private final lab.minimax.session.RunOwner owner;
    private final lab.minimax.session.SlottedPlay slotted;
    /** The operator's cap on steps/s (infinite: none). */
    private final double operatorCap;
    private volatile long lastActivityMillis = startedAtMillis;

    /** A run without limits and without an owner (tests). */
    public EngineRun(RunScheduler scheduler, RunRegistry registry, ExperimentConfig config) {
        this(scheduler, registry, config, lab.minimax.session.RunOwner.UNKNOWN, lab.minimax.session.RunSlots.unlimited(), 0);
    }

    /**
     * @param owner             the HTTP session and client the run belongs to
     * @param slots             the server's training slots (Play queues or is refused when all are taken)
     * @param maxStepsPerSecond the operator's cap on this run's steps/s (0: none)
     */
    public EngineRun(RunScheduler scheduler, RunRegistry registry, ExperimentConfig config,
                     lab.minimax.session.RunOwner owner, lab.minimax.session.RunSlots slots, double maxStepsPerSecond) {
        this.run = new TrainingRun(scheduler, TrainerFactory::create, config);
        this.owner = owner;
        this.operatorCap = maxStepsPerSecond > 0 ? maxStepsPerSecond : Double.POSITIVE_INFINITY;
        this.slotted = new lab.minimax.session.SlottedPlay(run, slots, () -> snapshot(true, false));
        this.registry = registry;
        this.token = registry.register(this);
        setStepsPerFrame(5);
        snapshot(true, true);
        run.setListener(r -> {
            slotted.runChanged();
            snapshot(false, false);
        });
        lab.minimax.session.RunEvents.all().runStarted();
    }

    /** The token of the page-hide beacon that releases this run. */
    public String token() {
        return token;
    }

    /** The engine's run behind this page (tests). */
    TrainingRun trainingRun() {
        return run;
    }

    /** The last ‖∇ₓV‖ grid of the heavy metrics pass (lesson 5), or null. */
    LessonMetrics.Field gradField() {
        FrameBuilder b = builder;
        return b == null ? null : b.gradField();
    }

    /** Computes the heavy metrics now, into a new snapshot and metrics row (tests). */
    void measureNow() {
        snapshot(true, true);
    }

    @Override
    public void play() {
        touch();
        slotted.play();
        snapshot(true, false);
    }

    @Override
    public void pause() {
        touch();
        run.pause();
        slotted.leave();
        snapshot(true, false);
    }

    @Override
    public void stepD() {
        touch();
        run.stepDiscriminator();
        slotted.leave();
        snapshot(true, false);
    }

    @Override
    public void stepG() {
        touch();
        run.stepGenerator();
        slotted.leave();
        snapshot(true, false);
    }

    @Override
    public void step() {
        touch();
        run.step();
        slotted.leave();
        snapshot(true, false);
    }

    /** A user command: the run is not idle. */
    private void touch() {
        lastActivityMillis = System.currentTimeMillis();
    }

    @Override
    public void reset() {
        touch();
        run.reset();
        metrics.clear();
        snapshot(true, true);
    }

    /** Restarts at step 0 on a new config (a setting that needs a new model). */
    public void reconfigure(ExperimentConfig config) {
        touch();
        run.reconfigure(config);
        metrics.clear();
        snapshot(true, true);
    }

    @Override
    public void updateLive(ExperimentConfig c) {
        touch();
        run.adjust(c, (Trainer t) -> {
            t.settings().setDSteps(c.dSteps());
            t.settings().setLearningRates(c.optimizer().generator().lr(), c.optimizer().discriminator().lr());
            t.setObjective(Objectives.create(c.objective()));
            t.settingsChanged();
        });
    }

    @Override
    public void setStepsPerFrame(int steps) {
        touch();
        int s = Math.max(1, Math.min(1000, steps));
        run.setMaxStepsPerSecond(Math.min(s * FRAMES_PER_SECOND, operatorCap));
    }

    @Override
    public void setSnapshotListener(Runnable listener) {
        snapshotListener = listener;
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
        stop("released");
    }

    @Override
    public void stop(String reason) {
        if (!closed) {
            closed = true;
            run.stop(reason);
            slotted.leave();
            registry.unregister(token);
            lab.minimax.session.RunEvents.all().runStopped(reason);
            snapshot(true, false);
        }
    }

    @Override
    public lab.minimax.session.RunInfo info(String token) {
        ExperimentConfig c = run.config();
        String summary = c.target().name() + " · " + c.objective().divergence().id()
                + " · G " + c.generator().hidden() + " D " + c.discriminator().hidden()
                + " · batch " + c.batchSize() + " · seed " + c.seed();
        LabSnapshot s = latest;
        int position = slotted.position();
        lab.minimax.session.RunState state = position > 0 ? lab.minimax.session.RunState.QUEUED : run.state();
        return new lab.minimax.session.RunInfo(token, owner.sessionId(), owner.clientAddress(), summary, state,
                reasonNow(position), s == null ? 0 : s.gSteps(), run.stepsPerSecond(), startedAtMillis,
                lastActivityMillis, position);
    }

    /** What the page and the operator read as the reason: queue place, refusal, or the run's own reason. */
    private String reasonNow(int position) {
        if (position > 0) {
            return lab.minimax.session.RunSlots.queuedMessage(position);
        }
        String refused = slotted.refusal();
        return refused.isEmpty() || run.state() == lab.minimax.session.RunState.RUNNING ? run.reason() : refused;
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
            int position = slotted.position();
            String why = reasonNow(position);
            RunState state = position > 0 ? RunState.QUEUED : switch (s) {
                case RUNNING -> RunState.RUNNING;
                case QUEUED -> RunState.QUEUED;
                case DIVERGED, FAILED -> RunState.DIVERGED;
                case STOPPED -> RunState.STOPPED;
                default -> RunState.PAUSED;
            };
            boolean heavy = heavyNow || heavyCadence.due(now);
            LabSnapshot next = run.read(t -> {
                if (builder == null || builder.trainer() != t) {
                    builder = new FrameBuilder(t, run.config().seed());
                }
                if (state == RunState.DIVERGED && prev != null) {
                    // keep the last good frame on screen
                    return new LabSnapshot(version + 1, t.generatorSteps(), t.discriminatorSteps(), state,
                            why, prev.plane(), prev.line());
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
                        why, builder.twoD() ? builder.plane(f) : null, builder.twoD() ? null : builder.line(f));
            });
            if (heavy) {
                heavyCadence.done(now, System.nanoTime(), run.schedulerLoad());
            }
            version++;
            latest = next;
            taken = false;
        }
        Runnable l = snapshotListener;
        if (l != null) {
            l.run();
        }
    }
}
