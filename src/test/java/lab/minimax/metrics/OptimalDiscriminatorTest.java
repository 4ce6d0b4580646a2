package lab.minimax.metrics;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import lab.minimax.distribution.Box;
import lab.minimax.distribution.GaussianTarget;
import lab.minimax.distribution.Modes;
import lab.minimax.distribution.Normal;
import lab.minimax.distribution.Ring8Target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptimalDiscriminatorTest {
    @Test
    void oneDimensionalDStarIsCloseToTheExactRatio() {
        GaussianTarget p = new GaussianTarget(0, 1);
        int n = 100_000;
        double[] x = new double[n];
        new GaussianTarget(1, 1.2).sample(new SplittableRandom(8), x, n);
        Kde kde = Kde.forTarget(p, x, n);
        // the grid: 1001 points over [−5, 6] (cell-centred: Δ = 11/1001)
        Grid g = new Grid(new Box(new double[]{-5}, new double[]{6}), 1001);
        OptimalDiscriminator.DStar d = OptimalDiscriminator.compute(p, kde, g);
        assertNull(d.ys());
        assertEquals(1001, d.xs().length);
        assertEquals(n, d.n());
        double sm = Math.sqrt(1.44 + kde.bandwidth() * kde.bandwidth());
        // pointwise noise of q̂: relative sd √(R(K)/(n h q)) ≈ 7 % where q ≈ 0.005 (x ≈ −2.5), i.e. an sd
        // of ≈ 0.013 in D* there; where p + q > 0.05 it is below 0.005
        double[] wide = maxErrors(d, 0.01, sm);
        double[] core = maxErrors(d, 0.05, sm);
        assertTrue(wide[0] < 0.05, "max |D* − p/(p+q)| where p+q > 0.01: " + wide[0]);
        assertTrue(wide[1] < 0.045, "max |D* − p/(p+q̃)| where p+q > 0.01: " + wide[1]);
        assertTrue(core[0] < 0.025, "max |D* − p/(p+q)| where p+q > 0.05: " + core[0]);
        assertTrue(core[1] < 0.02, "max |D* − p/(p+q̃)| where p+q > 0.05: " + core[1]);
    }

    /** {max |D* − p/(p+q)|, max |D* − p/(p+q̃)|} over the points with p + q &gt; floor. */
    static double[] maxErrors(OptimalDiscriminator.DStar d, double floor, double sm) {
        double maxErr = 0;
        double maxErrSmooth = 0;
        for (int k = 0; k < d.xs().length; k++) {
            double xv = d.xs()[k];
            double a = Normal.pdf(xv);
            double b = Normal.pdf((xv - 1) / 1.2) / 1.2;
            if (a + b > floor) {
                maxErr = Math.max(maxErr, Math.abs(d.values()[k] - a / (a + b)));
                double bs = Normal.pdf((xv - 1) / sm) / sm;
                maxErrSmooth = Math.max(maxErrSmooth, Math.abs(d.values()[k] - a / (a + bs)));
            }
        }
        return new double[]{maxErr, maxErrSmooth};
    }

    @Test
    void twoDimensionalDStarAtCoveredAndMissedModes() {
        Ring8Target t = new Ring8Target(2, 0.05);
        Modes m = t.modes().orElseThrow();
        int n = 8000;
        double[] x = new double[2 * n];
        t.sample(new SplittableRandom(9), x, n);
        int[] count = new int[8];
        for (int i = 0; i < n; i++) { // keep modes 0..3 only: move samples of modes 4..7 by π
            double a = Math.atan2(x[2 * i + 1], x[2 * i]);
            if (a < -Math.PI / 8 || a > Math.PI - Math.PI / 8) {
                x[2 * i] = -x[2 * i];
                x[2 * i + 1] = -x[2 * i + 1];
                a = Math.atan2(x[2 * i + 1], x[2 * i]);
            }
            count[(int) Math.round((a + 2 * Math.PI) % (2 * Math.PI) / (Math.PI / 4)) % 8]++;
        }
        Kde kde = Kde.forTarget(t, x, n);
        Grid g = new Grid(t.box(), 201);
        OptimalDiscriminator.DStar d = OptimalDiscriminator.compute(t, kde, g);
        assertEquals(201 * 201, d.values().length);
        double h2 = kde.bandwidth() * kde.bandwidth();
        double s2 = 0.05 * 0.05;
        for (int k = 0; k < 8; k++) {
            // nearest grid point to the mode centre
            int ix = (int) Math.floor((m.center(k, 0) - g.box().lo()[0]) / g.step(0));
            int iy = (int) Math.floor((m.center(k, 1) - g.box().lo()[1]) / g.step(1));
            double px = g.coord(0, ix);
            double py = g.coord(1, iy);
            double r2 = Math.pow(px - m.center(k, 0), 2) + Math.pow(py - m.center(k, 1), 2);
            double pv = Math.exp(-r2 / (2 * s2)) / (2 * Math.PI * s2) / 8;
            // q̂ ≈ the mode's sample share times N(c, (σ² + h²) I)
            double qv = Math.exp(-r2 / (2 * (s2 + h2))) / (2 * Math.PI * (s2 + h2)) * count[k] / n;
            double expected = pv / (pv + qv); // covered: ≈ 1/3 (a little more: q̂ is smoothed); missed: 1
            // noise: q̂ at a mode centre has relative sd ≈ 5 %, i.e. ≈ 0.012 in D*
            assertEquals(expected, d.values()[iy * 201 + ix], 0.04, "mode " + k);
            assertEquals(k < 4, count[k] > 0);
        }
        for (double v : d.values()) {
            assertTrue(Double.isNaN(v) || (v >= 0 && v <= 1));
        }
    }
}
