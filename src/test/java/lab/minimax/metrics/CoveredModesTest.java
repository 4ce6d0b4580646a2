package lab.minimax.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import lab.minimax.distribution.Modes;
import org.junit.jupiter.api.Test;

class CoveredModesTest {
    /** Three modes on a line at 0, 1, 2 with σ = 0.1 (so "within 3σ" is a radius of 0.3). */
    private static final Modes LINE = new Modes(2, new double[] {0, 0, 1, 0, 2, 0},
            new double[] {0.1, 0.1, 0.1}, new double[] {1, 1, 1});

    @Test
    void aModeIsCoveredWhenASampleLiesWithinThreeSigmaOfItAsItsNearestMode() {
        double[] x = {
            0.05, 0.25,        // 0.255 from mode 0: covers it
            1.6, 0,            // nearest mode 2, 0.4 away (> 0.3): covers nothing
            Double.NaN, 1,     // not finite: covers nothing
            2, Double.POSITIVE_INFINITY
        };
        assertArrayEquals(new float[] {1, 0, 0}, CoveredModes.flags(LINE, x));
    }

    @Test
    void theFlagsCountWhatModeCoverageCounts() {
        double[] x = {0, 0, 0.1, 0, 2.2, 0.1, 1.5, 0};
        float[] flags = CoveredModes.flags(LINE, x);
        int covered = 0;
        for (float f : flags) {
            covered += (int) f;
        }
        assertEquals(2, covered);
        assertEquals(covered, ModeCoverage.compute(LINE, x, x.length / 2).modesCovered());
    }
}
