package lab.minimax.live;

import lab.minimax.gan.Metric;
import lab.minimax.training.RunState;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.OptimizerParams;
import lab.minimax.experiment.OptimizerSpec;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import lab.minimax.live.frame.LabSnapshot;

/** The engine behind the lab page: counters, same first frame after reset, divergence, release. */
class EngineLiveRunTest extends EngineLiveRunFixture {
    @Test
    void stepsCountAndResetGivesTheSameFirstFrame() {
        try (EngineLiveRun run = new EngineLiveRun(scheduler, registry, ring8())) {
            LabSnapshot first = run.latest();
            assertEquals(0, first.gSteps());
            assertNotNull(first.plane());
            run.stepD();
            assertEquals(0, run.latest().gSteps());
            assertEquals(1, run.latest().dSteps());
            run.stepG();
            assertEquals(1, run.latest().gSteps());
            run.step();
            assertEquals(2, run.latest().gSteps());
            assertFalse(java.util.Arrays.equals(first.plane().fake(), run.latest().plane().fake()),
                    "training moved the generated points");
            assertTrue(run.metricsAfter(-1).length >= Metric.COLUMNS, "metrics rows were recorded");
            run.reset();
            LabSnapshot again = run.latest();
            assertEquals(0, again.gSteps());
            assertArrayEquals(first.plane().fake(), again.plane().fake(), "same seed, same first frame");
            assertArrayEquals(first.plane().heat().values(), again.plane().heat().values());
            float[] rows = run.metricsAfter(-1);
            assertEquals(Metric.COLUMNS, rows.length, "reset empties the charts but for step 0's heavy row");
            assertEquals(0, rows[0]);
        }
    }

    @Test
    void aRunThatBlowsUpSaysSoAndKeepsTheLastGoodFrame() {
        ExperimentConfig c = ring8();
        OptimizerParams g = c.optimizer().generator();
        OptimizerParams huge = new OptimizerParams(lab.minimax.experiment.OptimizerName.SGD, 1e6, g.beta1(), g.beta2(), 0);
        c = c.withOptimizer(new OptimizerSpec(huge, huge, c.optimizer().schedule(), c.optimizer().decaySteps()));
        try (EngineLiveRun run = new EngineLiveRun(scheduler, registry, c)) {
            LabSnapshot good = run.latest();
            for (int i = 0; i < 200 && run.latest().state() != RunState.DIVERGED; i++) {
                good = run.latest();
                run.step();
            }
            LabSnapshot s = run.latest();
            assertEquals(RunState.DIVERGED, s.state());
            assertFalse(s.reason().isEmpty());
            assertTrue(allFinite(s.plane().fake()), "the frame on screen is the last good one");
            assertArrayEquals(good.plane().fake(), s.plane().fake());
        }
    }

    @Test
    void theRegistryCountsLiveRunsAndAReleaseStopsOne() {
        EngineLiveRun a = new EngineLiveRun(scheduler, registry, ring8());
        EngineLiveRun b = new EngineLiveRun(scheduler, registry, ring8());
        assertEquals(2, registry.active());
        a.close();
        assertEquals(1, registry.active());
        assertTrue(registry.release(b.token()));
        assertEquals(0, registry.active());
        assertTrue(b.isClosed());
        assertFalse(registry.release(b.token()), "a token releases once");
    }

    private static boolean allFinite(float[] a) {
        for (float v : a) {
            if (!Float.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
