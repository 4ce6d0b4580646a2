package lab.minimax.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lab.minimax.random.SplitMix64;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class SoftmaxCrossEntropyTest {
    /** Centred differences in double: ∂L/∂z_k ≈ (L(z + h e_k) − L(z − h e_k)) / 2h, relative error < 1e-6. */
    @Test
    void gradientMatchesFiniteDifferencesInDouble() {
        SplitMix64 rng = new SplitMix64(3);
        for (int trial = 0; trial < 20; trial++) {
            int k = 2 + trial % 9;
            double[] z = new double[k];
            for (int j = 0; j < k; j++) {
                z[j] = 3 * rng.nextGaussian();
            }
            int label = rng.nextInt(k);
            double[] grad = new double[k];
            SoftmaxCrossEntropy.rowLoss(z, label, grad, 1.0);
            double h = 1e-5;
            for (int j = 0; j < k; j++) {
                double saved = z[j];
                z[j] = saved + h;
                double up = SoftmaxCrossEntropy.rowLoss(z, label, null, 1.0);
                z[j] = saved - h;
                double down = SoftmaxCrossEntropy.rowLoss(z, label, null, 1.0);
                z[j] = saved;
                double fd = (up - down) / (2 * h);
                double err = Math.abs(fd - grad[j]) / Math.max(1e-3, Math.abs(fd) + Math.abs(grad[j]));
                assertTrue(err < 1e-6, "trial " + trial + " k " + j + ": analytic " + grad[j] + ", fd " + fd);
            }
        }
    }

    /** Equal logits: p = 1/K, L = log K, ∂L/∂z_j = (1/K − [j = y]) / n. */
    @Test
    void equalLogitsGiveLogKAndTheClosedFormGradient() {
        int n = 4;
        int classes = 10;
        FMatrixRMaj z = new FMatrixRMaj(n, classes);
        z.fill(2.5f);
        FMatrixRMaj dz = new FMatrixRMaj(1, 1);
        int[] y = {0, 3, 9, 3};
        double loss = new SoftmaxCrossEntropy(classes).loss(z, y, dz);
        assertEquals(Math.log(10), loss, 1e-15);
        assertEquals(n, dz.numRows);
        assertEquals(classes, dz.numCols);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < classes; j++) {
                double expected = (0.1 - (j == y[i] ? 1 : 0)) / n;
                assertEquals(expected, dz.get(i, j), 1e-8, "row " + i + " class " + j);
            }
        }
    }

    /** Two classes: L = softplus(z_other − z_label), the logistic loss, stable at large margins. */
    @Test
    void twoClassesGiveTheLogisticLossWithoutOverflow() {
        double[][] cases = {{0.3, -1.2}, {800, -800}, {-800, 800}, {40, 0}};
        for (double[] z : cases) {
            double d = z[1] - z[0];
            double softplus = Math.max(d, 0) + Math.log1p(Math.exp(-Math.abs(d)));
            assertEquals(softplus, SoftmaxCrossEntropy.rowLoss(z.clone(), 0, null, 1), 1e-12 * Math.max(1, softplus));
        }
    }

    @Test
    void probabilitiesAreTheSoftmaxAndSumToOne() {
        FMatrixRMaj z = new FMatrixRMaj(new float[][] {{1, 2, 3}, {1000, 1000, -1000}});
        FMatrixRMaj p = new FMatrixRMaj(1, 1);
        new SoftmaxCrossEntropy(3).probabilities(z, p);
        double e = Math.E;
        double s = e + e * e + e * e * e;
        assertEquals(e / s, p.get(0, 0), 1e-7);
        assertEquals(e * e * e / s, p.get(0, 2), 1e-7);
        assertEquals(0.5, p.get(1, 0), 1e-7);
        assertEquals(0.5, p.get(1, 1), 1e-7);
        assertEquals(0.0, p.get(1, 2), 0.0);
    }

    @Test
    void badLabelsAndShapesAreRefusedWithTheirRange() {
        SoftmaxCrossEntropy head = new SoftmaxCrossEntropy(3);
        FMatrixRMaj z = new FMatrixRMaj(2, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> head.loss(z, new int[] {0, 3}, null));
        assertTrue(e.getMessage().contains("label 1 is 3, expected 0–2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> head.loss(new FMatrixRMaj(2, 4), new int[] {0, 1}, null));
        assertTrue(e.getMessage().contains("logits must be n × 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SoftmaxCrossEntropy(1));
    }
}
