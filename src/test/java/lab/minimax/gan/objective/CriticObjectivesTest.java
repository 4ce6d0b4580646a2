package lab.minimax.gan.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** WGAN (clip, GP), LSGAN and hinge against their definitions, written out here term by term. */
class CriticObjectivesTest {
    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    @Test
    void wassersteinLossesBoundAndConstants() {
        SplittableRandom rng = new SplittableRandom(51);
        WassersteinClip clip = new WassersteinClip(0.01);
        WassersteinGp gp = new WassersteinGp(10);
        assertEquals(0.01, clip.weightClip());
        assertEquals(0.0, clip.gradientPenalty());
        assertEquals(10.0, gp.gradientPenalty());
        assertEquals(0.0, gp.weightClip());
        for (WassersteinCritic w : new WassersteinCritic[] {clip, gp}) {
            double[] r = rng.doubles(7, -5, 5).toArray();
            double[] f = rng.doubles(5, -5, 5).toArray();
            double[] gr = new double[7];
            double[] gf = new double[5];
            assertEquals(-(mean(r) - mean(f)), w.discriminatorLoss(r, 7, f, 5, gr, gf), 1e-14);
            assertEquals(mean(r) - mean(f), w.bound(r, 7, f, 5), 1e-14);
            assertEquals(-mean(f), w.generatorLoss(f, 5, gf), 1e-14);
            assertEquals(3.5, w.display(3.5));
        }
    }

    @Test
    void leastSquaresLossesAndNoBound() {
        SplittableRandom rng = new SplittableRandom(52);
        double[][] abcs = {{0, 1, 1}, {-1, 1, 0}};
        for (double[] abc : abcs) {
            LeastSquares ls = new LeastSquares(abc[0], abc[1], abc[2]);
            double[] r = rng.doubles(7, -5, 5).toArray();
            double[] f = rng.doubles(5, -5, 5).toArray();
            double dReal = 0;
            for (double v : r) {
                dReal += 0.5 * (v - abc[1]) * (v - abc[1]) / 7;
            }
            double dFake = 0;
            double gen = 0;
            for (double v : f) {
                dFake += 0.5 * (v - abc[0]) * (v - abc[0]) / 5;
                gen += 0.5 * (v - abc[2]) * (v - abc[2]) / 5;
            }
            assertEquals(dReal + dFake, ls.discriminatorLoss(r, 7, f, 5, new double[7], new double[5]), 1e-13);
            assertEquals(gen, ls.generatorLoss(f, 5, new double[5]), 1e-13);
            assertTrue(Double.isNaN(ls.bound(r, 7, f, 5)));
            assertEquals(-2.0, ls.display(-2.0));
        }
    }

    @Test
    void hingeLossesUseSubgradientZeroAtTheKinks() {
        Hinge h = new Hinge();
        double[] r = {2.0, 1.0, 0.5, -3.0};
        double[] f = {-2.0, -1.0, 0.0, 4.0};
        double[] gr = new double[4];
        double[] gf = new double[4];
        // relu(1 − V) on real rows: 0, 0, 0.5, 4; relu(1 + V) on generated rows: 0, 0, 1, 5
        assertEquals(4.5 / 4 + 6.0 / 4, h.discriminatorLoss(r, 4, f, 4, gr, gf), 1e-15);
        assertEquals(0.0, gr[0]);
        assertEquals(0.0, gr[1], "subgradient 0 at the kink V = 1");
        assertEquals(-0.25, gr[2]);
        assertEquals(0.0, gf[1], "subgradient 0 at the kink V = −1");
        assertEquals(0.25, gf[3]);
        assertEquals(-0.25, h.generatorLoss(f, 4, gf), 1e-15);
        assertEquals(mean(r) - mean(f), h.bound(r, 4, f, 4), 1e-15);
    }
}
