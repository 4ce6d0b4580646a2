package lab.minimax.ui.compare;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import lab.minimax.experiment.config.ConfigError;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.lesson.Lesson;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import lab.minimax.live.EngineLiveRunFactory;
import lab.minimax.live.LiveRunFactory;
import lab.minimax.ui.chart.MetricChart;
import lab.minimax.ui.run.RunPanel;
import lab.minimax.ui.run.TransportBar;
import lab.minimax.ui.run.UiTicker;
import lab.minimax.ui.lesson.LessonIndexView;
import java.util.function.Consumer;
import lab.minimax.experiment.Divergence;
import org.slf4j.LoggerFactory;
import lab.minimax.link.LinkReader;
import lab.minimax.link.LinkState;
import lab.minimax.link.LinkWriter;
import lab.minimax.ui.run.PageAddress;
import lab.minimax.ui.nav.NavBar;

/**
 * {@code /compare}: two runs side by side, stepped in lockstep by one transport bar (each advances
 * the same number of steps), each with its own view and charts. The link holds both
 * configurations ({@link LinkReader#compare}, {@link LinkWriter}), read under the server's limits.
 */
@Route("compare")
@PageTitle("Compare · Minimax Lab")
@CssImport("./styles/lab.css")
@CssImport("./styles/lessons.css")
@AnonymousAllowed
public class CompareView extends Main implements BeforeEnterObserver {
    static final long TICK_MS = 50;
    /** Longest time one tick trains (the pacing timer is shared by all tabs). */
    static final long TICK_BUDGET_NANOS = 40_000_000L;

    private final LiveRunFactory factory;
    private final SplittableRandom seeds = new SplittableRandom();
    private final TransportBar transport;
    private final Div linkMessage = new Div();
    private final Paragraph lessonLine = new Paragraph();
    private final Div columns = new Div();
    private final Span labelA = new Span();
    private final Span labelB = new Span();
    private RunPanel a;
    private RunPanel b;
    private Lockstep lockstep;
    private final UiTicker ticker = new UiTicker();
    private int roundsPerTick = 5;
    private UI ui;
    /** Held while a tick trains, so that Pause waits for the round in flight (counts stay equal). */
    private final Object tickLock = new Object();
    private final Span lockstepState = new Span("paused");
    /** The page's link: both configs and the flags (the lesson it came from). */
    private LinkState link;
    /** Whether ticks may train (guarded by {@link #tickLock}). */
    private boolean ticking;

    /** A page outside Spring (Karibu tests): engine runs on a pool of their own. */
    public CompareView() {
        this(EngineLiveRunFactory.standalone());
    }

