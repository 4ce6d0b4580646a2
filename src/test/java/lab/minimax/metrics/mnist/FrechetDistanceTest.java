package lab.minimax.metrics.mnist;

import lab.minimax.random.SplitMix64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Fréchet distance against its closed forms. */
class FrechetDistanceTest {
    private static FrechetDistance.Gaussian gaussian(double[] mu, double[][] sigma) {
        return new FrechetDistance.Gaussian(mu, new DMatrixRMaj(sigma));
    }

    @Test
    void diagonalCovariancesGiveTheSumOfSquaredRootDifferences() {
        // d² = ‖μ₁ − μ₂‖² + Σ (√a − √b)²
        var g1 = gaussian(new double[] {0, 1, 2}, new double[][] {{4, 0, 0}, {0, 1, 0}, {0, 0, 9}});
        var g2 = gaussian(new double[] {1, 1, 0}, new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 0.25}});
        double expected = (1 + 0 + 4) + (1 + 0 + 2.5 * 2.5);
        assertEquals(expected, FrechetDistance.squared(g1, g2), 1e-10);
    }

    @Test
    void isZeroForOneGaussianAndSymmetricForNonCommutingCovariances() {
        SplitMix64 rng = new SplitMix64(3);
        int d = 6;
        DMatrixRMaj a = new DMatrixRMaj(d, d);
        DMatrixRMaj b = new DMatrixRMaj(d, d);
        for (int i = 0; i < d * d; i++) {
            a.data[i] = rng.nextDouble() - 0.5;
            b.data[i] = rng.nextDouble() - 0.5;
        }
        DMatrixRMaj s1 = new DMatrixRMaj(d, d);
        DMatrixRMaj s2 = new DMatrixRMaj(d, d);
        CommonOps_DDRM.multTransB(a, a, s1);
        CommonOps_DDRM.multTransB(b, b, s2);
        var g1 = new FrechetDistance.Gaussian(new double[d], s1);
        var g2 = new FrechetDistance.Gaussian(new double[d], s2);
        assertEquals(0, FrechetDistance.squared(g1, g1), 1e-9);
        assertEquals(FrechetDistance.squared(g1, g2), FrechetDistance.squared(g2, g1), 1e-9);
        // Σ^½ Σ^½ = Σ
        DMatrixRMaj r = FrechetDistance.sqrtPsd(s1);
        DMatrixRMaj back = new DMatrixRMaj(d, d);
        CommonOps_DDRM.mult(r, r, back);
        for (int i = 0; i < d * d; i++) {
            assertEquals(s1.data[i], back.data[i], 1e-10);
        }
    }

    @Test
    void twoByTwoCommutingCaseMatchesTheScalarFormula() {
        // Σ₂ = c·Σ₁ commutes with Σ₁: tr(Σ₁ + cΣ₁ − 2√c Σ₁) = (1 − √c)² tr Σ₁
        double[][] s = {{2, 0.7}, {0.7, 1}};
        double c = 4;
        var g1 = gaussian(new double[] {0, 0}, s);
        var g2 = gaussian(new double[] {0, 0}, new double[][] {{c * 2, c * 0.7}, {c * 0.7, c * 1}});
        assertEquals(Math.pow(1 - Math.sqrt(c), 2) * 3, FrechetDistance.squared(g1, g2), 1e-10);
    }

    @Test
    void fitGivesTheSampleMeanAndUnbiasedCovariance() {
        float[] f = {1, 2, 3, 6, 5, 4};
        FrechetDistance.Gaussian g = FrechetDistance.fit(f, 3, 2);
        assertEquals(3, g.mean()[0], 1e-12);
        assertEquals(4, g.mean()[1], 1e-12);
        // x: 1,3,5 (var 4); y: 2,6,4 (var 4); cov: ((−2)(−2) + 0·2 + 2·0)/2 = 2
        assertEquals(4, g.covariance().get(0, 0), 1e-12);
        assertEquals(4, g.covariance().get(1, 1), 1e-12);
        assertEquals(2, g.covariance().get(0, 1), 1e-12);
        assertEquals(2, g.covariance().get(1, 0), 1e-12);
    }
}
