package lab.minimax.ui.compare;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.lesson.Lesson;
import lab.minimax.lesson.Lessons;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import lab.minimax.live.EngineLiveRun;
import lab.minimax.ui.run.KaribuRunPanelTest;
import lab.minimax.ui.run.RunPanel;
import lab.minimax.experiment.Limits;
import lab.minimax.live.EngineLiveRunFactory;
import lab.minimax.training.RunGate;
import lab.minimax.training.RunLimits;
import lab.minimax.training.RunRegistry;
import lab.minimax.training.RunScheduler;
import lab.minimax.training.RunSlots;
import lab.minimax.link.LinkFlags;
import lab.minimax.link.LinkReader;
import lab.minimax.link.LinkState;
import lab.minimax.link.LinkWriter;

/** The comparison page: its link holds both configurations; one transport drives both runs. */
class CompareViewTest extends KaribuRunPanelTest {
    private static CompareView open(String query) {
        UI.getCurrent().navigate(CompareView.class, QueryParameters.fromString(query));
        return _get(CompareView.class);
    }

    private static long steps(RunPanel p) {
        return counts(p.status().getText())[0];
    }

    private static List<ExperimentConfig[]> pairs() {
        List<ExperimentConfig[]> out = new ArrayList<>();
        for (Lesson l : Lessons.all()) {
            if (l.compareWith() != null) {
                out.add(new ExperimentConfig[] {l.config(), l.compareWith()});
                out.add(new ExperimentConfig[] {l.compareWith(), l.config()});
            }
        }
        // different targets (and target parameters) on the two sides
        out.add(new ExperimentConfig[] {Presets.get("ring8-gan").config(), Presets.get("grid25-gan").config()});
        out.add(new ExperimentConfig[] {Presets.get("gaussian-1d").config(), Presets.get("mixture-1d-kl").config()});
        out.add(new ExperimentConfig[] {Presets.get("ring8-gan").config(), Presets.get("ring8-gan").config().withSeed(7)});
        return out;
    }

    /** The comparison link of A and B without flags. */
    private static String write(ExperimentConfig a, ExperimentConfig b) {
        return LinkWriter.write(new LinkState(a, b, LinkFlags.NONE)).query();
    }

    @Test
    void theQueryRoundTripsBothConfigurations() {
        for (ExperimentConfig[] p : pairs()) {
            String q = write(p[0], p[1]);
            LinkReader.Read r = LinkReader.compare(QueryParameters.fromString(q).getParameters(), Limits.DEFAULTS);
            assertEquals(List.of(), r.errors(), q);
            assertEquals(p[0], r.state().config(), q);
            assertEquals(p[1], r.state().b(), q);
        }
    }

    @Test
    void bHoldsOnlyWhatDiffersFromA() {
        ExperimentConfig a = Presets.get("ring8-gan").config();
        String q = write(a, a.withSeed(9));
        assertTrue(q.endsWith("&b.seed=9"), q);
        assertEquals(1, q.split("b\\.").length - 1, q);
    }

    @Test
    void aLessonOpensWithItsConfigurationAndItsComparison() {
        for (Lesson l : Lessons.all()) {
            if (l.compareWith() == null) {
                continue;
            }
            CompareView v = open(LinkFlags.LESSON + "=" + l.id());
            assertEquals(l.config(), v.runA().config());
            assertEquals(l.compareWith(), v.runB().config());
            assertEquals("", v.linkMessage());
        }
        CompareView v = open("");
        assertEquals(LinkReader.defaultLesson().config(), v.runA().config());
        assertEquals(LinkReader.defaultLesson().compareWith(), v.runB().config());
    }

    @Test
    void anInvalidBParameterIsNamedWithItsPrefix() {
        CompareView v = open("b.batchSize=0&b.objective.divergence=nope");
        String msg = v.linkMessage();
        assertTrue(msg.contains("b.batchSize:"), msg);
        assertTrue(msg.contains("b.objective.divergence:"), msg);
        assertTrue(!msg.contains("\nbatchSize:"), msg);
        assertEquals(v.runA().config().batchSize(), v.runB().config().batchSize(), "replaced by A's value");

        CompareView w = open("_lesson=nope");
        assertTrue(w.linkMessage().contains("_lesson: unknown lesson \"nope\""), w.linkMessage());

        LinkReader.Read p = LinkReader.compare(Map.of("b.seed", List.of("abc")), Limits.DEFAULTS);
        assertEquals("b.seed", p.errors().get(0).field());
    }

