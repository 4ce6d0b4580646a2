package lab.minimax.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Shapes, initialisation, determinism, the reference forward pass and the housekeeping API. */
class MlpTest {
    @Test
    void shapesAndParameterCount() {
        Mlp net = new Mlp(2, new int[]{64, 64}, 1, new Relu(), Init.PYTORCH, new SplittableRandom(1));
        assertEquals(4417, net.parameterCount()); // WORKLOAD.md's small D
        Mlp g = new Mlp(2, new int[]{64, 64}, 2, new Relu(), Init.PYTORCH, new SplittableRandom(1));
        assertEquals(4482, g.parameterCount()); // and small G
        assertEquals(2, net.inputDim());
        assertEquals(1, net.outputDim());
        int[] hidden = net.hidden();
        hidden[0] = 7; // a copy
        assertArrayEquals(new int[]{64, 64}, net.hidden());
        double[][] p = net.parameters(), gr = net.gradients();
        int[] lengths = {2 * 64, 64, 64 * 64, 64, 64, 1};
        assertEquals(6, p.length);
        for (int i = 0; i < 6; i++) {
            assertEquals(lengths[i], p[i].length);
            assertEquals(lengths[i], gr[i].length);
        }
        assertSame(p, net.parameters()); // live, no allocation
        assertEquals(new Mlp(5, new int[0], 3, new Tanh(), Init.HE, new SplittableRandom(1)).parameterCount(), 18);
        assertEquals(2 * 3 + 3 + 3 * 1 + 1 + 1 * 4 + 4 + 4 * 5 + 5 + 5 + 1,
                new Mlp(2, new int[]{3, 1, 4, 5}, 1, new Tanh(), Init.HE, new SplittableRandom(1)).parameterCount());
    }

    @Test
    void pytorchInitStaysInItsBounds() {
        Mlp net = new Mlp(4, new int[]{100}, 3, new Relu(), Init.PYTORCH, new SplittableRandom(5));
        double[][] p = net.parameters();
        double[] bounds = {0.5, 0.5, 0.1, 0.1}; // 1/√fan_in for fan_in 4, 4, 100, 100
        for (int s = 0; s < 4; s++) {
            double max = 0;
            for (double v : p[s]) {
                assertTrue(Math.abs(v) <= bounds[s]);
                max = Math.max(max, Math.abs(v));
            }
            if (p[s].length >= 100) {
                assertTrue(max > 0.9 * bounds[s], "fills its range");
            }
        }
    }

    @Test
    void heAndGlorotHaveTheirVariancesAndZeroBias() {
        int fanIn = 200, fanOut = 300;
        Mlp he = new Mlp(fanIn, new int[0], fanOut, new Relu(), Init.HE, new SplittableRandom(3));
        Mlp gl = new Mlp(fanIn, new int[0], fanOut, new Relu(), Init.GLOROT, new SplittableRandom(3));
        // N = 60,000 draws: the sample variance is within ±2% (≈ 3.5 sd) of the true one
        assertEquals(2.0 / fanIn, variance(he.parameters()[0]), 0.02 * 2.0 / fanIn);
        double bound = Math.sqrt(6.0 / (fanIn + fanOut));
        assertEquals(bound * bound / 3, variance(gl.parameters()[0]), 0.02 * bound * bound / 3);
        for (double v : gl.parameters()[0]) {
            assertTrue(Math.abs(v) <= bound);
        }
        assertEquals(0.0, maxAbs(he.parameters()[1]), 0);
        assertEquals(0.0, maxAbs(gl.parameters()[1]), 0);
    }

    private static double variance(double[] x) {
        double s = 0, s2 = 0;
        for (double v : x) {
            s += v;
            s2 += v * v;
        }
        double mean = s / x.length;
        return s2 / x.length - mean * mean;
    }

