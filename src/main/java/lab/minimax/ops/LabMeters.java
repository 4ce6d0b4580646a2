package lab.minimax.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import lab.minimax.training.RunEvents;
import lab.minimax.training.RunInfo;
import lab.minimax.training.RunRegistry;
import lab.minimax.training.RunState;

import java.util.function.IntSupplier;
import java.util.function.Predicate;

/**
 * The lab's Micrometer meters (Prometheus names in brackets):
 * <ul>
 *   <li>gauges {@code minimax.sessions.active} [minimax_sessions_active] (Vaadin sessions),
 *   {@code minimax.runs.active} [minimax_runs_active] (live runs holding a training slot or
 *   waiting for a click: every registered run that is not queued),
 *   {@code minimax.runs.training} [minimax_runs_training] (state RUNNING),
 *   {@code minimax.runs.queued} [minimax_runs_queued] (waiting for a slot),
 *   {@code minimax.training.steps.per.second} [minimax_training_steps_per_second] (sum over runs);</li>
 *   <li>counters {@code minimax.frames} [minimax_frames_total] (frames pushed to pages: its rate
 *   is frames/s), {@code minimax.runs.started}, {@code minimax.runs.stopped},
 *   {@code minimax.runs.failed}, {@code minimax.runs.diverged} [minimax_runs_*_total].</li>
 * </ul>
 * The gauges read {@link RunRegistry#list()} at scrape time; the counters are fed by
 * {@link RunEvents} once {@link #subscribe()} is called.
 */
public final class LabMeters implements MeterBinder, RunEvents {
    private final RunRegistry runs;
    private final IntSupplier sessions;
    private Counter frames;
    private Counter started;
    private Counter stopped;
    private Counter failed;
    private Counter diverged;

    public LabMeters(RunRegistry runs, IntSupplier sessions) {
        this.runs = runs;
        this.sessions = sessions;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        // strong references: a gauge otherwise holds its state weakly and reads NaN once it is collected
        Gauge.builder("minimax.sessions.active", sessions, s -> s.getAsInt())
                .description("Live Vaadin sessions").strongReference(true).register(registry);
        Gauge.builder("minimax.runs.active", this, m -> m.count(i -> i.state() != RunState.QUEUED))
                .description("Live training runs (one per open lab page), not counting queued ones")
                .strongReference(true).register(registry);
        Gauge.builder("minimax.runs.training", this, m -> m.count(i -> i.state() == RunState.RUNNING))
                .description("Runs training now")
                .strongReference(true).register(registry);
        Gauge.builder("minimax.runs.queued", this, m -> m.count(i -> i.state() == RunState.QUEUED))
                .description("Runs waiting for a training slot")
                .strongReference(true).register(registry);
        Gauge.builder("minimax.training.steps.per.second", this, LabMeters::stepsPerSecond)
                .description("Training steps per second, summed over all runs")
                .strongReference(true).register(registry);
        frames = Counter.builder("minimax.frames").description("Frames pushed to lab pages").register(registry);
        started = Counter.builder("minimax.runs.started").description("Runs created").register(registry);
        stopped = Counter.builder("minimax.runs.stopped").description("Runs stopped (released, idle, admin)").register(registry);
        failed = Counter.builder("minimax.runs.failed").description("Runs stopped because the engine threw").register(registry);
        diverged = Counter.builder("minimax.runs.diverged").description("Pauses on NaN/Inf (divergence)").register(registry);
    }

    /** Starts counting the JVM's run events (call after {@link #bindTo}). */
    public void subscribe() {
        RunEvents.all().subscribe(this);
    }

    /** Stops counting (the application context closes). */
    public void unsubscribe() {
        RunEvents.all().unsubscribe(this);
    }

    private double count(Predicate<RunInfo> p) {
        return runs.list().stream().filter(p).count();
    }

    private double stepsPerSecond() {
        double sum = 0;
        for (RunInfo i : runs.list()) {
            if (Double.isFinite(i.stepsPerSecond())) {
                sum += i.stepsPerSecond();
            }
        }
        return sum;
    }

    @Override
    public void runStarted() {
        increment(started);
    }

    @Override
    public void runStopped(String reason) {
        increment(stopped);
    }

    @Override
    public void runFailed(String reason) {
        increment(failed);
    }

    @Override
    public void runDiverged(String reason) {
        increment(diverged);
    }

    @Override
    public void framePushed() {
        increment(frames);
    }

    private static void increment(Counter c) {
        if (c != null) {
            c.increment();
        }
    }
}
