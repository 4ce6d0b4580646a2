package lab.minimax.ui.run;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.live.frame.LabSnapshot;
import lab.minimax.live.LiveRun;
import lab.minimax.live.LiveRunFactory;
import lab.minimax.live.NearestDigit;
import lab.minimax.live.RunHost;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import lab.minimax.ui.chart.ImageChart;
import lab.minimax.ui.chart.Line1dChart;
import lab.minimax.ui.chart.MetricChart;
import lab.minimax.ui.chart.PlaneChart;
import lab.minimax.ui.chart.SeriesChart;
import lab.minimax.ui.chart.ViewKind;

/**
 * One run with its own view: a status line, the 2D, 1D or image view and a chosen set of charts over
 * steps, fed through a {@link RunHost} and a {@link FrameWriter} exactly as on the lab page. The
 * lesson page holds one, the comparison page two. The transport (play, step, …) is the caller's.
 */
public final class RunPanel extends Div {
    private final Span status = new Span("step 0");
    private final PlaneChart plane = new PlaneChart();
    private final Line1dChart line = new Line1dChart();
    private final ImageChart images = new ImageChart();
    private final Map<MetricChart, SeriesChart> charts = new LinkedHashMap<>();
    private final RunHost host;
    private final FrameWriter writer;

    /**
     * @param factory makes the run
     * @param config  the experiment (valid)
     * @param shown   the charts over steps shown under the view
     */
    public RunPanel(LiveRunFactory factory, ExperimentConfig config, Collection<MetricChart> shown) {
        addClassName("mm-run");
        status.addClassName("lab-status");
        status.addClassName("mm-run-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "off");
        for (MetricChart c : shown) {
            charts.put(c, c.newChart());
        }
        // this panel's key among the page's runs (for the page-hide beacon)
        writer = new FrameWriter(status, plane, line, images, charts);
        host = new RunHost(factory, writer,
                Integer.toHexString(System.identityHashCode(this)))
                .drawWhenDetached(true)
                .onNewRun(c -> {
                    ViewKind kind = ViewKind.of(c);
                    plane.setVisible(kind == ViewKind.PLANE);
                    line.setVisible(kind == ViewKind.LINE);
                    images.setVisible(kind == ViewKind.IMAGES);
                });
        plane.addFrameDrawnListener(host::frameDrawn);
        line.addFrameDrawnListener(host::frameDrawn);
        images.addFrameDrawnListener(host::frameDrawn);
        images.addPickListener(p -> images.showNearest(p, NearestDigit.standard().nearest(p.pixels(), 0)));
        plane.addClassName("mm-run-canvas");
        line.addClassName("mm-run-canvas");
        images.addClassName("mm-run-canvas");
        Div chartBox = new Div();
        chartBox.addClassName("mm-run-charts");
        charts.values().forEach(chartBox::add);
        add(status, plane, line, images, chartBox);
        start(config);
    }

    /** A new run of {@code c} at step 0 (keeps playing if the panel was). */
    public void start(ExperimentConfig c) {
        host.start(c);
    }

    public ExperimentConfig config() {
        return host.config();
    }

    public LiveRun run() {
        return host.run();
    }

    public Span status() {
        return status;
    }

    PlaneChart plane() {
        return plane;
    }

    Line1dChart line() {
        return line;
    }

    ImageChart images() {
        return images;
    }

    public Map<MetricChart, SeriesChart> charts() {
        return charts;
    }

    /** Called with every snapshot drawn (the session is locked). */
    public void addFrameListener(Consumer<LabSnapshot> listener) {
        host.addFrameListener(listener);
    }

    public void play() {
        host.play();
    }

    public void pause() {
        host.pause();
    }

    public void step() {
        host.step();
    }

    public void stepD() {
        host.stepD();
    }

    public void stepG() {
        host.stepG();
    }

    public void reset() {
        host.reset();
    }

    public boolean playing() {
        return host.playing();
    }

    public void setStepsPerFrame(int steps) {
        host.setStepsPerFrame(steps);
    }

    /** {@code n} full steps without a drawn frame per step, see {@link RunHost#advance}. Safe off the UI thread. */
    public void advance(int n) {
        host.advance(n);
    }

    /** Whether a page steps this run in lockstep (its status then says so, not "paused"); redraws the status. */
    public void setLockstep(boolean on) {
        writer.setLockstep(on);
        host.redraw();
    }

    /** True when the run can take no more steps (diverged, failed or stopped). */
    public boolean halted() {
        return host.halted();
    }

    /** Draws the newest snapshot now (call with the session locked). */
    public void redraw() {
        host.redraw();
    }

    @Override
    protected void onAttach(AttachEvent e) {
        super.onAttach(e);
        host.attach(e.getUI(), host::config);
    }

    @Override
    protected void onDetach(DetachEvent e) {
        host.detach();
        super.onDetach(e);
    }
}
