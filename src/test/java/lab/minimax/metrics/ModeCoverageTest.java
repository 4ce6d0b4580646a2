package lab.minimax.metrics;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import lab.minimax.distribution.DisjointTarget;
import lab.minimax.distribution.GaussianTarget;
import lab.minimax.distribution.Grid25Target;
import lab.minimax.distribution.Modes;
import lab.minimax.distribution.Normal;
import lab.minimax.distribution.Ring8Target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModeCoverageTest {
    @Test
    void perfectRing8GeneratorCoversAllModesAtTheTheoreticalQuality() {
        Ring8Target t = new Ring8Target(2, 0.02);
        int n = 10_000;
        double[] x = new double[2 * n];
        t.sample(new SplittableRandom(1), x, n);
        ModeCoverage.Result r = ModeCoverage.compute(t.modes().orElseThrow(), x, n);
        assertEquals(8, r.modesCovered());
        assertEquals(8, r.modeCount());
        assertEquals(n, r.n());
        // P(‖Z‖ ≤ 3) for a 2D standard normal = 1 − e^(−9/2) ≈ 0.98889 (the 98.9 % ceiling)
        double p = 1 - Math.exp(-4.5);
        assertEquals(p, r.highQualityFraction(), 4 * Math.sqrt(p * (1 - p) / n));
        // multinomial noise: E[KL] ≈ (K − 1)/(2n) = 3.5e-4
        assertTrue(r.modeReverseKl() >= 0 && r.modeReverseKl() < 3e-3, "KL " + r.modeReverseKl());
    }

    @Test
    void perfectGrid25AndOneDimensionalGaussian() {
        Grid25Target g = new Grid25Target(2, 0.05);
        int n = 10_000;
        double[] x = new double[2 * n];
        g.sample(new SplittableRandom(2), x, n);
        ModeCoverage.Result r = ModeCoverage.compute(g.modes().orElseThrow(), x, n);
        assertEquals(25, r.modesCovered());
        GaussianTarget one = new GaussianTarget(0.5, 2);
        double[] y = new double[n];
        one.sample(new SplittableRandom(3), y, n);
        ModeCoverage.Result r1 = ModeCoverage.compute(one.modes().orElseThrow(), y, n);
        double p = 1 - 2 * Normal.sf(3); // P(|Z| ≤ 3) = 0.9973
        assertEquals(p, r1.highQualityFraction(), 4 * Math.sqrt(p * (1 - p) / n));
        assertEquals(0, r1.modeReverseKl(), 1e-15);
    }

    @Test
    void collapsedGeneratorsScoreLogOfTheMissingShare() {
        Modes m = new Ring8Target(2, 0.02).modes().orElseThrow();
        int n = 100;
        double[] x = new double[2 * n];
        for (int i = 0; i < n; i++) {
            int k = i % 2; // half on mode 0, half on mode 1, at the centres
            x[2 * i] = m.center(k, 0);
            x[2 * i + 1] = m.center(k, 1);
        }
        ModeCoverage.Result half = ModeCoverage.compute(m, x, n);
        assertEquals(2, half.modesCovered());
        assertEquals(1, half.highQualityFraction());
        assertEquals(Math.log(4), half.modeReverseKl(), 1e-12);
        ModeCoverage.Result one = ModeCoverage.compute(m, x, 1);
        assertEquals(1, one.modesCovered());
        assertEquals(Math.log(8), one.modeReverseKl(), 1e-12);
    }

    @Test
    void threeSigmaBoundaryAndEmptyHistograms() {
        Modes m = new Ring8Target(2, 0.1).modes().orElseThrow();
        double[] x = {2 + 0.299, 0, 2 - 0.301, 0, 0, 0};
        ModeCoverage.Result r = ModeCoverage.compute(m, x, 3);
        assertEquals(1, r.modesCovered());
        assertEquals(1.0 / 3, r.highQualityFraction(), 1e-15);
        ModeCoverage.Result far = ModeCoverage.compute(m, new double[]{0, 0}, 1);
        assertEquals(0, far.modesCovered());
        assertEquals(0, far.highQualityFraction());
        assertTrue(Double.isNaN(far.modeReverseKl()));
        ModeCoverage.Result none = ModeCoverage.compute(m, new double[0], 0);
        assertTrue(Double.isNaN(none.highQualityFraction()) && Double.isNaN(none.modeReverseKl()));
    }

    @Test
    void unequalClustersAreComparedWithTheirTrueWeights() {
        DisjointTarget t = new DisjointTarget(0.1);
        int n = 20_000;
        double[] x = new double[2 * n];
        t.sample(new SplittableRandom(4), x, n);
        ModeCoverage.Result r = ModeCoverage.compute(t.modes().orElseThrow(), x, n);
        assertEquals(3, r.modesCovered());
        assertTrue(r.modeReverseKl() < 1e-3, "perfect generator of unequal clusters: KL " + r.modeReverseKl());
    }
}
