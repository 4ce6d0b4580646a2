package lab.minimax.training;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.gan.StepStats;
import lab.minimax.gan.Trainer;
import lab.minimax.grading.Claim;
import lab.minimax.grading.Grader;
import lab.minimax.grading.RunLog;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One training run (one per browser tab): a {@link Trainer} driven in time slices on the shared
 * {@link RunScheduler}, with the transport commands of the lab (play, pause, step D, step G,
 * step, reset). All trainer access happens under the run's lock, so a command from the UI thread
 * never races a slice. A NaN/Inf pauses the run (state DIVERGED, with the reason); an exception
 * stops it (FAILED) without touching other runs.
 *
 * <p>Every trainer call is also written to the run's {@link RunLog} (under the same lock), which
 * makes the run replayable by the server ({@link #claim}): plain full steps are counted, manual D
 * and G updates and live changes logged, and a reset or a new config restarts the log.
 */
public final class TrainingRun {
    private final RunScheduler scheduler;
    private final Function<ExperimentConfig, Trainer> factory;
    private final Object lock = new Object();
    private final RateMeter stepRate = new RateMeter();

    private ExperimentConfig config;
    private Trainer trainer;
    private final RunLog log;
    private volatile RunState state = RunState.PAUSED;
    private volatile String reason = "";
    private volatile double maxStepsPerSecond = Double.POSITIVE_INFINITY;
    private volatile Consumer<TrainingRun> listener = r -> { };
    private boolean sliceQueued;
    /** Play stops at this many generator steps (an assignment's budget; MAX_VALUE: never). */
    private volatile long stepLimit = Long.MAX_VALUE;

    public TrainingRun(RunScheduler scheduler, Function<ExperimentConfig, Trainer> factory, ExperimentConfig config) {
        this(scheduler, factory, config, null);
    }

    /** A run that starts from {@code initial}, a trainer of {@code config} (e.g. restored from a checkpoint; null: a new one). */
    public TrainingRun(RunScheduler scheduler, Function<ExperimentConfig, Trainer> factory, ExperimentConfig config,
                       Trainer initial) {
        this(scheduler, factory, config, initial, null);
    }

    /**
     * A run that starts from {@code initial} with the log that led to it ({@code log}: e.g. read from
     * the checkpoint; null with a restored trainer: a log marked not submittable).
     */
    public TrainingRun(RunScheduler scheduler, Function<ExperimentConfig, Trainer> factory, ExperimentConfig config,
                       Trainer initial, RunLog log) {
        this.scheduler = Objects.requireNonNull(scheduler);
        this.factory = Objects.requireNonNull(factory);
        this.config = Objects.requireNonNull(config);
        this.trainer = initial != null ? initial : factory.apply(config);
        this.log = log != null ? log : initial == null ? new RunLog(ConfigJson.write(config))
                : RunLog.notSubmittable(ConfigJson.write(config), "not submittable: resumed without its log");
    }

    // ------------------------------------------------------------ transport

    /** Starts (or resumes) training in slices. */
    public void play() {
        synchronized (lock) {
            if (state == RunState.STOPPED || state == RunState.FAILED) {
                return;
            }
            if (atLimit()) {
                return;
            }
            state = RunState.RUNNING;
            reason = "";
            queueSlice(0);
        }
    }

    /**
     * Play and single steps stop at {@code generatorSteps} (an assignment's step budget), so that a
     * run can be submitted at exactly its budget; {@code Long.MAX_VALUE}: no limit.
     */
    public void setStepLimit(long generatorSteps) {
        stepLimit = Math.max(0, generatorSteps);
    }

    /** True, with the run paused and the reason set, once the step limit is reached (caller holds the lock). */
    private boolean atLimit() {
        if (trainer.generatorSteps() < stepLimit) {
            return false;
        }
        state = RunState.PAUSED;
        reason = String.format(java.util.Locale.ROOT, "the step budget of %,d is reached", stepLimit);
        return true;
    }

    public void pause() {
        synchronized (lock) {
            if (state == RunState.RUNNING || state == RunState.QUEUED) {
                state = RunState.PAUSED;
            }
        }
        notifyListener();
    }

    /** One discriminator update (pauses a running run first). */
    public void stepDiscriminator() {
        manual(true, false);
    }

    /** One generator update. */
    public void stepGenerator() {
        manual(false, true);
    }

    /** One full step (k D updates and one G update). */
    public void step() {
        manual(true, true);
    }

    private void manual(boolean d, boolean g) {
        synchronized (lock) {
            if (state == RunState.STOPPED || state == RunState.FAILED) {
                return;
            }
            state = RunState.PAUSED;
            if (g && atLimit()) {
                return;
            }
            guarded(() -> {
                StepStats s = d && g ? trainer.step() : d ? trainer.stepDiscriminator() : trainer.stepGenerator();
                if (d && g) {
                    log.fullStep();
                } else if (d) {
                    log.stepD();
                } else {
                    log.stepG();
                }
                checkDivergence(s, d, g);
            });
        }
        notifyListener();
    }

    /** Back to step 0 with the same config and seed: the same run again, bit for bit. */
    public void reset() {
        reconfigure(config);
    }

    /** Replaces the configuration and restarts at step 0 (keeps playing if it was). */
    public void reconfigure(ExperimentConfig newConfig) {
        Trainer fresh = factory.apply(newConfig);
        String json = ConfigJson.write(newConfig);
        synchronized (lock) {
            if (state == RunState.STOPPED) {
                return;
            }
            config = newConfig;
            trainer = fresh;
            log.restart(json);
            boolean wasRunning = state == RunState.RUNNING;
            state = wasRunning ? RunState.RUNNING : RunState.PAUSED;
            reason = "";
            if (wasRunning) {
                queueSlice(0);
            }
        }
        notifyListener();
    }

    /** Applies a change that needs no new model (learning rates, k, loss variant) to the live trainer. */
    public void adjust(ExperimentConfig newConfig, Consumer<Trainer> change) {
        String json = ConfigJson.write(newConfig);
        synchronized (lock) {
            config = newConfig;
            change.accept(trainer);
            log.live(json);
        }
        notifyListener();
    }

    /** Releases the run for good (tab closed, idle, admin). */
    public void stop(String why) {
        synchronized (lock) {
            state = RunState.STOPPED;
            reason = why;
        }
        notifyListener();
    }

    // ------------------------------------------------------------ slices

    private void queueSlice(long delayNanos) {
        // caller holds the lock
        if (!sliceQueued) {
            sliceQueued = true;
            scheduler.submit(this::slice, delayNanos);
        }
    }

    private void slice() {
        long delay = -1;
        synchronized (lock) {
            sliceQueued = false;
            if (state != RunState.RUNNING) {
                return;
            }
            long start = System.nanoTime();
            long sliceNanos = scheduler.sliceNanos();
            double cap = maxStepsPerSecond;
            long budget = Double.isInfinite(cap) ? Long.MAX_VALUE
                    : Math.max(1, (long) (cap * sliceNanos / 1e9));
            long[] n = {0};
            guarded(() -> {
                do {
                    if (atLimit()) {
                        break;
                    }
                    StepStats s = trainer.step();
                    log.fullStep();
                    n[0]++;
                    if (checkDivergence(s, true, true)) {
                        break;
                    }
                } while (n[0] < budget && System.nanoTime() - start < sliceNanos);
            });
            stepRate.sample(System.nanoTime(), trainer.generatorSteps());
            if (state == RunState.RUNNING) {
                long elapsed = System.nanoTime() - start;
                delay = Double.isInfinite(cap) ? 0 : Math.max(0, (long) (n[0] / cap * 1e9) - elapsed);
            }
        }
        notifyListener();
        if (delay >= 0) {
            synchronized (lock) {
                if (state == RunState.RUNNING) {
                    queueSlice(delay);
                }
            }
        }
    }

    private boolean checkDivergence(StepStats s, boolean d, boolean g) {
        String why = s.divergence(d, g);
        if (why != null) {
            state = RunState.DIVERGED;
            reason = why + " at step " + trainer.generatorSteps() + "; try a smaller learning rate";
            RunEvents.all().runDiverged(reason);
            return true;
        }
        return false;
    }

    private void guarded(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            state = RunState.FAILED;
            reason = "the engine failed: " + e;
            log.markNotSubmittable("not submittable: the engine failed at step " + trainer.generatorSteps());
            RunEvents.all().runFailed(reason);
        }
    }

    private void notifyListener() {
        try {
            listener.accept(this);
        } catch (RuntimeException e) {
            // a broken listener (e.g. a detached UI) must not take the run or the pool down
        }
    }

    // ------------------------------------------------------------ access

    /**
     * Runs {@code reader} on the trainer under the run's lock (no step runs meanwhile): the way
     * to build a frame or a snapshot from a consistent state.
     */
    public <T> T read(Function<Trainer, T> reader) {
        synchronized (lock) {
            return reader.apply(trainer);
        }
    }

    /**
     * The run's claim now (its log, generator step and trainer digest, read together under the
     * run's lock), or null when it cannot be submitted ({@link #notSubmittableReason}).
     */
    public Claim claim() {
        synchronized (lock) {
            if (!log.notSubmittableReason().isEmpty()) {
                return null;
            }
            return log.claim(trainer.generatorSteps(), Grader.digest(trainer));
        }
    }

    /** Why {@link #claim} is null now, or empty. */
    public String notSubmittableReason() {
        synchronized (lock) {
            return log.notSubmittableReason();
        }
    }

    /** The log as its JSON, for the run's checkpoint (under the run's lock). */
    public String logJson() {
        synchronized (lock) {
            return log.toJson();
        }
    }

    /** Called after every slice and command, on the thread that did it. */
    public void setListener(Consumer<TrainingRun> listener) {
        this.listener = listener == null ? r -> { } : listener;
    }

    public void setMaxStepsPerSecond(double cap) {
        this.maxStepsPerSecond = cap > 0 ? cap : Double.POSITIVE_INFINITY;
    }

    public RunState state() {
        return state;
    }

    public String reason() {
        return reason;
    }

    public ExperimentConfig config() {
        return config;
    }

    /** The shared pool's load (runs in rotation per thread, at least 1). */
    public double schedulerLoad() {
        return scheduler.load();
    }

    public double stepsPerSecond() {
        return stepRate.rate(System.nanoTime());
    }
}
