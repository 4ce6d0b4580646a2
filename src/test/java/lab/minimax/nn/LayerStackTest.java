package lab.minimax.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import lab.minimax.nn.f32.FloatKernels;
import lab.minimax.nn.f32.ParallelFloatKernels;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link LayerStack}: of dense layers only, the same bits as {@link Mlp} (forward, backward, the
 * input gradient and the WGAN-GP double backprop); with convolutions, against the double
 * reference {@link DoubleStack} (whose penalty gradient {@link ConvGradientPenaltyTest} checks by
 * finite differences) on both kernels; the same bits on plain, vector and two-thread kernels.
 *
 * <p>Tolerance: |float − double| ≤ 1e-4·(|double| + max|double| over the array). Each layer's
 * element is a sum of at most 72 products here (the dense head) plus col2im's
 * ≤ 16 additions, each rounded to 2⁻²⁴ ≈ 6e-8, over 3 layers and the penalty's four passes:
 * ~12·90·6e-8 ≈ 7e-5 of the terms' scale in the worst case, which the array's largest entry bounds.
 */
class LayerStackTest {
    private static final double TOL = 1e-4;
    private static final double[] WORST = new double[1];

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (String act : Activations.IDS) {
            for (String k : new String[]{"plain", "vector"}) {
                b.add(Arguments.of(act, k));
            }
        }
        return b.build();
    }

    static FloatKernels kernel(String name) {
        return name.equals("plain") ? FloatKernels.plain() : FloatKernels.vector();
    }

    /** A small generator: 3 → dense 2·2·4 → convT 4/2/1 → 4×4×3 → convT 3/1/1 → 4×4×2. */
    static LayerStack generator(Activation act, FloatKernels K, long seed) {
        return LayerStack.builder(3).dense(16).image(2, 2, 4).convTranspose(3, 4, 2, 1).convTranspose(2, 3, 1, 1)
                .build(act, Init.PYTORCH, new SplittableRandom(seed), K);
    }

    /** A small critic: 6×6×2 → conv 4/2/1 ×3 → conv 3/1/1 ×8 (27 taps) → dense 72 → 1. */
    static LayerStack critic(Activation act, FloatKernels K, long seed) {
        return LayerStack.builder(72).image(6, 6, 2).conv(3, 4, 2, 1).conv(8, 3, 1, 1).dense(1)
                .build(act, Init.PYTORCH, new SplittableRandom(seed), K);
    }

    /** The double twin of a stack (same parameters, widened). */
    static DoubleStack twin(LayerStack s) {
        DoubleLinearLayer[] d = new DoubleLinearLayer[s.layers.length];
        for (int l = 0; l < d.length; l++) {
            Layer f = s.layers[l];
            if (f instanceof DenseAdapter a) {
                d[l] = new DoubleDense(a.inSize(), a.outSize());
            } else if (f instanceof Conv2d c) {
                d[l] = new DoubleConv2d(c.g.H, c.g.W, c.g.C, c.cOut, c.g.k, c.g.s, c.g.p);
            } else {
                ConvTranspose2d t = (ConvTranspose2d) f;
                d[l] = new DoubleConvTranspose2d(t.hIn, t.wIn, t.cIn, t.g.C, t.g.k, t.g.s, t.g.p);
            }
            for (int q = 0; q < 2; q++) {
                float[] src = f.parameters()[q];
                for (int t = 0; t < src.length; t++) {
                    d[l].parameters()[q][t] = src[t];
                }
            }
        }
        DoubleStack ds = new DoubleStack(s.act, d);
        for (int l = 0; l < s.bn.length; l++) {
            BatchNorm b = s.bn[l];
            if (b != null) {
                ds.norms[l] = new DoubleBatchNorm(b.channels(), b.eps());
                for (int c = 0; c < b.channels(); c++) {
                    ds.norms[l].gamma[c] = b.gamma()[c];
                    ds.norms[l].beta[c] = b.beta()[c];
                }
            }
        }
        return ds;
    }

    static double[] widen(FMatrixRMaj X) {
        double[] d = new double[X.getNumElements()];
        for (int i = 0; i < d.length; i++) {
            d[i] = X.data[i];
        }
        return d;
    }

    static void assertClose(double[] want, float[] got, String what) {
        double scale = 0;
        for (double w : want) {
            scale = Math.max(scale, Math.abs(w));
        }
        for (int i = 0; i < want.length; i++) {
            double err = Math.abs(got[i] - want[i]);
            assertEquals(want[i], got[i], TOL * (Math.abs(want[i]) + scale) + 1e-30, what + " at " + i);
            synchronized (WORST) {
                WORST[0] = Math.max(WORST[0], err / (Math.abs(want[i]) + scale + 1e-300));
            }
        }
    }

    private static void assertGradients(DoubleStack ref, LayerStack s, String what) {
        for (int l = 0; l < s.layers.length; l++) {
            for (int q = 0; q < 2; q++) {
                assertClose(ref.layers[l].gradients()[q], s.layers[l].gradients()[q], what + " layer " + l + " grad " + q);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void convStacksMatchTheDoubleReference(String actId, String kernels) {
        Activation act = Activations.byId(actId);
        FloatKernels K = kernel(kernels);
        SplittableRandom rng = new SplittableRandom(5);
        String what = actId + " " + kernels;

        LayerStack g = generator(act, K, 1);
        DoubleStack gRef = twin(g);
        FMatrixRMaj z = MlpOracleTest.randomFloats(rng, 5, 3, 1.5);
        FMatrixRMaj R = MlpOracleTest.randomFloats(rng, 5, g.outputDim(), 1.0);
        g.zeroGrad();
        FMatrixRMaj Y = g.forward(z);
        assertClose(gRef.forward(widen(z), 5), Y.data, what + " G(z)");
        FMatrixRMaj dz = new FMatrixRMaj(1, 1);
        g.backward(R, true, dz);
        gRef.zeroGrad();
        assertClose(gRef.backward(widen(R), true), dz.data, what + " dL/dz");
        assertGradients(gRef, g, what + " G");

        LayerStack d = critic(act, K, 2);
        DoubleStack dRef = twin(d);
        FMatrixRMaj x = MlpOracleTest.randomFloats(rng, 4, d.inputDim(), 1.0);
        FMatrixRMaj gx = new FMatrixRMaj(1, 1);
        d.inputGradient(x, gx);
        assertClose(dRef.inputGradient(widen(x), 4), gx.data, what + " ∇ₓV");
        d.zeroGrad();
        dRef.zeroGrad();
        double p = d.gradientPenalty(x, 0.7);
        double pRef = dRef.gradientPenalty(widen(x), 4, 0.7);
        assertEquals(pRef, p, TOL * Math.abs(pRef) + 1e-12, what + " penalty");
        assertGradients(dRef, d, what + " dP/dθ");
    }

    /** Dense layers only: every output the same bits as Mlp's (the stack adds no arithmetic of its own). */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void denseStackIsMlpBitForBit(String actId, String kernels) {
        Activation act = Activations.byId(actId);
        FloatKernels K = kernel(kernels);
        int[] hidden = {20, 17, 5};
        Mlp mlp = new Mlp(3, hidden, 1, act, Init.PYTORCH, new SplittableRandom(9), K);
        LayerStack s = LayerStack.builder(3).dense(20).dense(17).dense(5).dense(1)
                .build(act, Init.PYTORCH, new SplittableRandom(9), K);
        for (int q = 0; q < mlp.parameters().length; q++) {
            assertArrayEquals(mlp.parameters()[q], s.parameters()[q], "init " + q);
        }
        SplittableRandom rng = new SplittableRandom(3);
        FMatrixRMaj X = MlpOracleTest.randomFloats(rng, 13, 3, 1.5), dY = MlpOracleTest.randomFloats(rng, 13, 1, 1);
        assertArrayEquals(mlp.forward(X).data, s.forward(X).data);
        FMatrixRMaj a = new FMatrixRMaj(1, 1), b = new FMatrixRMaj(1, 1);
        mlp.zeroGrad();
        s.zeroGrad();
        mlp.backward(dY, true, a);
        s.backward(dY, true, b);
        assertArrayEquals(a.data, b.data, "dX");
        for (int q = 0; q < mlp.gradients().length; q++) {
            assertArrayEquals(mlp.gradients()[q], s.gradients()[q], "dθ " + q);
        }
        mlp.zeroGrad();
        s.zeroGrad();
        assertEquals(mlp.gradientPenalty(X, 0.7), s.gradientPenalty(X, 0.7));
        for (int q = 0; q < mlp.gradients().length; q++) {
            assertArrayEquals(mlp.gradients()[q], s.gradients()[q], "dP/dθ " + q);
        }
    }

    /** One G step and one penalised critic step on each path: the same bits everywhere. */
    @Test
    void everyKernelPathGivesTheSameBits() {
        float[][] ref = null;
        try (ParallelFloatKernels p2 = new ParallelFloatKernels(FloatKernels.plain(), 0);
             ParallelFloatKernels v2 = new ParallelFloatKernels(FloatKernels.vector(), 0)) {
            FloatKernels[] paths = {FloatKernels.plain(), FloatKernels.vector(), p2, v2};
            for (FloatKernels K : paths) {
                float[][] out = dcganStepOutputs(K);
                if (ref == null) {
                    ref = out;
                }
                for (int q = 0; q < ref.length; q++) {
                    assertArrayEquals(ref[q], out[q], K.name() + " output " + q);
                }
            }
        }
    }

    /** The DCGAN nets at batch 3: G(z), dL/dθ_G, dL/dz, D's ∇ₓV, penalty gradients (all concatenated per array). */
    static float[][] dcganStepOutputs(FloatKernels K) {
        SplittableRandom rng = new SplittableRandom(77);
        LayerStack g = LayerStack.dcganGenerator(64, 64, 32, 1, new LeakyRelu(0.2), Init.PYTORCH, rng, K);
        LayerStack d = LayerStack.dcganCritic(1, 32, 64, new Tanh(), Init.PYTORCH, rng, K);
        FMatrixRMaj z = MlpOracleTest.randomFloats(rng, 3, 64, 1);
        FMatrixRMaj R = MlpOracleTest.randomFloats(rng, 3, 784, 1);
        java.util.List<float[]> out = new java.util.ArrayList<>();
        g.zeroGrad();
        out.add(g.forward(z).data.clone());
        FMatrixRMaj dz = new FMatrixRMaj(1, 1);
        g.backward(R, true, dz);
        out.add(dz.data.clone());
        out.addAll(java.util.Arrays.asList(g.gradients()));
        FMatrixRMaj x = new FMatrixRMaj(3, 784, true, java.util.Arrays.copyOf(out.get(0), 3 * 784));
        FMatrixRMaj gx = new FMatrixRMaj(1, 1);
        d.inputGradient(x, gx);
        out.add(gx.data.clone());
        d.zeroGrad();
        out.add(new float[]{(float) d.gradientPenalty(x, 10)});
        out.addAll(java.util.Arrays.asList(d.gradients()));
        // and a generator with batch norm
        LayerStack gb = LayerStack.dcganGenerator(64, 64, 32, 1, true, new Relu(), Init.PYTORCH, rng, K);
        gb.zeroGrad();
        out.add(gb.forward(z).data.clone());
        gb.backward(R, true, dz);
        out.add(dz.data.clone());
        out.addAll(java.util.Arrays.asList(gb.gradients()));
        return out.stream().map(float[]::clone).toArray(float[][]::new);
    }

    @Test
    void dcganShapesOfIssue14() {
        SplittableRandom rng = new SplittableRandom(1);
        LayerStack g = LayerStack.dcganGenerator(64, 64, 32, 1, new Relu(), Init.PYTORCH, rng, FloatKernels.plain());
        LayerStack d = LayerStack.dcganCritic(1, 32, 64, new LeakyRelu(0.2), Init.PYTORCH, rng, FloatKernels.plain());
        assertEquals(64, g.inputDim());
        assertEquals(784, g.outputDim());
        assertEquals(784, d.inputDim());
        assertEquals(1, d.outputDim());
        // G: 64·3136 + 3136, 64·16·32 + 32, 32·16·1 + 1; D: 16·32 + 32, 512·64 + 64, 3136 + 1
        assertEquals(64 * 3136 + 3136 + 64 * 16 * 32 + 32 + 32 * 16 + 1, g.parameterCount());
        assertEquals(16 * 32 + 32 + 512 * 64 + 64 + 3136 + 1, d.parameterCount());
        // copy and copyFrom: the same outputs, independent parameters
        LayerStack c = d.copy();
        FMatrixRMaj x = MlpOracleTest.randomFloats(rng, 2, 784, 1);
        float[] v = d.forward(x).data.clone();
        assertArrayEquals(v, java.util.Arrays.copyOf(c.forward(x).data, 2));
        c.parameters()[0][0] += 1f;
        assertArrayEquals(v, java.util.Arrays.copyOf(d.forward(x).data, 2));
        c.copyFrom(d);
        assertArrayEquals(v, java.util.Arrays.copyOf(c.forward(x).data, 2));
        assertThrows(IllegalArgumentException.class, () -> c.copyFrom(g));
        assertEquals("[Dense[64→3136], BatchNorm[64], ConvTranspose2d[7×7×64 k4/s2/p1 → 14×14×32], BatchNorm[32], "
                + "ConvTranspose2d[14×14×32 k4/s2/p1 → 28×28×1]] relu", LayerStack.dcganGenerator(64, 64, 32, 1, true,
                new Relu(), Init.PYTORCH, rng, FloatKernels.plain()).shape());
        assertThrows(IllegalArgumentException.class, () -> LayerStack.builder(10).image(3, 3, 1));
        assertThrows(IllegalStateException.class, () -> LayerStack.builder(9).conv(2, 3, 1, 0));
    }

    @AfterAll
    static void report() {
        System.out.printf("LayerStack float32 vs double reference: max error %.2e of the array's scale%n", WORST[0]);
    }
}