    private static double maxAbs(double[] x) {
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    @Test
    void sameSeedSameBitsDifferentSeedDifferentNet() {
        for (Init init : Init.values()) {
            Mlp a = new Mlp(2, new int[]{8, 8}, 1, new Elu(), init, new SplittableRandom(11));
            Mlp b = new Mlp(2, new int[]{8, 8}, 1, new Elu(), init, new SplittableRandom(11));
            Mlp c = new Mlp(2, new int[]{8, 8}, 1, new Elu(), init, new SplittableRandom(12));
            for (int s = 0; s < a.parameters().length; s++) {
                assertArrayEquals(a.parameters()[s], b.parameters()[s], 0);
            }
            assertNotEquals(a.parameters()[0][0], c.parameters()[0][0]);
            DMatrixRMaj X = ReferenceMlp.randomMatrix(new SplittableRandom(1), 33, 2, 1);
            assertArrayEquals(a.forward(X).data, b.forward(X).data, 0);
        }
    }

    @Test
    void parametersAreDrawnLayerByLayerWThenB() {
        // documented order: W1 row-major, b1, W2, b2 — PYTORCH draws bound·(2u − 1)
        SplittableRandom rng = new SplittableRandom(21);
        Mlp net = new Mlp(2, new int[]{3}, 1, new Relu(), Init.PYTORCH, new SplittableRandom(21));
        double[][] p = net.parameters();
        double[] bounds = {1 / Math.sqrt(2), 1 / Math.sqrt(2), 1 / Math.sqrt(3), 1 / Math.sqrt(3)};
        for (int s = 0; s < 4; s++) {
            for (double v : p[s]) {
                assertEquals(bounds[s] * (2 * rng.nextDouble() - 1), v, 0);
            }
        }
    }

    @Test
    void forwardMatchesTheScalarReferenceForEveryActivationDepthAndKernel() {
        SplittableRandom rng = new SplittableRandom(4);
        for (String act : Activations.IDS) {
            for (int[] hidden : MlpGradientTest.HIDDEN) {
                for (MatrixKernels k : MatrixKernelsTest.implementations()) {
                    Mlp net = MlpGradientTest.net(3, hidden, 5, act, k.name(), 9);
                    for (int n : new int[]{1, 4, 13}) {
                        DMatrixRMaj X = ReferenceMlp.randomMatrix(rng, n, 3, 2);
                        DMatrixRMaj Y = net.forward(X);
                        DMatrixRMaj ref = ReferenceMlp.forward(net, X);
                        assertEquals(n, Y.numRows);
                        assertEquals(5, Y.numCols);
                        for (int i = 0; i < ref.data.length; i++) {
                            assertEquals(ref.data[i], Y.data[i], 1e-12 * (1 + Math.abs(ref.data[i])),
                                    act + " " + java.util.Arrays.toString(hidden) + " " + k.name());
                        }
                    }
                }
            }
        }
    }

    @Test
    void plainAndVectorKernelsGiveTheSameNetwork() {
        SplittableRandom rng = new SplittableRandom(8);
        Mlp a = MlpGradientTest.net(2, new int[]{64, 64}, 1, "tanh", "plain", 3);
        Mlp b = MlpGradientTest.net(2, new int[]{64, 64}, 1, "tanh", "vector", 3);
        DMatrixRMaj X = ReferenceMlp.randomMatrix(rng, 257, 2, 2);
        DMatrixRMaj dY = ReferenceMlp.randomMatrix(rng, 257, 1, 1);
        assertArrayClose(a.forward(X).data, b.forward(X).data, 257);
        DMatrixRMaj dXa = new DMatrixRMaj(1, 1), dXb = new DMatrixRMaj(1, 1);
        a.backward(dY, true, dXa);
        b.backward(dY, true, dXb);
        assertArrayClose(dXa.data, dXb.data, 257 * 2);
        a.gradientPenalty(X, 10);
        b.gradientPenalty(X, 10);
        for (int s = 0; s < a.gradients().length; s++) {
            assertArrayClose(a.gradients()[s], b.gradients()[s], a.gradients()[s].length);
        }
    }

    private static void assertArrayClose(double[] x, double[] y, int len) {
        for (int i = 0; i < len; i++) {
            assertEquals(x[i], y[i], 1e-11 * (1 + Math.abs(x[i])));
        }
    }

    @Test
    void batchSizeMayChangeBetweenCalls() {
        Mlp net = new Mlp(2, new int[]{16, 9}, 3, new LeakyRelu(0.2), Init.HE, new SplittableRandom(2));
        SplittableRandom rng = new SplittableRandom(3);
        DMatrixRMaj big = ReferenceMlp.randomMatrix(rng, 300, 2, 1);
        DMatrixRMaj small = ReferenceMlp.randomMatrix(rng, 5, 2, 1);
        for (DMatrixRMaj X : new DMatrixRMaj[]{small, big, small, big}) {
            DMatrixRMaj Y = net.forward(X);
            DMatrixRMaj ref = ReferenceMlp.forward(net, X);
            assertEquals(X.numRows, Y.numRows);
            for (int i = 0; i < ref.data.length; i++) {
                assertEquals(ref.data[i], Y.data[i], 1e-12);
            }
            DMatrixRMaj dY = ReferenceMlp.randomMatrix(rng, X.numRows, 3, 1);
            DMatrixRMaj dX = new DMatrixRMaj(1, 1);
            net.backward(dY, false, dX);
            assertEquals(X.numRows, dX.numRows);
            assertEquals(2, dX.numCols);
        }
    }

    @Test
    void backwardAddsAndZeroGradClears() {
        Mlp net = new Mlp(2, new int[]{6}, 2, new Tanh(), Init.GLOROT, new SplittableRandom(2));
        DMatrixRMaj X = ReferenceMlp.randomMatrix(new SplittableRandom(1), 10, 2, 1);
        DMatrixRMaj dY = ReferenceMlp.randomMatrix(new SplittableRandom(2), 10, 2, 1);
        net.forward(X);
        net.backward(dY, true, null);
        double n1 = net.gradientNorm();
        double g0 = net.gradients()[0][0];
        net.backward(dY, true, null);
        assertEquals(2 * n1, net.gradientNorm(), 1e-12);
        assertEquals(2 * g0, net.gradients()[0][0], 1e-15);
        double direct = 0;
        for (double[] g : net.gradients()) {
            for (double v : g) {
                direct += v * v;
            }
        }
        assertEquals(Math.sqrt(direct), net.gradientNorm(), 1e-12);
        net.backward(dY, false, null); // no-op
        assertEquals(2 * n1, net.gradientNorm(), 1e-12);
        net.zeroGrad();
        assertEquals(0.0, net.gradientNorm(), 0);
    }

    @Test
    void clipCopyAndCopyFrom() {
        Mlp net = new Mlp(2, new int[]{6, 5}, 1, new Relu(), Init.HE, new SplittableRandom(2));
        Mlp copy = net.copy();
        net.clipWeights(0.01);
        for (double[] p : net.parameters()) {
            for (double v : p) {
                assertTrue(Math.abs(v) <= 0.01);
            }
        }
        assertTrue(maxAbs(copy.parameters()[0]) > 0.01, "the copy is deep");
        assertNotEquals(net.parameters()[0], copy.parameters()[0]);
        copy.copyFrom(net);
        for (int s = 0; s < net.parameters().length; s++) {
            assertArrayEquals(net.parameters()[s], copy.parameters()[s], 0);
        }
        DMatrixRMaj X = ReferenceMlp.randomMatrix(new SplittableRandom(1), 4, 2, 1);
        assertArrayEquals(net.forward(X).data, copy.forward(X).data, 0);
        Mlp other = new Mlp(2, new int[]{6, 4}, 1, new Relu(), Init.HE, new SplittableRandom(2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> other.copyFrom(net));
        assertTrue(e.getMessage().contains("2-6-5-1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> net.clipWeights(-1));
    }

    @Test
    void badArgumentsGetClearMessages() {
        SplittableRandom r = new SplittableRandom(1);
        assertMessage(() -> new Mlp(0, new int[0], 1, new Relu(), Init.HE, r), "inputDim");
        assertMessage(() -> new Mlp(2, new int[0], 0, new Relu(), Init.HE, r), "outputDim");
        assertMessage(() -> new Mlp(2, new int[5], 1, new Relu(), Init.HE, r), "0–4");
        assertMessage(() -> new Mlp(2, new int[]{3, 0}, 1, new Relu(), Init.HE, r), "widths");
        Mlp net = new Mlp(2, new int[]{3}, 1, new Relu(), Init.HE, r);
        assertThrows(IllegalStateException.class, () -> net.backward(new DMatrixRMaj(2, 1), true, null));
        assertMessage(() -> net.forward(new DMatrixRMaj(4, 3)), "X is 4×3");
        assertMessage(() -> net.forward(new DMatrixRMaj(0, 2)), "X");
        net.forward(new DMatrixRMaj(4, 2));
        assertMessage(() -> net.backward(new DMatrixRMaj(3, 1), true, null), "dY is 3×1, expected 4×1");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable e, String text) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        assertTrue(ex.getMessage().contains(text), ex.getMessage());
    }
}
