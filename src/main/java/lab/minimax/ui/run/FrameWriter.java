package lab.minimax.ui.run;

import lab.minimax.training.RunState;
import lab.minimax.training.RateMeter;

import com.vaadin.flow.component.html.Span;

import java.util.Locale;
import java.util.Map;
import lab.minimax.live.frame.Grid2d;
import lab.minimax.live.frame.ImageFrame;
import lab.minimax.live.frame.LabSnapshot;
import lab.minimax.live.frame.Line1dFrame;
import lab.minimax.live.LiveRun;
import lab.minimax.gan.Metric;
import lab.minimax.live.frame.PlaneFrame;
import lab.minimax.live.RunHost;
import lab.minimax.ui.chart.ImageChart;
import lab.minimax.ui.chart.Line1dChart;
import lab.minimax.ui.chart.MetricChart;
import lab.minimax.ui.chart.PlaneChart;
import lab.minimax.ui.chart.SeriesChart;
import java.util.Arrays;

/**
 * Writes one snapshot into the page: the status line, the 2D, 1D or image view (arrays the browser
 * already holds, such as the real samples and the real digits' pixels, are not sent again), the new metrics rows, and — at
 * most every two seconds while training, and on every frame of a stopped run — the charts' text
 * alternatives.
 */
public final class FrameWriter implements RunHost.Screen {
    private static final long SUMMARY_NANOS = 2_000_000_000L;

    private final Span status;
    private final PlaneChart plane;
    private final Line1dChart line;
    private final ImageChart images;
    private final Map<MetricChart, SeriesChart> charts;
    private final RateMeter steps = new RateMeter();
    private final RateMeter frames = new RateMeter();
    private LiveRun run;
    private long framesDrawn;
    private long lastMetricStep = -1;
    private float[] lastRow;
    private long lastSummary;
    private Object sentReal;
    private Object sentModes;
    private Object sentDStar;
    private Object sentRealDigits;
    private Object sentShares;
    /** True while a page steps the run itself (the comparison's lockstep): its paused state is the page's play. */
    private volatile boolean lockstep;

    public FrameWriter(Span status, PlaneChart plane, Line1dChart line, ImageChart images,
                       Map<MetricChart, SeriesChart> charts) {
        this.status = status;
        this.plane = plane;
        this.line = line;
        this.images = images;
        this.charts = charts;
    }

    /** A new run: empty charts, everything sent again. */
    public void newRun(LiveRun r) {
        run = r;
        clearHistory();
    }

    /** Empties the charts over steps (reset to step 0). */
    public void clearHistory() {
        steps.clear();
        lastMetricStep = -1;
        lastRow = null;
        charts.values().forEach(SeriesChart::clear);
        forgetSent();
    }

    /** The browser holds nothing (re-attached, new run): send every array again. */
    public void forgetSent() {
        sentReal = null;
        sentModes = null;
        sentDStar = null;
        sentRealDigits = null;
        sentShares = null;
        lastSummary = 0;
    }

    /**
     * While on, a paused run is shown as "playing in lockstep" with its rates: the comparison page
     * steps it, so the run itself stays paused between ticks.
     */
    public void setLockstep(boolean on) {
        lockstep = on;
    }

    /** The browser painted a frame. */
    public void frameDrawn() {
        frames.sample(System.nanoTime(), ++framesDrawn);
    }

    public void draw(long seq, LabSnapshot s) {
        long now = System.nanoTime();
        steps.sample(now, s.gSteps());
        status.setText(lockstep && s.state() == RunState.PAUSED
                ? withRates(s, steps.rate(now), frames.rate(now), "playing in lockstep")
                : statusText(s, steps.rate(now), frames.rate(now)));
        if (s.plane() != null) {
            plane.setFrame(seq, unsent(s.plane()));
        } else if (s.line() != null) {
            line.setFrame(seq, unsent(s.line()));
        } else if (s.image() != null) {
            images.setFrame(seq, unsent(s.image()));
        }
        float[] rows = run.metricsAfter(lastMetricStep);
        if (rows.length >= Metric.COLUMNS) {
            for (Map.Entry<MetricChart, SeriesChart> e : charts.entrySet()) {
                e.getValue().appendRows(e.getKey().select(rows));
            }
            lastRow = Arrays.copyOfRange(rows, rows.length - Metric.COLUMNS, rows.length);
            lastMetricStep = (long) lastRow[0];
        }
        // while training, every two seconds; a paused or diverged frame is the one that stays
        if (now - lastSummary > SUMMARY_NANOS || s.state() != RunState.RUNNING) {
            lastSummary = now;
            summarise(s);
        }
    }

