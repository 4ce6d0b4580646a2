package lab.minimax.ui.lesson;

import lab.minimax.gan.DiracGan;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Dirac-GAN panel's state: trajectory bookkeeping and its settings. */
class DiracSessionTest {

    @Test
    void theTrajectoryFollowsTheGameAndIsThinnedWhenLong() {
        DiracSession s = new DiracSession();
        s.step(10);
        double[] expected = DiracGan.trajectory(DiracSession.THETA0, DiracSession.PSI0, s.update(), s.learningRate(), 10);
        assertEquals(expected.length, s.path().length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], s.path()[i], 0);
        }
        s.step(DiracSession.MAX_POINTS + 100);
        assertTrue(s.path().length / 2 <= DiracSession.MAX_POINTS);
        assertEquals(DiracSession.THETA0, s.path()[0], 0, "the start point is kept");
        assertEquals(s.theta(), s.path()[s.path().length - 2], 0, "the newest point is last");
        assertTrue(s.extent() >= Math.sqrt(s.radius2()) / Math.sqrt(2), "the view holds the current point");
    }

    @Test
    void aNewSchemeOrLearningRateStartsAgainAndBadRatesAreRefused() {
        DiracSession s = new DiracSession();
        s.step(5);
        s.setUpdate(DiracGan.Update.ALTERNATING);
        assertEquals(0, s.steps());
        assertEquals(2, s.path().length);
        s.step(3);
        s.setLearningRate(0.5);
        assertEquals(0, s.steps());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.setLearningRate(3));
        assertTrue(e.getMessage().contains("(0, 2]"), e.getMessage());
        assertEquals(0.5, s.learningRate(), 0);
    }

    /**
     * Lesson 6 on the panel's own defaults (start (1, 1), h = 0.1), the numbers its text gives:
     * simultaneous steps take θ² + ψ² from 2 to about 7 in 1,000 steps (each step multiplies it by
     * 1 + h²f′(ψθ)² ≥ 1); alternating ones keep it within [1.90, 2.01] for 5,000 steps.
     */
    @Test
    void theDefaultsSpiralOutSimultaneouslyAndOrbitAlternately() {
        DiracSession sim = new DiracSession();
        assertEquals(DiracGan.Update.SIMULTANEOUS, sim.update());
        assertEquals(2, sim.radius2(), 0);
        sim.step(1000);
        assertTrue(sim.radius2() > 6.5 && sim.radius2() < 7.5, "simultaneous after 1,000 steps: " + sim.radius2());
        DiracSession alt = new DiracSession();
        alt.setUpdate(DiracGan.Update.ALTERNATING);
        double lo = alt.radius2();
        double hi = lo;
        for (int i = 0; i < 5000; i++) {
            alt.step(1);
            lo = Math.min(lo, alt.radius2());
            hi = Math.max(hi, alt.radius2());
        }
        assertTrue(lo >= 1.895 && hi <= 2.015, "alternating within [1.90, 2.01]: [" + lo + ", " + hi + "]");
    }
}
