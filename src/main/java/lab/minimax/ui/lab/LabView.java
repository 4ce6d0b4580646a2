package lab.minimax.ui.lab;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import lab.minimax.distribution.Target;
import lab.minimax.distribution.Targets;
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
import lab.minimax.link.LinkState;
import lab.minimax.live.EngineLiveRunFactory;
import lab.minimax.live.LiveRun;
import lab.minimax.live.LiveRunFactory;
import lab.minimax.live.RunHost;
import lab.minimax.training.RunState;
import lab.minimax.live.Resumption;
import lab.minimax.durable.RunId;
import lab.minimax.ui.chart.MetricChart;
import lab.minimax.ui.chart.PlaneChart;
import lab.minimax.ui.chart.SeriesChart;
import lab.minimax.ui.chart.ViewKind;
import lab.minimax.ui.draw.DrawBar;
import lab.minimax.ui.form.ConfigForm;
import lab.minimax.ui.nav.NavBar;
import lab.minimax.ui.run.FrameWriter;
import lab.minimax.ui.run.TransportBar;
import lab.minimax.ui.assignment.AssignmentView;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import lab.minimax.classroom.Classes;

/**
 * The lab page: grouped settings on the left, the transport bar and status line on top, the 2D,
 * 1D or image view in the middle and the charts over steps on the right. One run per page; frames are
 * hosted by a {@link RunHost} and drawn by {@link FrameWriter}.
 */
@Route("")
@AnonymousAllowed
@PageTitle("Minimax Lab")
@CssImport("./styles/lab.css")
public class LabView extends Main implements BeforeEnterObserver {
    private final LiveRunFactory factory;
    private final ConfigForm form;
    private final TransportBar transport;
    private final Span status = new Span("step 0");
    private final ViewColumn view;
    private final Map<MetricChart, SeriesChart> charts = new EnumMap<>(MetricChart.class);
    private final LabLink link = new LabLink(this, this::openConfig);
    private final TransferBar transferBar;
    private final Div chartColumn = new Div();
    /** Under the charts of an image run: what is not drawn for images, and why. */
    private final Div imageNote = new Div(NOT_FOR_IMAGES);
    /** Seeds for "New seed" (the runs themselves are seeded from the config only). */
    private final SplittableRandom seeds = new SplittableRandom();
    private final RunHost host;
    private final StoreBanner storeBanner = new StoreBanner();
    /** The class banner and the link's assignment. */
    private final ClassStrip classStrip;
    static final String NOT_FOR_IMAGES = "Not defined for images, so not shown: the plug-in and smoothed JS / KL, "
            + "the f-GAN plug-in, W1 / sliced W, MMD², and the plane's heatmap, D*, arrows and manifold "
            + "(they need the target's density or a 2D sample space).";

    /** A page outside Spring (Karibu tests): engine runs on a pool of their own. */
    public LabView() {
        this(EngineLiveRunFactory.standalone());
    }

