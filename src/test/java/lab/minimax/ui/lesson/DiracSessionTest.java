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
}
