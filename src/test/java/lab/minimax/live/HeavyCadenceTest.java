package lab.minimax.live;

import lab.minimax.gan.Metric;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When the heavy rows come: the first frame past step 0 has one whatever the last pass cost (the
 * second one while playing, so that the first goes out light), and step 0's pass is a row too.
 */
class HeavyCadenceTest extends EngineLiveRunFixture {
    private static final long S = 1_000_000_000L;

    @Test
    void theFirstFramePastStepZeroHasAHeavyRowEvenRightAfterAnExpensivePass() {
        HeavyCadence c = new HeavyCadence();
        // the pass of the run's first frame (step 0) took 0.5 s: the cost rule waits 10 s
        c.done(0, S / 2, 1, 0);
        assertFalse(c.due(S, 0, false), "still at step 0: nothing new to measure");
        assertTrue(c.due(S / 2 + 1, 1, false), "the first frame after Play");
        c.done(S, S + S / 2, 1, 1);
        assertFalse(c.due(S + S / 2 + 1, 2, false), "not every frame");
    }

    @Test
    void aPlayingRunsFirstFramePastStepZeroGoesOutLightAndTheNextHasTheRow() {
        HeavyCadence c = new HeavyCadence();
        c.done(0, S / 2, 1, 0);
        // long after the step-0 pass, so the cost rule alone would make it heavy too
        assertFalse(c.due(20 * S, 1, true), "the first frame after Play is light: the light charts move at once");
        assertTrue(c.due(20 * S + S / 20, 2, true), "the next one has the heavy row");
        c.done(20 * S + S / 20, 21 * S, 1, 2);
        c.restart();
        assertFalse(c.due(22 * S, 1, true), "after a reset, light first again");
        assertTrue(c.due(22 * S + S / 20, 2, true));
    }

    @Test
    void aRunAloneGetsItsFirstRowsEverySecondThenTheCostRule() {
        HeavyCadence c = new HeavyCadence();
        long end = S / 2;
        c.done(0, end, 1, 0);
        for (int row = 1; row <= HeavyCadence.WARMUP; row++) {
            if (row > 1) {
                assertFalse(c.due(end + S - 1, row, false), "not before a second");
            }
            assertTrue(c.due(end + S, row, false), "warm-up row " + row + " one second after the last pass");
            c.done(end + S, end + S + S / 2, 1, row);
            end += S + S / 2;
        }
        assertFalse(c.due(end + S, 99, false), "after the warm-up, 20 × 0.5 s = 10 s apart");
        assertTrue(c.due(end + 10 * S, 99, false));
    }

    @Test
    void aQueueingPoolHasNoWarmUpAndAResetStartsAgain() {
        HeavyCadence c = new HeavyCadence();
        c.done(0, S / 10, 3, 0);
        c.done(S, S + S / 10, 3, 1);
        assertFalse(c.due(S + S / 10 + 2 * S, 2, false), "load 3: 20 × 0.1 s × 3 = 6 s");
        c.restart();
        assertTrue(c.due(S + S / 10 + 1, 1, false), "after a reset the first frame past step 0 has a row again");
    }

    @Test
    void theRunsFirstFrameIsAHeavyRowAtStepZeroWithoutLightValues() {
        try (EngineLiveRun run = new EngineLiveRun(scheduler, registry, ring8())) {
            float[] rows = run.metricsAfter(-1);
            assertEquals(Metric.COLUMNS, rows.length, "one row before any step");
            assertEquals(0, rows[0], "at step 0");
            assertTrue(Float.isFinite(rows[Metric.JS_SMOOTHED.column()]) && Float.isFinite(rows[Metric.MMD2.column()]),
                    "the heavy metrics of the initial generator");
            assertTrue(Float.isNaN(rows[Metric.LOSS_D.column()]) && Float.isNaN(rows[Metric.GRAD_G.column()]),
                    "no step made, no loss or gradient");
            run.reset();
            rows = run.metricsAfter(-1);
            assertEquals(Metric.COLUMNS, rows.length, "a reset starts again with step 0's row");
        }
    }

    @Test
    void aStepRightAfterTheRunIsMadeRecordsAHeavyRow() {
        // timing-free in practice: before the fix the step-0 pass set a ≥ 1 s wait, so a step
        // made right after it had a light row only (NaN in every heavy column)
        try (EngineLiveRun run = new EngineLiveRun(scheduler, registry, ring8())) {
            run.step();
            float[] rows = run.metricsAfter(0);
            assertEquals(Metric.COLUMNS, rows.length, "one row past step 0, at step 1");
            assertEquals(1, rows[0]);
            assertTrue(Float.isFinite(rows[Metric.JS_SMOOTHED.column()]), "the smoothed JS is there");
            assertTrue(Float.isFinite(rows[Metric.MMD2.column()]), "and every heavy metric");
        }
    }
}
