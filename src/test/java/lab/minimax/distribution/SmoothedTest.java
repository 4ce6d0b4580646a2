package lab.minimax.distribution;

import lab.minimax.random.SplitMix64;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** p_h = p ⊛ N(0, h²) in closed form against the convolution integral by quadrature. */
class SmoothedTest {
    /** ∫ p(y) φ((x − y)/h)/h dy by the midpoint rule on [x − 12h, x + 12h] (and p's kinks) with 200,000 points. */
    private static double convolved(Target p, double x, double h) {
        int k = 200_000;
        double lo = x - 12 * h;
        double dy = 24 * h / k;
        double s = 0;
        double[] y = new double[1];
        for (int i = 0; i < k; i++) {
            y[0] = lo + (i + 0.5) * dy;
            double z = (x - y[0]) / h;
            s += p.density(y, 0) * StrictMath.exp(-0.5 * z * z);
        }
        return s * dy / (Math.sqrt(2 * Math.PI) * h);
    }

    @Test
    void theOneDimensionalClosedFormsAreTheConvolution() {
        double h = 0.3;
        Target[] ts = {new UniformTarget(-1, 2), new ExponentialTarget(1.5), new LaplaceTarget(0.5, 0.7),
                new GaussianTarget(1, 0.4), new MixtureTarget(3, 1.5, 0.2)};
        for (Target t : ts) {
            Smoothed s = Smoothed.of(t, h);
            for (double x : new double[]{-2, -1, -0.2, 0, 0.4, 1.1, 2, 3}) {
                double want = convolved(t, x, h);
                double got = s.density(new double[]{x}, 0);
                // the quadrature's own error: O(Δy) at the jumps of the uniform and the exponential
                assertEquals(want, got, 1e-3 * want + 1e-12, t.name() + " at " + x);
            }
        }
    }

    @Test
    void farTailsStayFiniteInLogs() {
        for (Target t : new Target[]{new UniformTarget(-1, 1), new ExponentialTarget(1)}) {
            double l = Smoothed.of(t, 0.1).logDensity(new double[]{-40}, 0);
            // a Gaussian tail: about −(39²)/(2·0.01)
            assertEquals(true, Double.isFinite(l) && l < -7000, t.name() + " log p_h(−40) = " + l);
        }
        // Laplace(0, 1) keeps its exponential tail: log p_h(x) → −|x| + h²/2 − log 2
        assertEquals(-40 + 0.005 - Math.log(2), Smoothed.of(new LaplaceTarget(0, 1), 0.1).logDensity(new double[]{-40}, 0),
                1e-9);
    }

    @Test
    void theLineAndTheMixturesAddHSquaredToTheirVariance() {
        double h = 0.25;
        LineTarget line = new LineTarget(2, 30, 0.05);
        LineTarget wide = new LineTarget(2, 30, Math.sqrt(0.05 * 0.05 + h * h));
        Ring8Target ring = new Ring8Target(2, 0.02);
        Ring8Target ringWide = new Ring8Target(2, Math.sqrt(0.02 * 0.02 + h * h));
        double[] x = new double[2];
        SplitMix64 rng = new SplitMix64(1);
        for (int i = 0; i < 20; i++) {
            x[0] = 3 * rng.nextGaussian();
            x[1] = 3 * rng.nextGaussian();
            assertEquals(wide.logDensity(x, 0), Smoothed.of(line, h).logDensity(x, 0), 1e-12);
            assertEquals(ringWide.logDensity(x, 0), Smoothed.of(ring, h).logDensity(x, 0), 1e-12);
        }
        assertThrows(IllegalArgumentException.class, () -> Smoothed.of(ring, 0));
    }
}
