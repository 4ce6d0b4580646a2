package lab.minimax.gan;

import org.junit.jupiter.api.Test;
import lab.minimax.gan.objective.GanDivergence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The engine's lesson-2 curves for the GAN against the closed forms and finite differences. */
class GeneratorLossCurvesTest {

    @Test
    void theLossesAreLogOneMinusDAndMinusLogD() {
        GeneratorLossCurves.Curves c = GeneratorLossCurves.of(new GanDivergence(), -20, 14, 137);
        for (int i = 0; i < c.v().length; i++) {
            double v = c.v()[i];
            double d = 1 / (1 + Math.exp(-v));
            double tol = 1e-9 * Math.max(1, Math.abs(v));
            assertEquals(-Math.log(d), c.nonSaturating()[i], tol, "v=" + v);
            assertEquals(Math.log(1 - d), c.saturating()[i], tol, "v=" + v);
            assertEquals(-d, c.dSaturating()[i], 1e-12, "v=" + v);
            assertEquals(-(1 - d), c.dNonSaturating()[i], 1e-12, "v=" + v);
        }
    }

    @Test
    void theSlopesAreTheLossesFiniteDifferencesAndTheirRatioIsDOverOneMinusD() {
        double e = 1e-5;
        for (double v = -8; v <= 8; v += 0.5) {
            GeneratorLossCurves.Curves c = GeneratorLossCurves.of(new GanDivergence(), v - e, v + e, 3);
            double sat = (c.saturating()[2] - c.saturating()[0]) / (2 * e);
            double ns = (c.nonSaturating()[2] - c.nonSaturating()[0]) / (2 * e);
            assertEquals(sat, c.dSaturating()[1], 1e-7, "v=" + v);
            assertEquals(ns, c.dNonSaturating()[1], 1e-7, "v=" + v);
            double d = 1 / (1 + Math.exp(-v));
            assertEquals(d / (1 - d), sat / ns, 1e-6 * Math.max(1, d / (1 - d)), "v=" + v);
        }
    }

    @Test
    void aBadRangeIsNamed() {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> GeneratorLossCurves.of(new GanDivergence(), 1, 1, 10));
        assertEquals(true, x.getMessage().contains("vMin < vMax"));
    }
}