    @Autowired
    public CompareView(LiveRunFactory factory) {
        this.factory = factory;
        addClassName("mm-compare");
        transport = new TransportBar(this::play, this::pause, n -> roundsPerTick = n);
        transport.stepD.addClickListener(e -> both(RunPanel::stepD));
        transport.stepG.addClickListener(e -> both(RunPanel::stepG));
        transport.step.addClickListener(e -> both(RunPanel::step));
        transport.reset.addClickListener(e -> both(RunPanel::reset));
        transport.newSeed.addClickListener(e -> {
            long seed = seeds.nextLong(1_000_000L);
            start(a.config().withSeed(seed), b.config().withSeed(seed));
        });
        H1 title = new H1("Side by side");
        title.addClassName("lab-title");
        RouterLink index = new RouterLink("← All lessons", LessonIndexView.class);
        lockstepState.setId("lockstep-state");
        lockstepState.addClassName("lab-status");
        lockstepState.getElement().setAttribute("role", "status");
        Div head = new Div(title, index, transport, lockstepState);
        head.addClassName("lab-head");
        linkMessage.setId("link-message");
        linkMessage.getElement().setAttribute("role", "alert");
        linkMessage.addClassName("mm-link-message");
        linkMessage.setVisible(false);
        columns.addClassName("mm-compare-columns");
        labelA.setId("label-a");
        labelB.setId("label-b");
        add(new NavBar(), head, lessonLine, linkMessage, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LinkReader.Read p = LinkReader.compare(event.getLocation().getQueryParameters().getParameters(),
                factory.limits());
        link = p.state();
        Lesson l = link.flags().lesson();
        lessonLine.setText(l == null ? "Two runs with the same seed, stepped together."
                : "Lesson " + l.number() + ": " + l.title() + " — " + l.oneLine());
        showErrors(p.errors());
        start(link.config(), link.b());
    }

    private void showErrors(List<ConfigError> errors) {
        linkMessage.setVisible(!errors.isEmpty());
        linkMessage.setText(errors.isEmpty() ? "" : LinkReader.describe(errors));
    }

    /** Two new runs at step 0 (a running comparison keeps running). */
    private void start(ExperimentConfig ca, ExperimentConfig cb) {
        boolean wasPlaying = ticker.running();
        ticker.stop();
        List<MetricChart> charts = List.of(MetricChart.LOSSES, MetricChart.SMOOTHED, MetricChart.MODES,
                MetricChart.GRADIENTS);
        columns.removeAll();
        a = new RunPanel(factory, ca, charts);
        b = new RunPanel(factory, cb, charts);
        a.status().setId("status-a");
        b.status().setId("status-b");
        labelA.setText("A: " + describe(ca, cb));
        labelB.setText("B: " + describe(cb, ca));
        columns.add(column("Run A", labelA, a), column("Run B", labelB, b));
        lockstep = new Lockstep(List.of(runner(a), runner(b)));
        updateUrl();
        if (wasPlaying) {
            play();
        }
    }

    private static Div column(String name, Span label, RunPanel panel) {
        Div col = new Div(new H2(name), label, panel);
        col.addClassName("mm-compare-column");
        return col;
    }

    private static Lockstep.Runner runner(RunPanel p) {
        return new Lockstep.Runner() {
            @Override
            public void advance(int n) {
                p.advance(n);
            }

            @Override
            public boolean halted() {
                return p.halted();
            }
        };
    }

    /** "GAN (saturating) · alternating, k = 1 · ring8 · seed 1", naming what differs from the other run first. */
    static String describe(ExperimentConfig c, ExperimentConfig other) {
        String loss = c.objective().divergence().id()
                + (c.objective().divergence() == Divergence.GAN
                ? " (" + c.objective().generatorLoss().id() + ")" : "");
        String s = String.format(Locale.ROOT, "%s · %s, k = %d · lr G %s, D %s · %s · seed %d", loss,
                c.scheme().id(), c.dSteps(), c.optimizer().generator().lr(), c.optimizer().discriminator().lr(),
                c.target().name(), c.seed());
        return c.equals(other) ? s + " (same as the other run)" : s;
    }

    private void both(Consumer<RunPanel> action) {
        pause();
        action.accept(a);
        action.accept(b);
    }

    private void play() {
        if (ticker.running() || ui == null) {
            transport.setRunning(ticker.running());
            return;
        }
        Lockstep ls = lockstep;
        synchronized (tickLock) {
            ticking = true;
        }
        ticker.start(() -> {
            try {
                synchronized (tickLock) {
                    if (ticking) {
                        ls.advance(roundsPerTick, TICK_BUDGET_NANOS);
                    }
                }
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(CompareView.class).warn("lockstep tick failed", e);
            }
        }, 0, TICK_MS);
        transport.setRunning(true);
        a.setLockstep(true);
        b.setLockstep(true);
        lockstepState.setText("playing in lockstep");
    }

    private void pause() {
        ticker.stop();
        synchronized (tickLock) {
            // waits for the round in flight: both runs then have the same count
            ticking = false;
        }
        if (a != null) {
            a.setLockstep(false);
            b.setLockstep(false);
            a.pause();
            b.pause();
        }
        transport.setRunning(false);
        lockstepState.setText("paused");
    }

    private void updateUrl() {
        if (a != null && link != null) {
            link = link.withConfigs(a.config(), b.config());
            PageAddress.set(this, LinkWriter.write(link).query());
        }
    }

    @Override
    protected void onAttach(AttachEvent e) {
        super.onAttach(e);
        ui = e.getUI();
        updateUrl();
    }

    @Override
    protected void onDetach(DetachEvent e) {
        ticker.stop();
        ui = null;
        super.onDetach(e);
    }

    // ------------------------------------------------------------ tests

    RunPanel runA() {
        return a;
    }

    RunPanel runB() {
        return b;
    }

    TransportBar transport() {
        return transport;
    }

    Lockstep lockstep() {
        return lockstep;
    }

    String linkMessage() {
        return linkMessage.isVisible() ? linkMessage.getText() : "";
    }

    boolean playing() {
        return ticker.running();
    }
}
