package lab.minimax.ui.lab;

import lab.minimax.training.RunState;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.server.LimitsProperties;
import lab.minimax.training.Overflow;
import lab.minimax.training.RunGate;
import lab.minimax.training.RunInfo;
import lab.minimax.training.RunOwner;
import lab.minimax.training.RunSlots;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.Map;
import java.util.function.BooleanSupplier;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import lab.minimax.live.EngineLiveRun;
import lab.minimax.live.EngineLiveRunFactory;
import lab.minimax.live.LiveRun;
import lab.minimax.ui.run.FrameWriter;

/** The operator's limits as the lab page and its runs meet them: queue, refusal, stop reasons, link limits. */
class LabLimitsTest extends LabPageFixture {
    /** The limits as Spring binds them from {@code minimax.limits.*} properties. */
    private static LimitsProperties bind(Map<String, String> props) {
        return new Binder(new MapConfigurationPropertySource(props)).bindOrCreate("minimax.limits", LimitsProperties.class);
    }

    private EngineLiveRun run(RunSlots slots) {
        return new EngineLiveRun(scheduler, registry, ring8(), RunOwner.UNKNOWN, slots, 0);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        // a deadline against a hang on a loaded machine, not a timing assertion
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "within 10 s: " + what);
            Thread.sleep(10);
        }
    }

    private RunInfo info(EngineLiveRun r) {
        return r.info(r.token());
    }

    @Test
    void theRunOverTheSlotsQueuesWithItsPositionAndStartsWhenASlotFrees() throws InterruptedException {
        RunSlots slots = new RunSlots(1, Overflow.QUEUE);
        EngineLiveRun a = run(slots);
        EngineLiveRun b = run(slots);
        EngineLiveRun c = run(slots);
        a.play();
        b.play();
        c.play();
        assertEquals(RunState.RUNNING, a.latest().state());
        assertEquals(RunState.QUEUED, b.latest().state());
        assertTrue(b.latest().reason().contains("position 1"), b.latest().reason());
        assertTrue(c.latest().reason().contains("position 2"), c.latest().reason());
        assertEquals(1, info(b).queuePosition());
        assertEquals(RunState.QUEUED, info(c).state());
        assertEquals(2, info(c).queuePosition());
        assertTrue(FrameWriter.statusText(b.latest(), 0, 0).endsWith("queued (" + b.latest().reason() + ")"));

        a.pause();
        await(() -> b.latest().state() == RunState.RUNNING, "the first in line starts by itself");
        assertEquals(0, info(b).queuePosition());
        await(() -> c.latest().reason().contains("position 1"), "the second moves up");
        long steps = b.latest().gSteps();
        await(() -> b.latest().gSteps() > steps, "the started run trains");

        c.pause();
        assertEquals(RunState.PAUSED, c.latest().state(), "Pause leaves the queue");
        assertEquals(0, slots.queued());
        b.close();
        assertEquals(0, slots.running(), "a closed run gives its slot back");
    }

    @Test
    void inRefuseModeThePlayOverTheSlotsIsRefusedWithTheLimitNamed() throws InterruptedException {
        RunSlots slots = new RunSlots(1, Overflow.REFUSE);
        EngineLiveRun a = run(slots);
        EngineLiveRun b = run(slots);
        a.play();
        b.play();
        assertEquals(RunState.PAUSED, b.latest().state());
        assertTrue(b.latest().reason().contains("max-training-runs"), b.latest().reason());
        assertEquals(0, slots.queued());
        a.stepD(); // a single step pauses a, which frees its slot
        b.play();
        assertEquals(RunState.RUNNING, b.latest().state());
        assertEquals("", b.latest().reason());
    }

    @Test
    void aStoppedRunShowsItsReasonAndFreesItsSlotForTheQueue() throws InterruptedException {
        RunSlots slots = new RunSlots(1, Overflow.QUEUE);
        EngineLiveRun a = run(slots);
        EngineLiveRun b = run(slots);
        a.play();
        b.play();
        assertTrue(registry.stop(a.token(), "stopped by an operator"));
        assertEquals(RunState.STOPPED, a.latest().state());
        assertEquals("stopped by an operator", a.latest().reason());
        await(() -> b.latest().state() == RunState.RUNNING, "the queued run gets the freed slot");
    }

    @Test
    void aDivergingRunGivesItsSlotBack() throws InterruptedException {
        RunSlots slots = new RunSlots(1, Overflow.QUEUE);
        ExperimentConfig c = ring8();
        var g = c.optimizer().generator();
        var huge = new lab.minimax.experiment.OptimizerParams(lab.minimax.experiment.OptimizerName.SGD, 1e6, g.beta1(), g.beta2(), 0);
        c = c.withOptimizer(new lab.minimax.experiment.OptimizerSpec(huge, huge, c.optimizer().schedule(), c.optimizer().decaySteps()));
        EngineLiveRun bad = new EngineLiveRun(scheduler, registry, c, RunOwner.UNKNOWN, slots, 0);
        EngineLiveRun next = run(slots);
        bad.play();
        next.play();
        await(() -> next.latest().state() == RunState.RUNNING, "the divergence freed the slot");
        assertEquals(RunState.DIVERGED, info(bad).state());
    }

    @Test
    void theOperatorsStepsPerSecondCapHolds() throws InterruptedException {
        EngineLiveRun r = new EngineLiveRun(scheduler, registry, ring8(), RunOwner.UNKNOWN, RunSlots.unlimited(), 50);
        r.setStepsPerFrame(200); // the page alone would allow 4000 steps/s
        r.play();
        long t0 = System.nanoTime();
        Thread.sleep(600);
        r.pause();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long steps = r.latest().gSteps();
        assertTrue(steps <= 50 * seconds + 5, steps + " steps in " + seconds + " s under a cap of 50/s");
        assertTrue(steps > 0);
    }

    // ------------------------------------------------------------ the page (Karibu)

    private EngineLiveRunFactory factory(LimitsProperties p, RunSlots slots) {
        return new EngineLiveRunFactory(scheduler, registry, new RunGate(p.runLimits(), registry), slots, p.configLimits());
    }

    @Test
    void anOversizedNetworkInALinkIsReplacedWithAMessageNamingTheLimit() {
        LimitsProperties p = bind(Map.of("minimax.limits.max-width", "32", "minimax.limits.max-depth", "2"));
        LabView view = open(factory(p, RunSlots.unlimited()), "generator.hidden=512,512,512&batchSize=64");
        String msg = view.linkMessage();
        assertTrue(msg.contains("generator.hidden"), msg);
        assertTrue(msg.contains("max-width = 32") && msg.contains("max-depth = 2"), msg);
        ExperimentConfig c = view.form().getConfig();
        assertEquals(64, c.batchSize(), "the valid parameter is kept");
        assertTrue(c.generator().hidden().size() <= 2 && c.generator().hidden().stream().allMatch(w -> w <= 32),
                "the default within the server's limits: " + c.generator().hidden());
        assertTrue(view.status().getText().contains("paused"), "the page has a run: " + view.status().getText());
    }

    @Test
    void aConfigOverTheServersLimitsGetsNoRunAndTheStatusNamesTheLimit() {
        LimitsProperties p = bind(Map.of("minimax.limits.max-batch", "100"));
        EngineLiveRunFactory f = factory(p, RunSlots.unlimited());
        ExperimentConfig big = ring8().withSteps(4096, ring8().dSteps(), ring8().scheme());
        LiveRun r = f.create(big);
        assertEquals(RunState.REFUSED, r.latest().state());
        assertTrue(r.latest().reason().contains("batchSize") && r.latest().reason().contains("max-batch = 100"),
                r.latest().reason());
        assertEquals(0, registry.active());
    }

    @Test
    void thePageShowsItsQueuePositionAndStartsWhenTheSlotFrees() throws InterruptedException {
        LimitsProperties p = bind(Map.of("minimax.limits.max-training-runs", "1"));
        RunSlots slots = new RunSlots(1, Overflow.QUEUE);
        EngineLiveRun other = run(slots);
        other.play();
        LabView view = open(factory(p, slots), "");
        _click(_get(Button.class, s -> s.withText("Play")));
        assertTrue(view.status().getText().endsWith("queued (" + RunSlots.queuedMessage(1) + ")"), view.status().getText());
        other.close();
        await(() -> {
            MockVaadin.runUIQueue();
            return view.status().getText().contains("· running");
        }, "the page's run starts by itself: " + view.status().getText());
    }

    @Test
    void thePageShowsWhyItsRunStoppedAndPlayStartsANewOne() throws InterruptedException {
        LimitsProperties p = bind(Map.of());
        LabView view = open(factory(p, RunSlots.unlimited()), "");
        EngineLiveRun first = (EngineLiveRun) view.run();
        registry.stop(first.token(), "no activity for 15 min (minimax.limits.idle-timeout); press Play to start again");
        await(() -> {
            MockVaadin.runUIQueue();
            return view.status().getText().contains("stopped (no activity for 15 min");
        }, "the reason reaches the status line: " + view.status().getText());
        _click(_get(Button.class, s -> s.withText("Play")));
        assertTrue(view.run() != first && view.status().getText().contains("· running"), view.status().getText());
    }

    @Test
    void thePagesOverTheSessionCapAreRefusedWithTheLimitNamed() {
        LimitsProperties p = bind(Map.of("minimax.limits.max-runs-per-session", "2"));
        LabView view = open(factory(p, RunSlots.unlimited()), "");
        EngineLiveRunFactory f = factory(p, RunSlots.unlimited());
        LiveRun second = f.create(ring8());
        assertTrue(second instanceof EngineLiveRun, "two runs in one session are allowed");
        LiveRun third = f.create(ring8());
        assertEquals(RunState.REFUSED, third.latest().state());
        assertTrue(third.latest().reason().contains("max-runs-per-session = 2"), third.latest().reason());
        assertTrue(view.run() instanceof EngineLiveRun);
    }
}