    @Test
    void theComparisonLinkIsReadUnderTheServersLimits() {
        RunRegistry registry = new RunRegistry();
        try (RunScheduler scheduler = new RunScheduler(1)) {
            EngineLiveRunFactory.useStandalone(new EngineLiveRunFactory(scheduler, registry,
                    new RunGate(RunLimits.NONE, registry), RunSlots.unlimited(), new Limits(32, 2, 4096, 16, 5000, 10)));
            CompareView v = open("generator.hidden=64&b.discriminator.hidden=128,128");
            String msg = v.linkMessage();
            assertTrue(msg.contains("\ngenerator.hidden["), msg);
            assertTrue(msg.contains("\nb.discriminator.hidden["), msg);
            assertTrue(msg.contains("max-width = 32"), msg);
            for (RunPanel p : List.of(v.runA(), v.runB())) {
                for (ExperimentConfig c : List.of(p.config())) {
                    assertTrue(c.generator().hidden().stream().allMatch(w -> w <= 32), c.generator().toString());
                    assertTrue(c.discriminator().hidden().stream().allMatch(w -> w <= 32), c.discriminator().toString());
                }
            }
        } finally {
            registry.stopAll("test over");
            EngineLiveRunFactory.useStandalone(null);
        }
    }

    @Test
    void oneStepButtonStepsBothRunsTheSameNumberOfSteps() {
        CompareView v = open(LinkFlags.LESSON + "=mode-collapse");
        assertNotEquals(v.runA().config(), v.runB().config());
        for (int i = 0; i < 3; i++) {
            _click(_get(v.transport(), Button.class, s -> s.withText("Step")));
        }
        assertEquals(3, steps(v.runA()));
        assertEquals(3, steps(v.runB()));
        assertEquals(v.runA().config().seed(), v.runB().config().seed());
        // the play loop's unit: a lockstep of k rounds leaves both runs k steps further
        int done = v.lockstep().advance(4, Long.MAX_VALUE);
        assertEquals(4, done);
        long ga = ((EngineLiveRun) v.runA().run()).trainingRun().read(t -> t.generatorSteps());
        long gb = ((EngineLiveRun) v.runB().run()).trainingRun().read(t -> t.generatorSteps());
        assertEquals(7, ga);
        assertEquals(7, gb);
    }

    @Test
    void whileThePagePlaysEachRunSaysItPlaysInLockstepAndAfterPauseThatItIsPaused() throws InterruptedException {
        CompareView v = open(LinkFlags.LESSON + "=saturating-loss");
        _click(_get(v.transport(), Button.class, s -> s.withText("Play")));
        // a deadline against a hang on a loaded machine, not a timing assertion
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!(v.runA().status().getText().endsWith("playing in lockstep")
                && v.runB().status().getText().endsWith("playing in lockstep")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
        }
        for (RunPanel p : List.of(v.runA(), v.runB())) {
            assertTrue(p.status().getText().endsWith("playing in lockstep"), p.status().getText());
        }
        _click(_get(v.transport(), Button.class, s -> s.withText("Pause")));
        for (RunPanel p : List.of(v.runA(), v.runB())) {
            assertTrue(p.status().getText().endsWith("· paused"), p.status().getText());
        }
    }

    @Test
    void playThenPauseLeavesBothRunsAtTheSameStep() throws InterruptedException {
        CompareView v = open(LinkFlags.LESSON + "=saturating-loss");
        _click(_get(v.transport(), Button.class, s -> s.withText("Play")));
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (gSteps(v.runB()) < 20 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        _click(_get(v.transport(), Button.class, s -> s.withText("Pause")));
        assertEquals(gSteps(v.runA()), gSteps(v.runB()), "engine counts");
        assertEquals(steps(v.runA()), steps(v.runB()), "status lines: " + v.runA().status().getText()
                + " / " + v.runB().status().getText());
        assertEquals(gSteps(v.runA()), steps(v.runA()));
    }

    private static long gSteps(RunPanel p) {
        return ((EngineLiveRun) p.run()).trainingRun().read(t -> t.generatorSteps());
    }

    @Test
    void lockstepStopsBeforeARoundWhenARunHalts() {
        AtomicInteger a = new AtomicInteger();
        AtomicInteger b = new AtomicInteger();
        Lockstep.Runner ra = runner(a, Integer.MAX_VALUE);
        Lockstep.Runner rb = runner(b, 5);
        Lockstep ls = new Lockstep(List.of(ra, rb));
        assertEquals(5, ls.advance(100, Long.MAX_VALUE));
        assertEquals(5, a.get());
        assertEquals(5, b.get());
        assertTrue(ls.halted());
        assertEquals(0, ls.advance(3, Long.MAX_VALUE));
    }

    private static Lockstep.Runner runner(AtomicInteger count, int haltAt) {
        return new Lockstep.Runner() {
            @Override
            public void advance(int n) {
                count.addAndGet(n);
            }

            @Override
            public boolean halted() {
                return count.get() >= haltAt;
            }
        };
    }
}
