package lab.minimax.metrics;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import lab.minimax.distribution.Ring8Target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlicedWassersteinTest {
    @Test
    void translationGivesTwoOverPiTimesItsLength() {
        int n = 3000;
        double[] a = new double[2 * n];
        new Ring8Target(2, 0.1).sample(new SplittableRandom(1), a, n);
        double[][] shifts = {{0.5, 0}, {0.3, -0.4}, {-1, 2}};
        for (double[] t : shifts) {
            double[] b = a.clone();
            for (int i = 0; i < n; i++) {
                b[2 * i] += t[0];
                b[2 * i + 1] += t[1];
            }
            Estimate e = SlicedWasserstein.compute(a, n, b, n, 128, new SplittableRandom(5));
            double len = Math.hypot(t[0], t[1]);
            // every projection is shifted by t·θ: SW = mean |t·θ_k| → 2|t|/π, stratified error O(1/P²)
            assertEquals(2 * len / Math.PI, e.value(), 1e-3 * len);
            assertEquals(n, e.n());
            assertEquals(n, e.m());
        }
    }

    @Test
    void sameSeedSameValueAndSeparatesDistributions() {
        int n = 4000;
        Ring8Target t = new Ring8Target(2, 0.05);
        double[] a = new double[2 * n];
        double[] b = new double[2 * n];
        t.sample(new SplittableRandom(1), a, n);
        t.sample(new SplittableRandom(2), b, n);
        double same = SlicedWasserstein.compute(a, n, b, n, 100, new SplittableRandom(3)).value();
        assertEquals(same, SlicedWasserstein.compute(a, n, b, n, 100, new SplittableRandom(3)).value(), 0);
        assertEquals(0, SlicedWasserstein.compute(a, n, a, n, 100, new SplittableRandom(3)).value(), 0);
        // rotate the ring by π/8: every mode falls between two of the original ones
        double[] c = new double[2 * n];
        double co = Math.cos(Math.PI / 8);
        double si = Math.sin(Math.PI / 8);
        for (int i = 0; i < n; i++) {
            c[2 * i] = co * b[2 * i] - si * b[2 * i + 1];
            c[2 * i + 1] = si * b[2 * i] + co * b[2 * i + 1];
        }
        double rotated = SlicedWasserstein.compute(a, n, c, n / 2, 100, new SplittableRandom(3)).value();
        assertTrue(same < 0.05, "same distribution: " + same);
        assertTrue(rotated > 5 * same && rotated > 0.1, "rotated: " + rotated + " vs " + same);
    }
}
