package lab.minimax.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import lab.minimax.experiment.ConfigError;
import lab.minimax.experiment.Preset;
import lab.minimax.session.ReleaseEndpoint;
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
public class LabView extends Div implements BeforeEnterObserver {
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
    private final Select<Preset> preset = Fields.select("Preset",
            "Open a ready-made experiment (target, networks, objective and optimizer).", Presets.ALL, Preset::title);
    private final Div linkMessage = new Div();
    private final Div chartColumn = new Div();
    /** The link's UI keys (ui.*, _*), kept in the URL when the config changes. */
    private Map<String, List<String>> uiKeys = Map.of();
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
        chartColumn.addClassName("lab-charts");
        // a scrolling region must be reachable by keyboard (axe: scrollable-region-focusable)
        chartColumn.getElement().setAttribute("tabindex", "0");
        chartColumn.getElement().setAttribute("role", "region");
        chartColumn.getElement().setAttribute("aria-label", "Charts over steps");
        charts.values().forEach(chartColumn::add);
        add(head, form, view, chartColumn);
        preset.setWidthFull();
        preset.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                openPreset(e.getValue().config());
            }
        });
        linkMessage.setId("link-message");
        linkMessage.getElement().setAttribute("role", "alert");
        linkMessage.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-line");
        linkMessage.setVisible(false);
        form.prepend(preset, linkMessage);
    }

    /** Reads the configuration from the link: lenient, each bad parameter named and replaced by its default. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UrlState.Parsed parsed = UrlState.read(event.getLocation().getQueryParameters().getParameters());
        uiKeys = parsed.uiKeys();
        applyHide(UrlState.hidden(uiKeys));
        preset.setValue(parsed.preset());
        form.setConfig(parsed.config());
        showLinkErrors(parsed.errors());
        startRun(parsed.config());
    }

    /**
     * {@code _hide=a,b,…}: hides the settings groups (target, objective, generator, discriminator,
     * optimizers, training), the preset menu (preset), the layer toggles (layers) or the charts
     * over steps (charts), as TensorFlow Playground's hide flags do.
     */
    private void applyHide(java.util.Set<String> hidden) {
        form.hideGroups(hidden);
        preset.setVisible(!hidden.contains("preset"));
        planeLayers.getElement().getStyle().set("display", hidden.contains("layers") ? "none" : null);
        lineLayers.getElement().getStyle().set("display", hidden.contains("layers") ? "none" : null);
        chartColumn.setVisible(!hidden.contains("charts"));
    }

    private void showLinkErrors(List<ConfigError> errors) {
        if (errors.isEmpty()) {
            linkMessage.setVisible(false);
            return;
        }
        String text = UrlState.describe(errors);
        linkMessage.setText(text);
        linkMessage.setVisible(true);
        Notification n = new Notification(text, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.open();
    }

    /** The message about the link's invalid parameters (empty when the link was valid). */
    String linkMessage() {
        return linkMessage.isVisible() ? linkMessage.getText() : "";
    }

    Select<Preset> presetSelect() {
        return preset;
    }

    private void openPreset(ExperimentConfig config) {
        form.setConfig(config);
        linkMessage.setVisible(false);
        startRun(config);
    }

    /** Writes the config into the browser's address (no navigation, no history entry). */
    private void updateUrl(ExperimentConfig config) {
        getUI().ifPresent(ui -> ui.getPage().executeJs("history.replaceState(history.state, '', $0)",
                "?" + UrlState.write(config, uiKeys)));
    }

    /** Tells the page which run its page-hide beacon releases. */
    private void announceRun(com.vaadin.flow.component.UI ui) {
        if (run instanceof EngineRun er) {
            ui.getPage().executeJs("window.__mmRunToken = $0;"
                    + "if (!window.__mmBeacon) { window.__mmBeacon = true;"
                    + " window.addEventListener('pagehide', () => navigator.sendBeacon("
                    + "new URL($1 + '?token=' + window.__mmRunToken, document.baseURI)));"
                    + "}", er.token(), ReleaseEndpoint.PATH.substring(1));
        }
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
        announceRun(e.getUI());
        updateUrl(form.getConfig());
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
        linkMessage.setVisible(false);
        preset.clear();
        if (needsNewModel) {
            startRun(config);
        } else {
            run.updateLive(config);
            updateUrl(config);
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
        updateUrl(config);
        getUI().ifPresent(this::announceRun);
        act(() -> {
            if (playing) {
                run.play();
            }
        });
    }
}
