package lab.minimax.live;

import lab.minimax.gan.LessonMetrics;
import lab.minimax.training.RunState;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.gan.LiveChange;
import lab.minimax.gan.TrainerFactory;
import lab.minimax.training.RunRegistry;
import lab.minimax.training.RunScheduler;
import lab.minimax.training.TrainingRun;
import lab.minimax.training.ManagedRun;
import lab.minimax.training.RunEvents;
import lab.minimax.training.RunInfo;
import lab.minimax.training.RunOwner;
import lab.minimax.training.RunSlots;
import lab.minimax.training.SlottedPlay;
import lab.minimax.live.frame.LabSnapshot;
import lab.minimax.durable.Checkpointing;
import lab.minimax.durable.RunCheckpoint;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.grading.Claim;


/**
 * The real {@link LiveRun}: a {@link TrainingRun} of the engine on the shared {@link RunScheduler}.
 * This class is the run's transport (play, steps, reset, pause, stop), its live settings, its
 * training slot and idle time, the speed cap and its entry in the {@link RunRegistry}; the
 * snapshots are made by a {@link SnapshotMaker} on the training thread right after a slice.
 * <ul>
 *   <li>Speed: "steps per frame" s caps training at s × 20 steps/s (the frame rate), i.e. about
 *   s steps between two drawn frames; 200 steps/frame is effectively uncapped.</li>
 *   <li>NaN/Inf: the run pauses itself (DIVERGED), the snapshot keeps the last good frame and
 *   carries the reason.</li>
 *   <li>Durable (a page of a known browser on a server with a store): a checkpoint at most every
 *   {@code minimax.checkpoint.interval} while it trains, at once on pause, a settings change, a
 *   reset and when it is released; see {@link Checkpointing}.</li>
 * </ul>
 */
public final class EngineLiveRun implements LiveRun, ManagedRun {
    static final double FRAMES_PER_SECOND = 20;
    /** The banner of a durable run whose checkpoints cannot be written. */
    static final String STORE_DOWN = "The run store is unreachable: training goes on, but this run is not being"
            + " saved. Saving resumes by itself when the store is back.";

    private final TrainingRun run;
    private final RunRegistry registry;
    private final String token;
    private final SnapshotMaker snapshots;
    private volatile Runnable snapshotListener;
    private volatile boolean closed;
    private final long startedAtMillis = System.currentTimeMillis();
    private final RunOwner owner;
    private final SlottedPlay slotted;
    /** The operator's cap on steps/s (infinite: none). */
    private final double operatorCap;
    private volatile long lastActivityMillis = startedAtMillis;
    private volatile int stepsPerFrame = 5;
    /** Its checkpoints (null: not durable). */
    private final Checkpointing.Tracker tracker;
    /** Where its checkpoints go (null: not durable). */
    private final Checkpointing checkpointing;
    private final String durableId;
    /** The state the run's listener last saw, and whether a user's command is being applied. */
    private volatile RunState lastSeen = RunState.PAUSED;
    private volatile boolean commanding;

    /** A run without limits and without an owner (tests). */
    public EngineLiveRun(RunScheduler scheduler, RunRegistry registry, ExperimentConfig config) {
        this(scheduler, registry, config, RunOwner.UNKNOWN, RunSlots.unlimited(), 0);
    }

    /**
     * @param owner             the HTTP session and client the run belongs to
     * @param slots             the server's training slots (Play queues or is refused when all are taken)
     * @param maxStepsPerSecond the operator's cap on this run's steps/s (0: none)
     */
    public EngineLiveRun(RunScheduler scheduler, RunRegistry registry, ExperimentConfig config,
                     RunOwner owner, RunSlots slots, double maxStepsPerSecond) {
        this(scheduler, registry, config, owner, slots, maxStepsPerSecond, null, null);
    }

