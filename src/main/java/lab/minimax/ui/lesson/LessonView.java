package lab.minimax.ui.lesson;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import lab.minimax.experiment.config.ConfigUrl;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Scheme;
import lab.minimax.lesson.Lesson;
import lab.minimax.lesson.LessonChart;
import lab.minimax.lesson.Lessons;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import lab.minimax.live.EngineLiveRunFactory;
import lab.minimax.live.LiveRunFactory;
import lab.minimax.ui.chart.CurvesChart;
import lab.minimax.link.LinkFlags;
import lab.minimax.ui.compare.CompareView;
import lab.minimax.ui.form.Fields;
import lab.minimax.ui.lab.LabView;
import lab.minimax.ui.nav.NavBar;
import lab.minimax.ui.run.RunPanel;
import lab.minimax.ui.run.TransportBar;

/**
 * {@code /lesson/<id>}: the lesson's run with its charts (the lab's components), the lesson's own
 * chart, slow motion, and the explanation panel with the formulas. An unknown id shows a message
 * with a link to the index.
 */
@Route("lesson")
@CssImport("./styles/lab.css")
@CssImport("./styles/lessons.css")
@AnonymousAllowed
public class LessonView extends Main implements HasUrlParameter<String>, HasDynamicTitle {
    private final LiveRunFactory factory;
    private final SplittableRandom seeds = new SplittableRandom();
    private Lesson lesson;
    private RunPanel panel;
    private TransportBar transport;
    private ExplanationPanel explanation;
    private LessonCharts own;
    private Select<Scheme> scheme;
    private final SlowMotion slowMotion = new SlowMotion();
    private final Span slowText = new Span();
    private Button slowButton;

    /** A page outside Spring (Karibu tests): engine runs on a pool of their own. */
    public LessonView() {
        this(EngineLiveRunFactory.standalone());
    }

    @Autowired
    public LessonView(LiveRunFactory factory) {
        this.factory = factory;
        addClassName("mm-lesson");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String id) {
        removeAll();
        add(new NavBar());
        panel = null;
        own = null;
        scheme = null;
        Optional<Lesson> found = id == null ? Optional.empty() : Lessons.byId(id);
        if (found.isEmpty()) {
            lesson = null;
            notFound(id);
            return;
        }
        lesson = found.get();
        build(lesson);
    }

    @Override
    public String getPageTitle() {
        return lesson == null ? "Lesson not found · Minimax Lab"
                : "Lesson " + lesson.number() + ": " + lesson.title() + " · Minimax Lab";
    }

    private void notFound(String id) {
        Div box = new Div();
        box.setId("lesson-not-found");
        box.addClassName("mm-not-found");
        box.getElement().setAttribute("role", "alert");
        String shown = id == null || id.isBlank() ? "(none)" : "“" + id + "”";
        box.add(new H1("Lesson not found"),
                new Paragraph("There is no lesson " + shown + ". The lessons are listed on the index."),
                new RouterLink("All lessons", LessonIndexView.class));
        add(box);
    }

    private void build(Lesson l) {
        RouterLink index = new RouterLink("← All lessons", LessonIndexView.class);
        H1 title = new H1("Lesson " + l.number() + ": " + l.title());
        title.addClassName("mm-lesson-h1");
        Paragraph line = new Paragraph(l.oneLine());
        RouterLink lab = new RouterLink("Open this experiment in the lab", LabView.class);
        lab.setQueryParameters(QueryParameters.fromString(ConfigUrl.write(l.config())));
        Div links = new Div(index, lab);
        if (l.compareWith() != null) {
            RouterLink compare = new RouterLink("Compare side by side", CompareView.class);
            compare.setId("compare-link");
            compare.setQueryParameters(QueryParameters.simple(Map.of(LinkFlags.LESSON, l.id())));
            links.add(compare);
        }
        links.addClassName("mm-lesson-links");
        Div head = new Div(title, line, links);
        head.addClassName("mm-lesson-head");

        panel = new RunPanel(factory, l.config(), LessonCharts.of(l.chart()));
        panel.status().setId("status");
        transport = new TransportBar(this::play, this::pause, steps -> panel.setStepsPerFrame(steps));
        transport.stepD.addClickListener(e -> manual(panel::stepD));
        transport.stepG.addClickListener(e -> manual(panel::stepG));
        transport.step.addClickListener(e -> manual(panel::step));
        transport.reset.addClickListener(e -> {
            panel.reset();
            slowMotion.restart();
            slowText.setText("");
        });
        transport.newSeed.addClickListener(e -> restart(panel.config().withSeed(seeds.nextLong(1_000_000L))));

        slowButton = new Button("Slow motion: " + slowMotion.next().label(), VaadinIcon.STEP_FORWARD.create());
        slowButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        slowButton.setTooltipText("Take one training step apart: sample, then D's update, then G's update.");
        slowButton.addClickListener(e -> slowStep());
        slowText.setId("slow-motion-text");
        slowText.addClassName("mm-slow-text");
        slowText.getElement().setAttribute("aria-live", "polite");
        Div slow = new Div(slowButton, slowText);
        slow.addClassName("mm-slow");

        Div runColumn = new Div(transport, slow);
        if (l.chart() == LessonChart.DIRAC_FIELD) {
            scheme = Fields.select("Scheme of the real run",
                    "The same switch on a real target: alternating or simultaneous updates (restarts at step 0).",
                    List.of(Scheme.values()), s -> s == Scheme.ALTERNATING ? "Alternating" : "Simultaneous");
            scheme.setWidth("16em");
            scheme.setValue(l.config().scheme());
            scheme.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    ExperimentConfig c = panel.config();
                    restart(c.withSteps(c.batchSize(), c.dSteps(), e.getValue()));
                }
            });
            runColumn.add(scheme);
        }
        runColumn.add(panel);
        runColumn.addClassName("mm-lesson-run");

        Div side = new Div();
        side.addClassName("mm-lesson-side");
        own = new LessonCharts(l.chart(), panel);
        if (own.own() != null) {
            side.add(own.own());
        }
        explanation = new ExplanationPanel(l);
        side.add(explanation);

        Div body = new Div(runColumn, side);
        body.addClassName("mm-lesson-body");
        add(head, body);
    }

    private void play() {
        panel.play();
        transport.setRunning(true);
    }

    private void pause() {
        panel.pause();
        transport.setRunning(false);
    }

    private void manual(Runnable step) {
        step.run();
        transport.setRunning(false);
    }

    private void slowStep() {
        if (panel.playing()) {
            pause();
        }
        ExperimentConfig c = panel.config();
        String text = slowMotion.advance(panel.run(), c.dSteps(), c.batchSize());
        slowText.setText(text);
        slowButton.setText("Slow motion: " + slowMotion.next().label());
        panel.redraw();
    }

    private void restart(ExperimentConfig c) {
        panel.start(c);
        slowMotion.restart();
        slowText.setText("");
        slowButton.setText("Slow motion: " + slowMotion.next().label());
    }

    // ------------------------------------------------------------ tests

    Lesson lesson() {
        return lesson;
    }

    RunPanel panel() {
        return panel;
    }

    TransportBar transport() {
        return transport;
    }

    ExplanationPanel explanation() {
        return explanation;
    }

    CurvesChart lossChart() {
        return own == null ? null : own.lossChart();
    }

    DiracPanel dirac() {
        return own == null ? null : own.dirac();
    }

    LessonCharts charts() {
        return own;
    }

    Select<Scheme> scheme() {
        return scheme;
    }

    Span slowText() {
        return slowText;
    }

    Button slowButton() {
        return slowButton;
    }
}
