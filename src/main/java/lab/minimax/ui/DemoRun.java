package lab.minimax.ui;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.TargetCatalog;

import java.util.Arrays;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * STAND-IN until the engine is wired: a {@link LabRun} that counts steps and shows the fake
 * frames of {@link DemoPlane} / {@link DemoLine}. While playing it advances
 * {@code stepsPerFrame} full steps every 50 ms on the shared UI scheduler.
 */
public final class DemoRun implements LabRun {
    private static final long TICK_MS = 50;
    private static final int MAX_ROWS = 20_000;

    private int k;
    private final DemoPlane plane;
    private final DemoLine line;
    private long g;
    private long d;
    private long version;
    private int stepsPerFrame = 5;
    private RunState state = RunState.PAUSED;
    private ScheduledFuture<?> ticker;
    private LabSnapshot cached;
    private float[] rows = new float[64 * Metric.COLUMNS];
    private int rowCount;

    public DemoRun(ExperimentConfig config) {
        this.k = config.dSteps();
        boolean twoD = TargetCatalog.find(config.target().name()).map(t -> t.dim() == 2).orElse(true);
        this.plane = twoD ? new DemoPlane(config.target(), config.seed()) : null;
        this.line = twoD ? null : new DemoLine(config.target(), config.seed());
        record();
    }

    @Override
    public synchronized void play() {
        if (ticker == null) {
            ticker = UiScheduler.shared().scheduleAtFixedRate(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
        }
        state = RunState.RUNNING;
        version++;
    }

    @Override
    public synchronized void pause() {
        stopTicker();
        state = RunState.PAUSED;
        version++;
    }

    @Override
    public synchronized void stepD() {
        d++;
        version++;
    }

    @Override
    public synchronized void stepG() {
        g++;
        version++;
        record();
    }

    @Override
    public synchronized void step() {
        d += k;
        g++;
        version++;
        record();
    }

    @Override
    public synchronized void reset() {
        g = 0;
        d = 0;
        rowCount = 0;
        version++;
        record();
    }

    @Override
    public synchronized void updateLive(ExperimentConfig config) {
        k = config.dSteps();
    }

    @Override
    public synchronized void setStepsPerFrame(int steps) {
        stepsPerFrame = Math.max(1, Math.min(1000, steps));
    }

    private synchronized void tick() {
        if (state != RunState.RUNNING) {
            return;
        }
        g += stepsPerFrame;
        d += (long) stepsPerFrame * k;
        version++;
        record();
    }

    @Override
    public synchronized LabSnapshot latest() {
        if (cached == null || cached.version() != version) {
            cached = new LabSnapshot(version, g, d, state, "",
                    plane == null ? null : plane.frame(g, d),
                    line == null ? null : line.frame(g, d));
        }
        return cached;
    }

    @Override
    public synchronized float[] metricsAfter(long afterStep) {
        int first = rowCount;
        while (first > 0 && rows[(first - 1) * Metric.COLUMNS] > afterStep) {
            first--;
        }
        return Arrays.copyOfRange(rows, first * Metric.COLUMNS, rowCount * Metric.COLUMNS);
    }

    @Override
    public synchronized void close() {
        stopTicker();
    }

    private void stopTicker() {
        if (ticker != null) {
            ticker.cancel(false);
            ticker = null;
        }
    }

    /** Appends a metrics row of made-up but plausible curves at the current step. */
    private void record() {
        if (rowCount == MAX_ROWS) {
            System.arraycopy(rows, MAX_ROWS / 2 * Metric.COLUMNS, rows, 0, MAX_ROWS / 2 * Metric.COLUMNS);
            rowCount = MAX_ROWS / 2;
        }
        if ((rowCount + 1) * Metric.COLUMNS > rows.length) {
            rows = Arrays.copyOf(rows, rows.length * 2);
        }
        double e = Math.exp(-g / 400.0);
        double wiggle = 0.03 * Math.sin(g * 0.37) + 0.02 * Math.sin(g * 1.3);
        double js = 0.69 * e + 0.01 + wiggle * e;
        double[] v = new double[Metric.COLUMNS];
        v[0] = g;
        v[Metric.LOSS_D.column()] = 0.69 * (1 - 0.35 * e) + wiggle;
        v[Metric.LOSS_G.column()] = 0.69 + 0.6 * e - wiggle;
        v[Metric.JS.column()] = js;
        v[Metric.KL.column()] = 2.0 * e + 0.02;
        v[Metric.REVERSE_KL.column()] = 1.5 * e + 0.02;
        v[Metric.F_BOUND.column()] = 0.8 * js;
        v[Metric.F_PLUGIN.column()] = js;
        v[Metric.WASSERSTEIN.column()] = 2.0 * Math.exp(-g / 500.0) + 0.05;
        v[Metric.MMD2.column()] = 0.5 * Math.exp(-g / 300.0) + 0.001;
        int modes = plane == null ? 2 : plane.modeCount();
        int found = plane == null ? (g > 300 ? 2 : 1) : plane.discovered(g);
        v[Metric.MODES.column()] = (double) found / modes;
        v[Metric.HIGH_QUALITY.column()] = 0.95 * DemoPlane.progress(g);
        v[Metric.GRAD_D.column()] = 1 + 0.5 * Math.sin(g / 40.0) * e + 0.1;
        v[Metric.GRAD_G.column()] = Math.exp(-g / 800.0) + 0.1;
        int base = rowCount * Metric.COLUMNS;
        for (int i = 0; i < Metric.COLUMNS; i++) {
            rows[base + i] = (float) v[i];
        }
        rowCount++;
    }
}
