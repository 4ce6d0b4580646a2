package lab.minimax.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import lab.minimax.nn.f32.FloatKernels;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Batch norm: the double reference ({@link DoubleBatchNorm}, backward by the chain rule through
 * μ and σ²) against finite differences of L = Σ R ⊙ y + Σ y³/6 (dL/dy = R + y²/2), alone and
 * inside a generator stack (dense → BN → σ → convT → BN → σ → convT); the float32
 * {@link BatchNorm} and {@link LayerStack} with batch norm against those references. The
 * statistics are in double, so the float layer is within a few float roundings of the reference:
 * |float − double| ≤ 1e-5·(|double| + max|double|) (the convolutions' share: see
 * {@link LayerStackTest}, whose tolerance 1e-4 the stack test uses).
 */
class BatchNormTest {
    static java.util.function.DoubleSupplier cubicLoss(java.util.function.Supplier<double[]> y, double[] R) {
        return () -> {
            double[] v = y.get();
            double s = 0;
            for (int t = 0; t < v.length; t++) {
                s += R[t] * v[t] + v[t] * v[t] * v[t] / 6;
            }
            return s;
        };
    }

    static double[] cubicGradient(double[] y, double[] R) {
        double[] g = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            g[t] = R[t] + 0.5 * y[t] * y[t];
        }
        return g;
    }

    /** {n, size, C}: per-pixel channels of an image row, a dense row (C = size), one sample of many pixels. */
    @ParameterizedTest
    @ValueSource(strings = {"3,12,3", "5,4,4", "1,18,2", "4,8,2"})
    void referenceGradientsMatchFiniteDifferences(String shape) {
        String[] f = shape.split(",");
        int n = Integer.parseInt(f[0]), size = Integer.parseInt(f[1]), C = Integer.parseInt(f[2]);
        SplittableRandom rng = new SplittableRandom(size * 31 + n);
        DoubleBatchNorm bn = new DoubleBatchNorm(C, 1e-5);
        for (int c = 0; c < C; c++) {
            bn.gamma[c] = 0.5 + rng.nextDouble();
            bn.beta[c] = rng.nextDouble() - 0.5;
        }
        double[] z = ConvGradientTest.random(rng, n * size, 2), R = ConvGradientTest.random(rng, n * size, 1);
        double[] y = bn.forward(z, n, size);
        bn.zeroGrad();
        double[] dz = bn.backward(cubicGradient(y, R));
        java.util.function.DoubleSupplier L = cubicLoss(() -> bn.forward(z, n, size), R);
        for (int t = 0; t < z.length; t++) {
            double fd = FiniteDiff.partial(z, t, 1e-3, L);
            assertTrue(FiniteDiff.relErr(dz[t], fd) < 1e-6, shape + " dz[" + t + "]: " + dz[t] + " vs FD " + fd);
        }
        for (double[][] pg : new double[][][]{{bn.gamma, bn.dGamma}, {bn.beta, bn.dBeta}}) {
            for (int c = 0; c < C; c++) {
                double fd = FiniteDiff.partial(pg[0], c, 1e-3, L);
                assertTrue(FiniteDiff.relErr(pg[1][c], fd) < 1e-6, shape + " param[" + c + "]: " + pg[1][c] + " vs " + fd);
            }
        }
        // normalised: each channel of (y − β)/γ has mean 0 and variance σ²/(σ² + ε) ≈ 1
        for (int c = 0; c < C; c++) {
            double m = 0, v = 0;
            int M = n * size / C;
            for (int r = 0; r < M; r++) {
                m += (y[r * C + c] - bn.beta[c]) / bn.gamma[c] / M;
            }
            for (int r = 0; r < M; r++) {
                v += Math.pow((y[r * C + c] - bn.beta[c]) / bn.gamma[c] - m, 2) / M;
            }
            assertEquals(0, m, 1e-12);
            assertEquals(1, v, 1e-4);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"3,12,3", "5,4,4", "64,3136,64"})
    void floatBatchNormMatchesTheReference(String shape) {
        String[] f = shape.split(",");
        int n = Integer.parseInt(f[0]), size = Integer.parseInt(f[1]), C = Integer.parseInt(f[2]);
        SplittableRandom rng = new SplittableRandom(7);
        BatchNorm bn = new BatchNorm(C, 1e-5);
        DoubleBatchNorm ref = new DoubleBatchNorm(C, 1e-5);
        for (int c = 0; c < C; c++) {
            bn.gamma()[c] = (float) (0.5 + rng.nextDouble());
            bn.beta()[c] = (float) (rng.nextDouble() - 0.5);
            ref.gamma[c] = bn.gamma()[c];
            ref.beta[c] = bn.beta()[c];
        }
        FMatrixRMaj Z = MlpOracleTest.randomFloats(rng, n, size, 3), dY = MlpOracleTest.randomFloats(rng, n, size, 1);
        FMatrixRMaj Y = new FMatrixRMaj(1, 1), dZ = new FMatrixRMaj(1, 1);
        bn.forward(Z, Y);
        bn.zeroGrad();
        bn.backward(dY, dZ, true);
        double[] y = ref.forward(LayerStackTest.widen(Z), n, size);
        ref.zeroGrad();
        double[] dz = ref.backward(LayerStackTest.widen(dY));
        close(y, Y.data, shape + " y");
        close(dz, dZ.data, shape + " dz");
        close(ref.dGamma, bn.dGamma(), shape + " dγ");
        close(ref.dBeta, bn.dBeta(), shape + " dβ");
    }

    private static void close(double[] want, float[] got, String what) {
        double scale = 0;
        for (double w : want) {
            scale = Math.max(scale, Math.abs(w));
        }
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i], got[i], 1e-5 * (Math.abs(want[i]) + scale), what + " at " + i);
        }
    }

    /** G with batch norm: 3 → dense 16 → BN(4 ch) → σ → convT 4/2/1 → 4×4×3 → BN → σ → convT 3/1/1 → 4×4×2. */
    static LayerStack generator(Activation act, FloatKernels K) {
        return LayerStack.builder(3).dense(16).image(2, 2, 4).batchNorm().convTranspose(3, 4, 2, 1).batchNorm()
                .convTranspose(2, 3, 1, 1).build(act, Init.PYTORCH, new SplittableRandom(12), K);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tanh", "leakyrelu", "relu"})
    void stackWithBatchNormMatchesFiniteDifferencesAndTheFloatEngine(String actId) {
        Activation act = Activations.byId(actId);
        for (FloatKernels K : ConvOracleTest.kernels()) {
            LayerStack g = generator(act, K);
            SplittableRandom rng = new SplittableRandom(2);
            // γ, β away from 1, 0 so that they matter
            for (BatchNorm b : g.bn) {
                if (b != null) {
                    for (int c = 0; c < b.channels(); c++) {
                        b.gamma()[c] = (float) (0.5 + rng.nextDouble());
                        b.beta()[c] = (float) (rng.nextDouble() - 0.5);
                    }
                }
            }
            DoubleStack ref = LayerStackTest.twin(g);
            final int n = 4;
            FMatrixRMaj z = MlpOracleTest.randomFloats(rng, n, 3, 1.5);
            double[] zd = LayerStackTest.widen(z);
            double[] R = ConvGradientTest.random(rng, n * g.outputDim(), 1);
            double[] y = ref.forward(zd, n);
            double[] dY = cubicGradient(y, R);
            ref.zeroGrad();
            double[] dz = ref.backward(dY, true);

            // the reference against FD (LeakyReLU / ReLU: steps that cross no kink)
            java.util.function.DoubleSupplier L = cubicLoss(() -> ref.forward(zd, n), R);
            java.util.function.Supplier<boolean[]> region = ref::hiddenSigns;
            for (int t = 0; t < zd.length; t++) {
                double fd = actId.equals("tanh") ? FiniteDiff.partial(zd, t, 1e-3, L)
                        : FiniteDiff.partialPiecewise(zd, t, L, region);
                assertTrue(FiniteDiff.relErr(dz[t], fd) < 1e-6, actId + " dz[" + t + "]: " + dz[t] + " vs " + fd);
            }
            for (int l = 1; l < ref.norms.length; l++) {
                DoubleBatchNorm b = ref.norms[l];
                if (b == null) {
                    continue;
                }
                for (double[][] pg : new double[][][]{{b.gamma, b.dGamma}, {b.beta, b.dBeta}}) {
                    for (int c = 0; c < b.C; c++) {
                        double fd = actId.equals("tanh") ? FiniteDiff.partial(pg[0], c, 1e-3, L)
                                : FiniteDiff.partialPiecewise(pg[0], c, L, region);
                        assertTrue(FiniteDiff.relErr(pg[1][c], fd) < 1e-6, actId + " BN " + l + " param: " + pg[1][c]
                                + " vs " + fd);
                    }
                }
            }
            for (DoubleLinearLayer l : ref.layers) {
                double[][] p = l.parameters(), gr = l.gradients();
                for (int s = 0; s < 2; s++) {
                    for (int i = 0; i < p[s].length; i++) {
                        double fd = actId.equals("tanh") ? FiniteDiff.partial(p[s], i, 1e-3, L)
                                : FiniteDiff.partialPiecewise(p[s], i, L, region);
                        // a bias before batch norm has zero gradient: compare absolutely there
                        boolean ok = FiniteDiff.relErr(gr[s][i], fd) < 1e-6 || Math.abs(gr[s][i] - fd) < 1e-9;
                        assertTrue(ok, actId + " " + l.getClass().getSimpleName() + " " + s + "[" + i + "]: "
                                + gr[s][i] + " vs " + fd);
                    }
                }
            }

            // the float stack against the reference
            ref.forward(zd, n);
            FMatrixRMaj Y = g.forward(z);
            LayerStackTest.assertClose(y, Y.data, actId + " G(z)");
            FMatrixRMaj dYf = new FMatrixRMaj(n, g.outputDim());
            for (int t = 0; t < dY.length; t++) {
                dYf.data[t] = (float) dY[t];
            }
            ref.zeroGrad();
            double[] dzRef = ref.backward(LayerStackTest.widen(dYf), true);
            g.zeroGrad();
            FMatrixRMaj dzf = new FMatrixRMaj(1, 1);
            g.backward(dYf, true, dzf);
            LayerStackTest.assertClose(dzRef, dzf.data, actId + " dL/dz");
            int q = 0;
            for (int l = 0; l < g.layers.length; l++) {
                LayerStackTest.assertClose(ref.layers[l].gradients()[0], g.gradients()[q++], actId + " dW " + l);
                // biases before batch norm: ~0 in both, compared on the weights' scale
                q++;
                if (ref.norms[l + 1] != null) {
                    LayerStackTest.assertClose(ref.norms[l + 1].dGamma, g.gradients()[q++], actId + " dγ " + l);
                    LayerStackTest.assertClose(ref.norms[l + 1].dBeta, g.gradients()[q++], actId + " dβ " + l);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"relu"})
    void thePenaltyRefusesBatchNorm(String actId) {
        LayerStack d = LayerStack.builder(16).image(4, 4, 1).conv(2, 3, 1, 1).batchNorm().dense(1)
                .build(Activations.byId(actId), Init.PYTORCH, new SplittableRandom(1), FloatKernels.plain());
        assertThrows(IllegalStateException.class, () -> d.gradientPenalty(new FMatrixRMaj(2, 16), 1));
        assertThrows(IllegalStateException.class, () -> LayerStack.builder(4).dense(2).batchNorm()
                .build(new Relu(), Init.PYTORCH, new SplittableRandom(1), FloatKernels.plain()));
    }
}