    /**
     * @param durability where its checkpoints go (null: nowhere; a run of an unknown browser is never durable)
     * @param restored   the state it resumes from, paused (null: a new run at step 0)
     */
    EngineLiveRun(RunScheduler scheduler, RunRegistry registry, ExperimentConfig config, RunOwner owner,
                  RunSlots slots, double maxStepsPerSecond, Durability durability, RestoredRun restored) {
        this.run = new TrainingRun(scheduler, TrainerFactory::create, config, restored == null ? null : restored.trainer(),
                restored == null ? null : restored.log());
        this.snapshots = new SnapshotMaker(run, this::status, this::snapshotMade);
        if (restored != null) {
            snapshots.restoreMetrics(restored.metrics());
        }
        this.owner = owner;
        this.operatorCap = maxStepsPerSecond > 0 ? maxStepsPerSecond : Double.POSITIVE_INFINITY;
        this.slotted = new SlottedPlay(run, slots, () -> snapshot(true, false));
        this.registry = registry;
        this.token = registry.register(this);
        setStepsPerFrame(restored == null ? 5 : restored.stepsPerFrame());
        snapshot(true, true);
        boolean durable = durability != null && !owner.browserId().isEmpty();
        this.durableId = durable ? durability.runId() : null;
        this.checkpointing = durable ? durability.checkpointing() : null;
        this.tracker = durable ? durability.checkpointing().track(durability.runId(), owner.browserId(),
                ConfigJson.write(config), this::capture, () -> stop("opened in another tab or window")) : null;
        run.setListener(r -> {
            slotted.runChanged();
            // a run that stopped training by itself (the step budget, a divergence) shows its last
            // step at once; a user's command makes its own frame right after
            RunState now = r.state();
            boolean stoppedByItself = lastSeen == RunState.RUNNING && now != RunState.RUNNING && !commanding;
            lastSeen = now;
            snapshot(stoppedByItself, false);
            Checkpointing.Tracker t = tracker;
            if (t != null && r.state() == RunState.RUNNING) {
                t.trained();
            }
        });
        RunEvents.all().runStarted();
    }

    /** The token of the page-hide beacon that releases this run. */
    public String token() {
        return token;
    }

    @Override
    public String durableId() {
        return durableId;
    }

    @Override
    public String storeTrouble() {
        Checkpointing c = checkpointing;
        if (c == null || c.writer().stats().storeUp()) {
            return "";
        }
        return STORE_DOWN;
    }

    /** The run's checkpoint now ({@link RunCapture}). */
    RunCheckpoint capture() {
        return RunCapture.of(run, snapshots, stepsPerFrame);
    }

    /** A checkpoint now when the run is durable (a pause, a settings change). */
    private void checkpointNow() {
        Checkpointing.Tracker t = tracker;
        if (t != null && !closed) {
            t.now();
        }
    }

    @Override
    public Claim claim() {
        return run.claim();
    }

    @Override
    public String notSubmittableReason() {
        return run.notSubmittableReason();
    }

    /** The engine's run behind this page (tests). */
    public TrainingRun trainingRun() {
        return run;
    }

    /** The last ‖∇ₓV‖ grid of the heavy metrics pass (lesson 5), or null. */
    public LessonMetrics.Field gradField() {
        return snapshots.gradField();
    }

    /** Computes the heavy metrics now, into a new snapshot and metrics row (tests). */
    public void measureNow() {
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
        command(() -> run.pause());
        slotted.leave();
        snapshot(true, false);
        checkpointNow();
    }

    @Override
    public void stepD() {
        touch();
        command(() -> run.stepDiscriminator());
        slotted.leave();
        snapshot(true, false);
    }

    @Override
    public void stepG() {
        touch();
        command(() -> run.stepGenerator());
        slotted.leave();
        snapshot(true, false);
    }

    @Override
    public void step() {
        touch();
        command(() -> run.step());
        slotted.leave();
        snapshot(true, false);
    }

