package lab.minimax.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.TargetCatalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * One run with its own view: a status line, the 2D or 1D chart and a chosen set of charts over
 * steps, fed by a {@link FramePump} and a {@link FrameWriter} exactly as on the lab page. The
 * lesson page holds one, the comparison page two. The transport (play, step, …) is the caller's.
 */
final class RunPanel extends Div {
    private final LabRunFactory factory;
    private final Span status = new Span("step 0");
    private final PlaneChart plane = new PlaneChart();
    private final Line1dChart line = new Line1dChart();
    private final Map<MetricChart, SeriesChart> charts = new java.util.LinkedHashMap<>();
    private final FrameWriter writer;
    private final List<Consumer<LabSnapshot>> frameListeners = new CopyOnWriteArrayList<>();
    private ExperimentConfig config;
    private LabRun run;
    private FramePump pump;
    private boolean playing;
    private int stepsPerFrame = 5;
    /** This panel's key among the page's runs (for the page-hide beacon). */
    private final String key = Integer.toHexString(System.identityHashCode(this));

    /**
     * @param factory makes the run
     * @param config  the experiment (valid)
     * @param shown   the charts over steps shown under the view
     */
    RunPanel(LabRunFactory factory, ExperimentConfig config, Collection<MetricChart> shown) {
        this.factory = factory;
        this.config = config;
        addClassName("mm-run");
        status.addClassName("lab-status");
        status.addClassName("mm-run-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "off");
        for (MetricChart c : shown) {
            charts.put(c, c.newChart());
        }
        writer = new FrameWriter(status, plane, line, charts);
        plane.addFrameDrawnListener(this::frameDrawn);
        line.addFrameDrawnListener(this::frameDrawn);
        plane.addClassName("mm-run-canvas");
        line.addClassName("mm-run-canvas");
        Div chartBox = new Div();
        chartBox.addClassName("mm-run-charts");
        charts.values().forEach(chartBox::add);
        add(status, plane, line, chartBox);
        start(config);
    }

    /** A new run of {@code c} at step 0 (keeps playing if the panel was). */
    void start(ExperimentConfig c) {
        if (run != null) {
            run.close();
        }
        config = c;
        run = factory.create(c);
        run.setStepsPerFrame(stepsPerFrame);
        boolean twoD = TargetCatalog.find(c.target().name()).map(t -> t.dim() == 2).orElse(true);
        plane.setVisible(twoD);
        line.setVisible(!twoD);
        writer.newRun(run);
        getUI().ifPresent(this::announce);
        if (playing) {
            run.play();
        }
        redraw();
    }

    ExperimentConfig config() {
        return config;
    }

    LabRun run() {
        return run;
    }

    Span status() {
        return status;
    }

    PlaneChart plane() {
        return plane;
    }

    Line1dChart line() {
        return line;
    }

    Map<MetricChart, SeriesChart> charts() {
        return charts;
    }

    /** Called with every snapshot drawn (the session is locked). */
    void addFrameListener(Consumer<LabSnapshot> listener) {
        frameListeners.add(listener);
    }

    void play() {
        playing = true;
        run.play();
        redraw();
    }

    void pause() {
        playing = false;
        run.pause();
        redraw();
    }

    void step() {
        playing = false;
        run.step();
        redraw();
    }

    void stepD() {
        playing = false;
        run.stepD();
        redraw();
    }

    void stepG() {
        playing = false;
        run.stepG();
        redraw();
    }

    void reset() {
        run.reset();
        writer.clearHistory();
        redraw();
    }

    boolean playing() {
        return playing;
    }

    void setStepsPerFrame(int steps) {
        stepsPerFrame = steps;
        run.setStepsPerFrame(steps);
    }

    /**
     * {@code n} full steps without a drawn frame per step (the frames follow at their own pace):
     * how the comparison page moves two runs in lockstep. Pauses a playing run. Safe off the UI
     * thread.
     */
    void advance(int n) {
        LabRun r = run;
        if (r instanceof EngineRun er) {
            for (int i = 0; i < n; i++) {
                er.trainingRun().step();
            }
        } else {
            for (int i = 0; i < n; i++) {
                r.step();
            }
        }
    }

    /** True when the run can take no more steps (diverged, failed or stopped). */
    boolean halted() {
        LabRun r = run;
        if (r instanceof EngineRun er) {
            lab.minimax.session.RunState s = er.trainingRun().state();
            return s == lab.minimax.session.RunState.DIVERGED || s == lab.minimax.session.RunState.FAILED
                    || s == lab.minimax.session.RunState.STOPPED;
        }
        return r.latest().state() == RunState.DIVERGED;
    }

    /** Draws the newest snapshot now (call with the session locked). */
    void redraw() {
        if (pump != null) {
            pump.drawNow();
        } else {
            draw(-1, run.latest());
        }
    }

    private void draw(long seq, LabSnapshot s) {
        writer.draw(seq, s);
        frameListeners.forEach(l -> l.accept(s));
    }

    private void frameDrawn(long seq) {
        writer.frameDrawn();
        if (pump != null) {
            pump.acknowledged(seq);
        }
    }

    @Override
    protected void onAttach(AttachEvent e) {
        super.onAttach(e);
        if (run == null) {
            start(config);
        }
        writer.forgetSent();
        pump = new FramePump(e.getUI(), () -> run, this::draw);
        pump.start();
        pump.drawNow();
        announce(e.getUI());
    }

    /** Lets the page's page-hide beacon release this panel's run (as the lab page does). */
    private void announce(com.vaadin.flow.component.UI ui) {
        RunBeacon.announce(ui, key, run);
    }

    @Override
    protected void onDetach(DetachEvent e) {
        if (pump != null) {
            pump.stop();
            pump = null;
        }
        if (run != null) {
            run.close();
            run = null;
        }
        super.onDetach(e);
    }
}
