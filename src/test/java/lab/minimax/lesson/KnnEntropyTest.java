package lab.minimax.lesson;

import lab.minimax.metrics.KnnEntropy;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The Kozachenko–Leonenko estimator against closed forms: H(N(μ, σ²)) = ½ log(2πeσ²) in 1D,
 * H(N(μ, Σ)) = log(2πe) + ½ log det Σ in 2D, H(U[a, b]) = log(b − a), H(U([0, a]²)) = 2 log a;
 * and its gradient against central finite differences.
 */
class KnnEntropyTest {
    private static final int N = 4000;

    private static double gaussian(SplittableRandom r) {
        return r.nextGaussian();
    }

    @Test
    void gaussian1d() {
        SplittableRandom r = new SplittableRandom(1);
        double sd = 0.7;
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = 3 + sd * gaussian(r);
        }
        double exact = 0.5 * Math.log(2 * Math.PI * Math.E * sd * sd);
        double est = KnnEntropy.estimate(x, N, 1, 3);
        System.out.printf("KL entropy 1D Gaussian: %.4f vs %.4f%n", est, exact);
        assertEquals(exact, est, 0.05);
    }

    @Test
    void correlatedGaussian2d() {
        SplittableRandom r = new SplittableRandom(2);
        // x = (z1, 0.5 z1 + 0.8 z2) · 1.5: Σ = 2.25 [[1, 0.5], [0.5, 0.89]]
        double[] x = new double[2 * N];
        for (int i = 0; i < N; i++) {
            double z1 = gaussian(r);
            double z2 = gaussian(r);
            x[2 * i] = 1.5 * z1;
            x[2 * i + 1] = 1.5 * (0.5 * z1 + 0.8 * z2);
        }
        double det = Math.pow(2.25, 2) * (1 * 0.89 - 0.25);
        double exact = Math.log(2 * Math.PI * Math.E) + 0.5 * Math.log(det);
        for (int k : new int[] {1, 3, 5}) {
            double est = KnnEntropy.estimate(x, N, 2, k);
            System.out.printf("KL entropy 2D Gaussian, k = %d: %.4f vs %.4f%n", k, est, exact);
            assertEquals(exact, est, 0.06, "k = " + k);
        }
    }

    @Test
    void uniform1dAnd2d() {
        SplittableRandom r = new SplittableRandom(3);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = -1 + 3 * r.nextDouble();
        }
        assertEquals(Math.log(3), KnnEntropy.estimate(x, N, 1, 3), 0.05);
        double[] y = new double[2 * N];
        for (int i = 0; i < 2 * N; i++) {
            y[i] = 0.5 * r.nextDouble();
        }
        // boundary effects bias the estimate slightly upwards in 2D
        assertEquals(2 * Math.log(0.5), KnnEntropy.estimate(y, N, 2, 3), 0.08);
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        SplittableRandom r = new SplittableRandom(4);
        int n = 40;
        int d = 2;
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = gaussian(r);
        }
        KnnEntropy h = new KnnEntropy(3, n, d);
        double[] grad = new double[n * d];
        h.estimate(x, n, grad);
        double step = 1e-6;
        for (int j = 0; j < x.length; j++) {
            double keep = x[j];
            x[j] = keep + step;
            double up = h.estimate(x, n, null);
            x[j] = keep - step;
            double down = h.estimate(x, n, null);
            x[j] = keep;
            double fd = (up - down) / (2 * step);
            assertEquals(fd, grad[j], 1e-6 * Math.max(1, Math.abs(fd)), "∂Ĥ/∂x[" + j + "]");
        }
    }

    @Test
    void needsMoreThanKSamples() {
        assertThrows(IllegalArgumentException.class, () -> KnnEntropy.estimate(new double[3], 3, 1, 3));
    }
}
