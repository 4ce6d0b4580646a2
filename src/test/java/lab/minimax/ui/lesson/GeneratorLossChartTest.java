package lab.minimax.ui.lesson;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lesson 2's chart data (the engine's curves on a range that holds the samples' logits). */
class GeneratorLossChartTest {

    @Test
    void theRangeHoldsTheLogitsAndEveryDotIsOnItsCurve() {
        double[] logits = {-9, -1, 0, 3.5, Double.NaN};
        GeneratorLossChart.Data d = GeneratorLossChart.of(logits);
        assertTrue(d.vLo() <= -9 && d.vHi() >= 6, d.vLo() + " " + d.vHi());
        assertEquals(8, d.nsDots().length, "NaN logits are left out");
        for (int i = 0; i < 4; i++) {
            double v = logits[i];
            double dv = 1 / (1 + Math.exp(-v));
            assertEquals(v, d.nsDots()[2 * i], 1e-6);
            assertEquals(-Math.log(dv), d.nsDots()[2 * i + 1], 1e-5);
            assertEquals(Math.log(1 - dv), d.satDots()[2 * i + 1], 1e-5);
        }
        assertEquals(2 * GeneratorLossChart.N, d.ns().length);
        assertEquals(d.vLo(), d.ns()[0], 1e-6);
        assertEquals(d.vHi(), d.ns()[d.ns().length - 2], 1e-5);
        // the curves are −log σ(v) and log(1 − σ(v)) at every point
        for (int i = 0; i < GeneratorLossChart.N; i++) {
            double v = d.ns()[2 * i];
            assertEquals(Math.log1p(Math.exp(-v)), d.ns()[2 * i + 1], 1e-5 * Math.max(1, Math.abs(v)));
            assertEquals(-Math.log1p(Math.exp(v)), d.sat()[2 * i + 1], 1e-5 * Math.max(1, Math.abs(v)));
        }
    }

    @Test
    void logitsBeyondTheCapAreClippedOntoTheAxis() {
        GeneratorLossChart.Data d = GeneratorLossChart.of(new double[] {-100, 50});
        assertEquals(-GeneratorLossChart.V_MAX, d.vLo(), 1e-12);
        assertEquals(GeneratorLossChart.V_MAX, d.vHi(), 1e-12);
        assertEquals(-GeneratorLossChart.V_MAX, d.nsDots()[0], 1e-6);
        assertEquals(GeneratorLossChart.V_MAX, d.nsDots()[2], 1e-6);
    }
}
