package lab.minimax.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;
import lab.minimax.nn.f32.FloatKernels;
import org.junit.jupiter.api.Test;

/** Shapes, initialisation, determinism, the reference forward pass and the housekeeping API. */
class MlpTest {
    @Test
    void shapesAndParameterCount() {
        Mlp net = new Mlp(2, new int[]{64, 64}, 1, new Relu(), Init.PYTORCH, new SplittableRandom(1));
        assertEquals(4417, net.parameterCount()); // bench/WORKLOAD.md's small D
        Mlp g = new Mlp(2, new int[]{64, 64}, 2, new Relu(), Init.PYTORCH, new SplittableRandom(1));
        assertEquals(4482, g.parameterCount()); // and small G
        assertEquals(2, net.inputDim());
        assertEquals(1, net.outputDim());
        int[] hidden = net.hidden();
        hidden[0] = 7; // a copy
        assertArrayEquals(new int[]{64, 64}, net.hidden());
        float[][] p = net.parameters(), gr = net.gradients();
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
        float[][] p = net.parameters();
        double[] bounds = {0.5, 0.5, 0.1, 0.1}; // 1/√fan_in for fan_in 4, 4, 100, 100
        for (int s = 0; s < 4; s++) {
            double max = 0;
            for (float v : p[s]) {
                assertTrue(Math.abs(v) <= (float) bounds[s]);
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
        for (float v : gl.parameters()[0]) {
            assertTrue(Math.abs(v) <= (float) bound);
        }
        assertEquals(0.0, maxAbs(he.parameters()[1]), 0);
        assertEquals(0.0, maxAbs(gl.parameters()[1]), 0);
    }

    private static double variance(float[] x) {
        double s = 0, s2 = 0;
        for (float v : x) {
            s += v;
            s2 += v * v;
        }
        double mean = s / x.length;
        return s2 / x.length - mean * mean;
    }

    private static double maxAbs(float[] x) {
        double m = 0;
        for (float v : x) {
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
                assertArrayEquals(a.parameters()[s], b.parameters()[s], 0f);
            }
            assertNotEquals(a.parameters()[0][0], c.parameters()[0][0]);
            FMatrixRMaj X = MlpOracleTest.randomFloats(new SplittableRandom(1), 33, 2, 1);
            assertArrayEquals(a.forward(X).data, b.forward(X).data, 0f);
        }
    }

    @Test
    void parametersAreDrawnLayerByLayerWThenB() {
        // documented order: W1 row-major, b1, W2, b2 — PYTORCH draws bound·(2u − 1)
        SplittableRandom rng = new SplittableRandom(21);
        Mlp net = new Mlp(2, new int[]{3}, 1, new Relu(), Init.PYTORCH, new SplittableRandom(21));
        float[][] p = net.parameters();
        double[] bounds = {1 / Math.sqrt(2), 1 / Math.sqrt(2), 1 / Math.sqrt(3), 1 / Math.sqrt(3)};
        for (int s = 0; s < 4; s++) {
            for (float v : p[s]) {
                assertEquals((float) (bounds[s] * (2 * rng.nextDouble() - 1)), v, 0f);
            }
        }
    }

    @Test
    void forwardMatchesTheDoubleReferenceForEveryActivationDepthAndKernel() {
        SplittableRandom rng = new SplittableRandom(4);
        for (String act : Activations.IDS) {
            for (int[] hidden : MlpGradientTest.HIDDEN) {
                for (FloatKernels k : MlpOracleTest.KERNELS) {
                    Mlp net = MlpOracleTest.net(3, hidden, 5, act, k, 9);
                    DoubleMlp ref = DoubleMlp.of(net);
                    for (int n : new int[]{1, 4, 13}) {
                        FMatrixRMaj X = MlpOracleTest.randomFloats(rng, n, 3, 2);
                        FMatrixRMaj Y = net.forward(X);
                        assertEquals(n, Y.numRows);
                        assertEquals(5, Y.numCols);
                        MlpOracleTest.assertClose(ref.forward(MlpOracleTest.widen(X)).data, Y.data,
                                act + " " + java.util.Arrays.toString(hidden) + " " + k.name());
                    }
                }
            }
        }
    }

    /**
     * The plain loops and the Vector API kernels give the same bits (the kernels' fixed summation
     * order), for forward, backward and the penalty's double backprop, on every activation.
     */
    @Test
    void plainAndVectorKernelsGiveTheSameBits() {
        org.junit.jupiter.api.Assumptions.assumeTrue(FloatKernels.vectorAvailable(), "jdk.incubator.vector present");
        for (String act : Activations.IDS) {
            SplittableRandom rng = new SplittableRandom(8);
            Mlp a = MlpOracleTest.net(2, new int[]{64, 40, 17}, 1, act, FloatKernels.plain(), 3);
            Mlp b = MlpOracleTest.net(2, new int[]{64, 40, 17}, 1, act, FloatKernels.vector(), 3);
            FMatrixRMaj X = MlpOracleTest.randomFloats(rng, 257, 2, 2);
            FMatrixRMaj dY = MlpOracleTest.randomFloats(rng, 257, 1, 1);
            assertArrayEquals(a.forward(X).data, b.forward(X).data, 0f, act);
            FMatrixRMaj dXa = new FMatrixRMaj(1, 1), dXb = new FMatrixRMaj(1, 1);
            a.backward(dY, true, dXa);
            b.backward(dY, true, dXb);
            assertArrayEquals(dXa.data, dXb.data, 0f, act);
            a.gradientPenalty(X, 10);
            b.gradientPenalty(X, 10);
            for (int s = 0; s < a.gradients().length; s++) {
                assertArrayEquals(a.gradients()[s], b.gradients()[s], 0f, act + " gradient " + s);
            }
        }
    }

    @Test
    void batchSizeMayChangeBetweenCalls() {
        Mlp net = new Mlp(2, new int[]{16, 9}, 3, new LeakyRelu(0.2), Init.HE, new SplittableRandom(2));
        SplittableRandom rng = new SplittableRandom(3);
        FMatrixRMaj big = MlpOracleTest.randomFloats(rng, 300, 2, 1);
        FMatrixRMaj small = MlpOracleTest.randomFloats(rng, 5, 2, 1);
        DoubleMlp ref = DoubleMlp.of(net);
        for (FMatrixRMaj X : new FMatrixRMaj[]{small, big, small, big}) {
            FMatrixRMaj Y = net.forward(X);
            assertEquals(X.numRows, Y.numRows);
            MlpOracleTest.assertClose(ref.forward(MlpOracleTest.widen(X)).data, Y.data, "batch " + X.numRows);
            FMatrixRMaj dY = MlpOracleTest.randomFloats(rng, X.numRows, 3, 1);
            FMatrixRMaj dX = new FMatrixRMaj(1, 1);
            net.backward(dY, false, dX);
            assertEquals(X.numRows, dX.numRows);
            assertEquals(2, dX.numCols);
        }
    }

    @Test
    void backwardAddsAndZeroGradClears() {
        Mlp net = new Mlp(2, new int[]{6}, 2, new Tanh(), Init.GLOROT, new SplittableRandom(2));
        FMatrixRMaj X = MlpOracleTest.randomFloats(new SplittableRandom(1), 10, 2, 1);
        FMatrixRMaj dY = MlpOracleTest.randomFloats(new SplittableRandom(2), 10, 2, 1);
        net.forward(X);
        net.backward(dY, true, null);
        double n1 = net.gradientNorm();
        float g0 = net.gradients()[0][0];
        net.backward(dY, true, null);
        // the second backward's sums start from the first's (float32: 1e-6 relative)
        assertEquals(2 * n1, net.gradientNorm(), 1e-6 * n1);
        assertEquals(2 * g0, net.gradients()[0][0], 1e-6 * Math.abs(g0));
        double direct = 0;
        for (float[] g : net.gradients()) {
            for (float v : g) {
                direct += (double) v * v;
            }
        }
        assertEquals(Math.sqrt(direct), net.gradientNorm(), 1e-12);
        net.backward(dY, false, null); // no-op
        assertEquals(2 * n1, net.gradientNorm(), 1e-6 * n1);
        net.zeroGrad();
        assertEquals(0.0, net.gradientNorm(), 0);
    }

    @Test
    void clipCopyAndCopyFrom() {
        Mlp net = new Mlp(2, new int[]{6, 5}, 1, new Relu(), Init.HE, new SplittableRandom(2));
        Mlp copy = net.copy();
        net.clipWeights(0.01);
        for (float[] p : net.parameters()) {
            for (float v : p) {
                assertTrue(Math.abs(v) <= 0.01f);
            }
        }
        assertTrue(maxAbs(copy.parameters()[0]) > 0.01, "the copy is deep");
        assertNotEquals(net.parameters()[0], copy.parameters()[0]);
        copy.copyFrom(net);
        for (int s = 0; s < net.parameters().length; s++) {
            assertArrayEquals(net.parameters()[s], copy.parameters()[s], 0f);
        }
        FMatrixRMaj X = MlpOracleTest.randomFloats(new SplittableRandom(1), 4, 2, 1);
        assertArrayEquals(net.forward(X).data, copy.forward(X).data, 0f);
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
        assertThrows(IllegalStateException.class, () -> net.backward(new FMatrixRMaj(2, 1), true, null));
        assertMessage(() -> net.forward(new FMatrixRMaj(4, 3)), "X is 4×3");
        assertMessage(() -> net.forward(new FMatrixRMaj(0, 2)), "X");
        net.forward(new FMatrixRMaj(4, 2));
        assertMessage(() -> net.backward(new FMatrixRMaj(3, 1), true, null), "dY is 3×1, expected 4×1");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable e, String text) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        assertTrue(ex.getMessage().contains(text), ex.getMessage());
    }
}