    /**
     * "step 120 · D steps 600 · 98 steps/s · 19 frames/s · running"; the rates only while it
     * trains ("step 120 · D steps 600 · paused"), so a paused run does not show the last rates.
     */
    public static String statusText(LabSnapshot s, double stepsPerSecond, double framesPerSecond) {
        String state = s.state().label() + (s.reason().isEmpty() ? "" : " (" + s.reason() + ")");
        if (s.state() != RunState.RUNNING) {
            return String.format(Locale.ROOT, "step %d · D steps %d · %s", s.gSteps(), s.dSteps(), state);
        }
        return withRates(s, stepsPerSecond, framesPerSecond, state);
    }

    private static String withRates(LabSnapshot s, double stepsPerSecond, double framesPerSecond, String state) {
        return String.format(Locale.ROOT, "step %d · D steps %d · %.0f steps/s · %.0f frames/s · %s",
                s.gSteps(), s.dSteps(), stepsPerSecond, framesPerSecond, state);
    }

    private PlaneFrame unsent(PlaneFrame f) {
        float[] real = f.real() == sentReal ? null : f.real();
        float[] modes = f.modes() == sentModes ? null : f.modes();
        Grid2d dStar = f.dStar() == sentDStar ? null : f.dStar();
        sentReal = f.real();
        sentModes = f.modes();
        sentDStar = f.dStar();
        return new PlaneFrame(f.box(), f.heatKind(), f.heat(), f.heatRange(), dStar, real, f.fake(), f.arrows(),
                f.gridRows(), f.gridCols(), f.manifold(), modes, f.covered());
    }

    private Line1dFrame unsent(Line1dFrame f) {
        float[] real = f.real() == sentReal ? null : f.real();
        sentReal = f.real();
        return new Line1dFrame(f.xMin(), f.xMax(), f.heatKind(), f.dRange(), f.target(), f.kde(), f.d(), f.dStar(),
                f.hist(), real, f.fake(), f.mapZ(), f.mapX());
    }

    /** The image frame without the real digits' pixels and the data's shares when the browser has them. */
    private ImageFrame unsent(ImageFrame f) {
        Object real = f.real() == null ? null : f.real().pixels();
        boolean realSent = real == sentRealDigits;
        boolean sharesSent = f.dataShares() == sentShares;
        sentRealDigits = real;
        sentShares = f.dataShares();
        if (!realSent && !sharesSent) {
            return f;
        }
        return new ImageFrame(f.scoreKind(), f.grid(), f.gridRows(), f.gridCols(), f.rowLabels(), f.strip(),
                f.stripLabel(), realSent && f.real() != null ? f.real().withoutPixels() : f.real(), f.realLabels(),
                f.classCounts(), f.classSamples(), sharesSent ? null : f.dataShares());
    }

    private void summarise(LabSnapshot s) {
        if (s.plane() != null) {
            plane.setSummary(Summaries.plane(s.gSteps(), s.plane()));
        } else if (s.line() != null) {
            line.setSummary(Summaries.line(s.gSteps(), s.line()));
        } else if (s.image() != null) {
            images.setSummary(Summaries.images(s.gSteps(), s.image()));
        }
        for (Map.Entry<MetricChart, SeriesChart> e : charts.entrySet()) {
            e.getValue().setSummary(Summaries.series(e.getKey(), lastRow));
        }
    }
}