    @Autowired
    public LabView(LiveRunFactory factory) {
        this.factory = factory;
        addClassName("lab");
        ExperimentConfig initial = Presets.ALL.get(0).config();
        form = new ConfigForm(initial, this::configEdited, factory.limits());
        status.setId("status");
        for (MetricChart c : MetricChart.lab()) {
            charts.put(c, c.newChart());
        }
        view = new ViewColumn(() -> form.getConfig(), this::usePoints, factory.limits());
        host = new RunHost(factory, new FrameWriter(status, view.plane, view.line, view.images, charts), null)
                .restartEndedWith(form::getConfig)
                .durable(true)
                .onNewRun(this::showNewRun);
        transport = new TransportBar(host::play, host::pause, host::setStepsPerFrame);
        host.afterAction(() -> transport.setRunning(host.playing()));
        host.addFrameListener(s -> storeBanner.show(host.run().storeTrouble()));
        // a single step pauses a running run (the engine does), and the page follows
        transport.stepD.addClickListener(e -> host.stepD());
        transport.stepG.addClickListener(e -> host.stepG());
        view.lightPhases(transport);
        transport.step.addClickListener(e -> host.step());
        transport.reset.addClickListener(e -> host.reset());
        transport.newSeed.addClickListener(e -> newSeed());

        status.addClassName("lab-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "off");
        H1 title = new H1("Minimax Lab");
        title.addClassName("lab-title");
        link.present.addClickListener(e -> setPresenting(!hasClassName("lab-present"), true));
        Div head = new Div(title, new NavBar(), transport, link.present, status);
        head.addClassName("lab-head");

        view.plane.addFrameDrawnListener(host::frameDrawn);
        view.line.addFrameDrawnListener(host::frameDrawn);
        view.images.addFrameDrawnListener(host::frameDrawn);
        chartColumn.addClassName("lab-charts");
        // a scrolling region must be reachable by keyboard (axe: scrollable-region-focusable)
        chartColumn.getElement().setAttribute("tabindex", "0");
        chartColumn.getElement().setAttribute("role", "region");
        chartColumn.getElement().setAttribute("aria-label", "Charts over steps");
        charts.values().forEach(chartColumn::add);
        imageNote.addClassName("lab-note");
        imageNote.setId("image-note");
        imageNote.setVisible(false);
        chartColumn.add(imageNote);
        add(head, form, view, chartColumn);
        transferBar = new TransferBar(form::getConfig, () -> host.run().metricsAfter(-1), this::openImported,
                view::downloadPng, factory.limits());
        classStrip = new ClassStrip(host::run);
        form.prepend(classStrip, storeBanner, link.preset, link.message, link.runMessage, link.pointsMessage, transferBar);
    }

    /** The classroom (Spring): a member browser's pages show its class banner. */
    @Autowired(required = false)
    void useClasses(Classes classes) {
        classStrip.useClasses(classes);
    }

    /** A run was started or resumed: the view, the charts and the link follow its config and id. */
    private void showNewRun(ExperimentConfig c) {
        view.showFor(c);
        Target target = Targets.create(c.target());
        charts.forEach((chart, shown) -> shown.setVisible(chart.drawsFor(target)));
        imageNote.setVisible(ViewKind.of(c) == ViewKind.IMAGES);
        LiveRun run = host.run();
        classStrip.newRun(run);
        if (run.durableId() != null || run.latest().state() != RunState.REFUSED) {
            link.setRun(run.durableId()); // a refused resume keeps the link's run: a later try may take it
        }
        link.update(c);
    }

    /**
     * Reads the configuration from the link: lenient, each bad parameter named and replaced by its
     * default. A link with {@code _run} resumes that run, paused, when this browser owns it and its
     * checkpoint reads back; else a fresh run of the link's config starts, and the page says why.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LinkState state = link.read(event.getLocation().getQueryParameters().getParameters(), factory.limits());
        applyHide(state.flags().hide());
        classStrip.show(state.flags().other().get(AssignmentView.FLAG));
        setPresenting(state.flags().present(), false);
        String runId = state.flags().run();
        Resumption r = runId == null ? Resumption.fresh("")
                : RunId.valid(runId) ? factory.resume(runId) : Resumption.fresh(RunId.describeInvalid());
        link.showRunMessage(r.message());
        if (r.resumed()) {
            form.setConfig(r.config());
            transport.showSpeed(r.stepsPerFrame());
            host.adopt(r.run(), r.config());
        } else {
            form.setConfig(state.config());
            host.start(state.config());
        }
    }

    /** What opening the link's run gave (empty: nothing to say). */
    String runMessage() {
        return link.runMessageText();
    }

    /** The store banner's text (empty when the run's checkpoints are being saved). */
    public String storeBannerText() {
        return storeBanner.shown();
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
        setClassName("lab-no-charts", hidden.contains("charts"));
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
        host.start(config);
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
    LiveRun run() {
        return host.run();
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
        host.attach(e.getUI(), form::getConfig);
        link.update(form.getConfig());
    }

    @Override
    protected void onDetach(DetachEvent e) {
        host.detach();
        super.onDetach(e);
    }

    private void newSeed() {
        ExperimentConfig next = form.getConfig().withSeed(seeds.nextLong(1_000_000L));
        form.setConfig(next);
        host.start(next);
    }

    private void configEdited(ExperimentConfig config, boolean needsNewModel) {
        link.edited();
        host.edit(config, needsNewModel);
        if (!needsNewModel) {
            link.update(config);
        }
    }
}
