package lab.minimax.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Presets;
import lab.minimax.experiment.TargetCatalog;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The lab page: grouped settings on the left, the transport bar and status line on top, the 2D or
 * 1D view in the middle and the charts over steps on the right. One run per page; frames are
 * pushed by a {@link FramePump} and drawn by {@link FrameWriter}.
 */
@Route("")
@PageTitle("Minimax Lab")
@CssImport("./styles/lab.css")
public class LabView extends Div {
    private final LabRunFactory factory;
    private final ConfigForm form;
    private final TransportBar transport;
    private final Span status = new Span("step 0");
    private final PlaneChart plane = new PlaneChart();
    private final Line1dChart line = new Line1dChart();
    private final CheckboxGroup<PlaneLayer> planeLayers = new CheckboxGroup<>("Layers");
    private final CheckboxGroup<LineLayer> lineLayers = new CheckboxGroup<>("Layers");
    private final Map<MetricChart, SeriesChart> charts = new EnumMap<>(MetricChart.class);
    private final FrameWriter writer;
    /** Seeds for "New seed" (the runs themselves are seeded from the config only). */
    private final SplittableRandom seeds = new SplittableRandom();
    private LabRun run;
    private FramePump pump;
    private boolean playing;
    private int stepsPerFrame = 5;

    /** A page outside Spring (Karibu tests): engine runs on a pool of their own. */
    public LabView() {
        this(EngineRunFactory.standalone());
    }

    @Autowired
    public LabView(LabRunFactory factory) {
        this.factory = factory;
        addClassName("lab");
        ExperimentConfig initial = Presets.ALL.get(0).config();
        form = new ConfigForm(initial, this::configEdited);
        transport = new TransportBar(this::play, this::pause, this::setSpeed);
        transport.stepD.addClickListener(e -> act(() -> run.stepD()));
        transport.stepG.addClickListener(e -> act(() -> run.stepG()));
        transport.step.addClickListener(e -> act(() -> run.step()));
        transport.reset.addClickListener(e -> reset());
        transport.newSeed.addClickListener(e -> newSeed());

        status.setId("status");
        status.addClassName("lab-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "off");
        H1 title = new H1("Minimax Lab");
        title.addClassName("lab-title");
        Div head = new Div(title, transport, status);
        head.addClassName("lab-head");

        for (MetricChart c : MetricChart.values()) {
            charts.put(c, c.newChart());
        }
        writer = new FrameWriter(status, plane, line, charts);
        plane.addFrameDrawnListener(this::frameDrawn);
        line.addFrameDrawnListener(this::frameDrawn);
        plane.addClassName("lab-canvas");
        line.addClassName("lab-canvas");
        planeLayers.setItems(PlaneLayer.values());
        planeLayers.setItemLabelGenerator(PlaneLayer::label);
        planeLayers.setValue(plane.getLayers());
        planeLayers.addValueChangeListener(e -> plane.setLayers(e.getValue()));
        planeLayers.setTooltipText("Show or hide each layer of the plane.");
        lineLayers.setItems(LineLayer.values());
        lineLayers.setItemLabelGenerator(LineLayer::label);
        lineLayers.setValue(line.getLayers());
        lineLayers.addValueChangeListener(e -> line.setLayers(e.getValue()));
        lineLayers.setTooltipText("Show or hide each curve of the 1D view.");
        for (CheckboxGroup<?> g : List.of(planeLayers, lineLayers)) {
            g.addClassName("lab-layers");
        }
        Div view = new Div(planeLayers, lineLayers, plane, line);
        view.addClassName("lab-view");
        Div chartColumn = new Div();
        chartColumn.addClassName("lab-charts");
        charts.values().forEach(chartColumn::add);
        add(head, form, view, chartColumn);
        startRun(initial);
    }

    /** The run behind the page (tests). */
    LabRun run() {
        return run;
    }

    ConfigForm form() {
        return form;
    }

    TransportBar transport() {
        return transport;
    }

    Span status() {
        return status;
    }

    @Override
    protected void onAttach(AttachEvent e) {
        super.onAttach(e);
        if (run == null) {
            startRun(form.getConfig());
        }
        writer.forgetSent();
        pump = new FramePump(e.getUI(), () -> run, writer::draw);
        pump.start();
        pump.drawNow();
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

    private void frameDrawn(long seq) {
        writer.frameDrawn();
        if (pump != null) {
            pump.acknowledged(seq);
        }
    }

    private void play() {
        playing = true;
        act(() -> run.play());
    }

    private void pause() {
        playing = false;
        act(() -> run.pause());
    }

    private void setSpeed(int steps) {
        stepsPerFrame = steps;
        run.setStepsPerFrame(steps);
    }

    private void reset() {
        run.reset();
        writer.clearHistory();
        act(() -> { });
    }

    private void newSeed() {
        ExperimentConfig next = form.getConfig().withSeed(seeds.nextLong(1_000_000L));
        form.setConfig(next);
        startRun(next);
    }

    private void configEdited(ExperimentConfig config, boolean needsNewModel) {
        if (needsNewModel) {
            startRun(config);
        } else {
            run.updateLive(config);
        }
    }

    /** Runs a transport action, then shows its result at once (not at the next tick). */
    private void act(Runnable action) {
        action.run();
        transport.setRunning(playing);
        if (pump != null) {
            pump.drawNow();
        }
    }

    /** Replaces the run (a setting that needs a new model, a new seed): step 0, same play state. */
    private void startRun(ExperimentConfig config) {
        if (run != null) {
            run.close();
        }
        run = factory.create(config);
        run.setStepsPerFrame(stepsPerFrame);
        boolean twoD = TargetCatalog.find(config.target().name()).map(t -> t.dim() == 2).orElse(true);
        plane.setVisible(twoD);
        planeLayers.setVisible(twoD);
        line.setVisible(!twoD);
        lineLayers.setVisible(!twoD);
        writer.newRun(run);
        act(() -> {
            if (playing) {
                run.play();
            }
        });
    }
}
