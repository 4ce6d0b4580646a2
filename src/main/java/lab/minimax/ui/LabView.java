package lab.minimax.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import lab.minimax.experiment.preset.Preset;
import com.vaadin.flow.router.Route;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.PointSet;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.experiment.TargetSpec;
import lab.minimax.experiment.TargetCatalog;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The lab page: grouped settings on the left, the transport bar and status line on top, the 2D or
 * 1D view in the middle and the charts over steps on the right. One run per page; frames are
 * pushed by a {@link FramePump} and drawn by {@link FrameWriter}.
 */
@Route("")
@com.vaadin.flow.server.auth.AnonymousAllowed
@PageTitle("Minimax Lab")
@CssImport("./styles/lab.css")
public class LabView extends Div implements BeforeEnterObserver {
    private final LabRunFactory factory;
    private final ConfigForm form;
    private final TransportBar transport;
    private final Span status = new Span("step 0");
    private final ViewColumn view;
    private final Map<MetricChart, SeriesChart> charts = new EnumMap<>(MetricChart.class);
    private final FrameWriter writer;
    private final LabLink link = new LabLink(this, this::openConfig);
    private final TransferBar transferBar;
    private final Div chartColumn = new Div();
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
        // a single step pauses a running run (the engine does), and the page follows
        transport.stepD.addClickListener(e -> manual(() -> run.stepD()));
        transport.stepG.addClickListener(e -> manual(() -> run.stepG()));
        transport.step.addClickListener(e -> manual(() -> run.step()));
        transport.reset.addClickListener(e -> reset());
        transport.newSeed.addClickListener(e -> newSeed());

        status.setId("status");
        status.addClassName("lab-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "off");
        H1 title = new H1("Minimax Lab");
        title.addClassName("lab-title");
        link.present.addClickListener(e -> setPresenting(!hasClassName("lab-present"), true));
        Div head = new Div(title, transport, status, link.present);
        head.addClassName("lab-head");

        for (MetricChart c : MetricChart.lab()) {
            charts.put(c, c.newChart());
        }
        view = new ViewColumn(() -> form.getConfig(), this::usePoints);
        writer = new FrameWriter(status, view.plane, view.line, charts);
        view.plane.addFrameDrawnListener(this::frameDrawn);
        view.line.addFrameDrawnListener(this::frameDrawn);
        chartColumn.addClassName("lab-charts");
        // a scrolling region must be reachable by keyboard (axe: scrollable-region-focusable)
        chartColumn.getElement().setAttribute("tabindex", "0");
        chartColumn.getElement().setAttribute("role", "region");
        chartColumn.getElement().setAttribute("aria-label", "Charts over steps");
        charts.values().forEach(chartColumn::add);
        add(head, form, view, chartColumn);
        transferBar = new TransferBar(form::getConfig, () -> run.metricsAfter(-1), this::openImported,
                view::downloadPng);
        form.prepend(link.preset, link.message, link.pointsMessage, transferBar);
    }

    /** Reads the configuration from the link: lenient, each bad parameter named and replaced by its default. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UrlState.Parsed parsed = link.read(event.getLocation().getQueryParameters().getParameters(), factory.limits());
        applyHide(link.hidden());
        setPresenting(link.presenting(), false);
        form.setConfig(parsed.config());
        startRun(parsed.config());
    }

    /**
     * {@code _hide=a,b,…}: hides the settings groups (target, objective, generator, discriminator,
     * optimizers, training), the preset menu (preset), the layer toggles (layers), the charts
     * over steps (charts), the draw tools (draw) or export/import (transfer), as TensorFlow
     * Playground's hide flags do.
     */
    private void applyHide(Set<String> hidden) {
        form.hideGroups(hidden);
        link.preset.setVisible(!hidden.contains("preset"));
        view.hide(hidden);
        transferBar.setVisible(!hidden.contains("transfer"));
        chartColumn.setVisible(!hidden.contains("charts"));
    }

    /** The message about the link's invalid parameters (empty when the link was valid). */
    String linkMessage() {
        return link.messageText();
    }

    LabLink link() {
        return link;
    }

    Select<Preset> presetSelect() {
        return link.preset;
    }

    DrawBar drawBar() {
        return view.drawBar;
    }

    TransferBar transferBar() {
        return transferBar;
    }

    PlaneChart plane() {
        return view.plane;
    }

    /** Presentation mode: large charts and fonts; {@code toLink}: also written into the link. */
    void setPresenting(boolean on, boolean toLink) {
        setClassName("lab-present", on);
        link.setPresenting(on, toLink ? form.getConfig() : null);
    }

    /** A preset's config (the preset menu). */
    private void openConfig(ExperimentConfig config) {
        form.setConfig(config);
        link.message.setVisible(false);
        startRun(config);
    }

    /** An imported config: shown, trained and written into the link. */
    private void openImported(ExperimentConfig config) {
        link.edited();
        openConfig(config);
    }

    /** Drawn or uploaded points: the points target (bandwidth kept when it was already points). */
    private void usePoints(PointSet points) {
        TargetSpec now = form.getConfig().target();
        Map<String, Double> params = now.name().equals("points") ? now.params() : Map.of();
        openImported(form.getConfig().withTarget(new TargetSpec("points", params, points)));
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
        RunBeacon.announce(e.getUI(), run);
        link.update(form.getConfig());
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
        if (run.latest().state().ended()) { // stopped (idle, lifetime, operator) or refused: ask for a new run
            startRun(form.getConfig());
            return;
        }
        act(() -> run.play());
    }

    private void manual(Runnable step) {
        playing = false;
        act(step);
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
        link.edited();
        if (needsNewModel) {
            startRun(config);
        } else {
            run.updateLive(config);
            link.update(config);
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
        view.showFor(config);
        writer.newRun(run);
        link.update(config);
        getUI().ifPresent(ui -> RunBeacon.announce(ui, run));
        act(() -> {
            if (playing) {
                run.play();
            }
        });
    }
}