    /** Applies a user's command to the run (it makes its own frame afterwards). */
    private void command(Runnable c) {
        commanding = true;
        try {
            c.run();
        } finally {
            commanding = false;
        }
    }

    /** A user command: the run is not idle. */
    private void touch() {
        lastActivityMillis = System.currentTimeMillis();
    }

    @Override
    public void reset() {
        touch();
        run.reset();
        snapshots.clearMetrics();
        snapshot(true, true);
        checkpointNow();
    }

    /** Restarts at step 0 on a new config (a setting that needs a new model). */
    public void reconfigure(ExperimentConfig config) {
        touch();
        run.reconfigure(config);
        snapshots.clearMetrics();
        snapshot(true, true);
        checkpointNow();
    }

    @Override
    public void updateLive(ExperimentConfig c) {
        touch();
        run.adjust(c, t -> LiveChange.of(c).applyTo(t, c));
        checkpointNow();
    }

    @Override
    public void setStepsPerFrame(int steps) {
        touch();
        int s = Math.max(1, Math.min(1000, steps));
        boolean changed = s != stepsPerFrame;
        stepsPerFrame = s;
        run.setMaxStepsPerSecond(Math.min(s * FRAMES_PER_SECOND, operatorCap));
        if (changed) {
            checkpointNow();
        }
    }

    @Override
    public void setStepLimit(long generatorSteps) {
        run.setStepLimit(generatorSteps);
    }

    @Override
    public void setSnapshotListener(Runnable listener) {
        snapshotListener = listener;
    }

    @Override
    public LabSnapshot latest() {
        return snapshots.latest();
    }

    @Override
    public float[] metricsAfter(long afterStep) {
        return snapshots.metricsAfter(afterStep);
    }

    @Override
    public void close() {
        stop("released");
    }

    @Override
    public void stop(String reason) {
        if (!closed) {
            Checkpointing.Tracker t = tracker;
            if (t != null) {
                t.release(); // its last checkpoint, before the state says STOPPED
            }
            closed = true;
            command(() -> run.stop(reason));
            slotted.leave();
            registry.unregister(token);
            RunEvents.all().runStopped(reason);
            snapshot(true, false);
        }
    }

    @Override
    public RunInfo info(String token) {
        ExperimentConfig c = run.config();
        String summary = c.target().name() + " · " + c.objective().divergence().id()
                + " · G " + c.generator().hidden() + " D " + c.discriminator().hidden()
                + " · batch " + c.batchSize() + " · seed " + c.seed();
        LabSnapshot s = snapshots.peek();
        int position = slotted.position();
        RunState state = position > 0 ? RunState.QUEUED : run.state();
        return new RunInfo(token, owner.sessionId(), owner.clientAddress(), summary, state,
                reasonNow(position), s == null ? 0 : s.gSteps(), run.stepsPerSecond(), startedAtMillis,
                lastActivityMillis, position, owner.browserId());
    }

    /** What the page and the operator read as the reason: queue place, refusal, or the run's own reason. */
    private String reasonNow(int position) {
        if (position > 0) {
            return RunSlots.queuedMessage(position);
        }
        String refused = slotted.refusal();
        return refused.isEmpty() || run.state() == RunState.RUNNING ? run.reason() : refused;
    }

    boolean isClosed() {
        return closed;
    }

    /** The state and reason of the next snapshot (the page shows a failed run as diverged). */
    private SnapshotMaker.Status status() {
        RunState s = run.state();
        int position = slotted.position();
        String why = reasonNow(position);
        return new SnapshotMaker.Status(position > 0 ? RunState.QUEUED : s == RunState.FAILED ? RunState.DIVERGED : s,
                why);
    }

    /** Builds a snapshot when one is due (or {@code force}), see {@link SnapshotMaker}. */
    private void snapshot(boolean force, boolean heavyNow) {
        snapshots.snapshot(force, heavyNow);
    }

    private void snapshotMade() {
        Runnable l = snapshotListener;
        if (l != null) {
            l.run();
        }
    }
}
