package lab.minimax.live;

import lab.minimax.gan.Metric;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the heavy rows come: the first frame after Play has one, whatever the last pass cost. */
class HeavyCadenceTest extends EngineLiveRunFixture {
    private static final long S = 1_000_000_000L;

    @Test
    void theFirstFramePastStepZeroHasAHeavyRowEvenRightAfterAnExpensivePass() {
        HeavyCadence c = new HeavyCadence();
        // the pass of the run's first frame (step 0) took 0.5 s: the cost rule waits 10 s
        c.done(0, S / 2, 1, 0);
        assertFalse(c.due(S, 0), "still at step 0: nothing new to measure");
        assertTrue(c.due(S / 2 + 1, 1), "the first frame after Play");
        c.done(S, S + S / 2, 1, 1);
        assertFalse(c.due(S + S / 2 + 1, 2), "not every frame");
    }

    @Test
    void aRunAloneGetsItsFirstRowsEverySecondThenTheCostRule() {
        HeavyCadence c = new HeavyCadence();
        long end = S / 2;
        c.done(0, end, 1, 0);
        for (int row = 1; row <= HeavyCadence.WARMUP; row++) {
            if (row > 1) {
                assertFalse(c.due(end + S - 1, row), "not before a second");
            }
            assertTrue(c.due(end + S, row), "warm-up row " + row + " one second after the last pass");
            c.done(end + S, end + S + S / 2, 1, row);
            end += S + S / 2;
        }
        assertFalse(c.due(end + S, 99), "after the warm-up, 20 × 0.5 s = 10 s apart");
        assertTrue(c.due(end + 10 * S, 99));
    }

    @Test
    void aQueueingPoolHasNoWarmUpAndAResetStartsAgain() {
        HeavyCadence c = new HeavyCadence();
        c.done(0, S / 10, 3, 0);
        c.done(S, S + S / 10, 3, 1);
        assertFalse(c.due(S + S / 10 + 2 * S, 2), "load 3: 20 × 0.1 s × 3 = 6 s");
        c.restart();
        assertTrue(c.due(S + S / 10 + 1, 1), "after a reset the first frame past step 0 has a row again");
    }

    @Test
    void aStepRightAfterTheRunIsMadeRecordsAHeavyRow() {
        // timing-free in practice: before the fix the step-0 pass set a ≥ 1 s wait, so a step
        // made right after it had a light row only (NaN in every heavy column)
        try (EngineLiveRun run = new EngineLiveRun(scheduler, registry, ring8())) {
            run.step();
            float[] rows = run.metricsAfter(-1);
            assertEquals(Metric.COLUMNS, rows.length, "one row, at step 1");
            assertTrue(Float.isFinite(rows[Metric.JS_SMOOTHED.column()]), "the smoothed JS is there");
            assertTrue(Float.isFinite(rows[Metric.MMD2.column()]), "and every heavy metric");
        }
    }
}
