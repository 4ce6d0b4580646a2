package lab.minimax.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
 * The float32 {@link Conv2d} and {@link ConvTranspose2d} against the double references (whose
 * gradients {@link ConvGradientTest} checks by finite differences) at the same parameters and
 * inputs: forward, dL/dX, dL/dW, dL/db, and the double-backprop operations of Conv2d
 * ({@link Conv2d#multiplyByW}, {@link Conv2d#accumulateGradients} on another X), on the shapes of
 * the gradient checks and the four DCGAN layers of issue 14; then the same bits on the plain
 * kernels, the Vector API kernels and both split over two threads.
 *
 * <p>Tolerance, per element: |float − double| ≤ (T + 2)·2⁻²⁴·S, where S = Σ|terms| of that
 * element (the double reference run on |W|, |b|, |X|, |G|) and T bounds the number of roundings
 * on its way (the GEMM's inner length plus col2im's additions, or the positions summed into dW
 * and db). This is the classical bound |fl(Σ) − Σ| ≤ γ_T·Σ|terms| with γ_T = T·u/(1 − T·u) for
 * u = 2⁻²⁴ (Higham, Accuracy and Stability, §3.1), with a margin of 2 roundings for γ's
 * denominator and the final addition into the zeroed dW.
 */
class ConvOracleTest {
    private static final double U = 0x1p-24;
    private static final double[] WORST = new double[1];

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (int[] c : ConvGradientTest.CONV) {
            b.add(Arguments.of("conv", c));
        }
        for (int[] c : ConvGradientTest.CONV_T) {
            b.add(Arguments.of("convT", c));
        }
        // the DCGAN layers of issue 14 at batch 2
        b.add(Arguments.of("conv", new int[]{28, 28, 1, 32, 4, 2, 1, 2}));
        b.add(Arguments.of("conv", new int[]{14, 14, 32, 64, 4, 2, 1, 2}));
        b.add(Arguments.of("convT", new int[]{7, 7, 64, 32, 4, 2, 1, 2}));
        b.add(Arguments.of("convT", new int[]{14, 14, 32, 1, 4, 2, 1, 2}));
        return b.build();
    }

    static List<FloatKernels> kernels() {
        List<FloatKernels> k = new ArrayList<>();
        k.add(FloatKernels.plain());
        if (FloatKernels.vectorAvailable()) {
            k.add(FloatKernels.vector());
        }
        return k;
    }

    static float[] randomFloats(SplittableRandom r, int len, double scale) {
        float[] x = new float[len];
        for (int i = 0; i < len; i++) {
            x[i] = (float) (scale * (2 * r.nextDouble() - 1));
        }
        return x;
    }

    static double[] widen(float[] x, int len) {
        double[] d = new double[len];
        for (int i = 0; i < len; i++) {
            d[i] = x[i];
        }
        return d;
    }

    static double[] abs(double[] x) {
        double[] a = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            a[i] = Math.abs(x[i]);
        }
        return a;
    }

    /** Everything the float layer computes for one case, in the order compared. */
    static final class Results {
        final List<float[]> arrays = new ArrayList<>();
        final List<String> names = new ArrayList<>();

        void add(String name, float[] a, int len) {
            names.add(name);
            arrays.add(java.util.Arrays.copyOf(a, len));
        }
    }

    /** Runs the float layer of one case on K (fixed seeds, so every K sees the same numbers). */
    static Results runFloat(String kind, int[] c, FloatKernels K) {
        SplittableRandom rng = new SplittableRandom(31 + java.util.Arrays.hashCode(c));
        final int n = c[7];
        Results out = new Results();
        if (kind.equals("conv")) {
            Conv2d l = new Conv2d(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
            l.initialize(Init.PYTORCH, rng);
            FMatrixRMaj X = new FMatrixRMaj(n, l.inSize(), true, randomFloats(rng, n * l.inSize(), 1));
            FMatrixRMaj G = new FMatrixRMaj(n, l.outSize(), true, randomFloats(rng, n * l.outSize(), 1));
            FMatrixRMaj D = new FMatrixRMaj(n, l.inSize(), true, randomFloats(rng, n * l.inSize(), 1));
            FMatrixRMaj Z = new FMatrixRMaj(1, 1), dX = new FMatrixRMaj(1, 1), Gbar = new FMatrixRMaj(1, 1);
            l.forward(K, X, Z, false);
            out.add("Z", Z.data, Z.getNumElements());
            l.zeroGrad();
            l.accumulateGradients(K, G, true);
            out.add("dW", l.dW().data, l.dW().getNumElements());
            out.add("db", l.db(), l.db().length);
            l.backwardInput(K, G, dX);
            out.add("dX", dX.data, dX.getNumElements());
            // the double-backprop operations: Ḡ = im2col(D̄)·W, dW += im2col(D̄)ᵀ·G
            l.multiplyByW(K, D, Gbar, null);
            out.add("Gbar", Gbar.data, Gbar.getNumElements());
            l.zeroGrad();
            l.accumulateGradients(K, D, G, false);
            out.add("dW(D̄)", l.dW().data, l.dW().getNumElements());
            out.add("W", l.W().data, l.W().getNumElements());
            out.add("b", l.b(), l.b().length);
            out.add("X", X.data, X.getNumElements());
            out.add("G", G.data, G.getNumElements());
            out.add("D", D.data, D.getNumElements());
        } else {
            ConvTranspose2d l = new ConvTranspose2d(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
            l.initialize(Init.PYTORCH, rng);
            FMatrixRMaj X = new FMatrixRMaj(n, l.inSize(), true, randomFloats(rng, n * l.inSize(), 1));
            FMatrixRMaj G = new FMatrixRMaj(n, l.outSize(), true, randomFloats(rng, n * l.outSize(), 1));
            FMatrixRMaj Y = new FMatrixRMaj(1, 1), dX = new FMatrixRMaj(1, 1);
            l.forward(K, X, Y);
            out.add("Z", Y.data, Y.getNumElements());
            l.zeroGrad();
            l.backward(K, X, G, true, dX);
            out.add("dW", l.dW().data, l.dW().getNumElements());
            out.add("db", l.db(), l.db().length);
            out.add("dX", dX.data, dX.getNumElements());
            out.add("W", l.W().data, l.W().getNumElements());
            out.add("b", l.b(), l.b().length);
            out.add("X", X.data, X.getNumElements());
            out.add("G", G.data, G.getNumElements());
        }
        return out;
    }

    private static float[] get(Results r, String name) {
        return r.arrays.get(r.names.indexOf(name));
    }

    private static void assertWithin(String what, float[] got, double[] want, double[] scale, double T) {
        double worst = 0;
        for (int i = 0; i < want.length; i++) {
            double bound = (T + 2) * U * scale[i];
            double err = Math.abs(got[i] - want[i]);
            assertTrue(err <= bound, what + "[" + i + "]: float " + got[i] + ", double " + want[i] + ", bound " + bound);
            if (bound > 0) {
                worst = Math.max(worst, err / bound);
            }
        }
        synchronized (WORST) {
            WORST[0] = Math.max(WORST[0], worst);
        }
    }

    /** The reference with every parameter replaced by its absolute value. */
    private static DoubleLinearLayer absCopy(DoubleLinearLayer d, DoubleLinearLayer blank) {
        for (int s = 0; s < 2; s++) {
            double[] a = abs(d.parameters()[s]);
            System.arraycopy(a, 0, blank.parameters()[s], 0, a.length);
        }
        return blank;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void floatLayersMatchTheDoubleReference(String kind, int[] c) {
        final int n = c[7];
        final int k2 = c[4] * c[4];
        for (FloatKernels K : kernels()) {
            Results f = runFloat(kind, c, K);
            String what = K.name() + " " + kind + " " + java.util.Arrays.toString(c) + " ";
            DoubleLinearLayer d = ConvGradientTest.layer(kind, c), a = ConvGradientTest.layer(kind, c);
            System.arraycopy(widen(get(f, "W"), d.parameters()[0].length), 0, d.parameters()[0], 0, d.parameters()[0].length);
            System.arraycopy(widen(get(f, "b"), c[3]), 0, d.parameters()[1], 0, c[3]);
            absCopy(d, a);
            double[] x = widen(get(f, "X"), n * d.inSize()), g = widen(get(f, "G"), n * d.outSize());
            int positions = kind.equals("conv") ? d.outSize() / c[3] : d.inSize() / c[2];
            int outPixels = d.outSize() / c[3];
            // T: the GEMM's inner length plus col2im's additions, or the rows summed into dW, db
            double T = kind.equals("conv")
                    ? Math.max(k2 * c[2], Math.max(c[3] + k2, n * positions))
                    : Math.max(k2 * c[3], Math.max(c[2] + k2, n * Math.max(positions, outPixels)));

            assertWithin(what + "Y", get(f, "Z"), d.linear(x, n, true), a.linear(abs(x), n, true), T);
            assertWithin(what + "dX", get(f, "dX"), d.backwardInput(g, n), a.backwardInput(abs(g), n), T);
            d.zeroGrad();
            a.zeroGrad();
            d.accumulate(x, g, n, true);
            a.accumulate(abs(x), abs(g), n, true);
            assertWithin(what + "dW", get(f, "dW"), d.gradients()[0], a.gradients()[0], T);
            assertWithin(what + "db", get(f, "db"), d.gradients()[1], a.gradients()[1], T);
            if (kind.equals("conv")) {
                double[] dbar = widen(get(f, "D"), n * d.inSize());
                assertWithin(what + "Ḡ", get(f, "Gbar"), d.linear(dbar, n, false), a.linear(abs(dbar), n, false), T);
                d.zeroGrad();
                a.zeroGrad();
                d.accumulate(dbar, g, n, false);
                a.accumulate(abs(dbar), abs(g), n, false);
                assertWithin(what + "dW(D̄)", get(f, "dW(D̄)"), d.gradients()[0], a.gradients()[0], T);
            }
        }
    }

    /**
     * The same bits from the plain kernels, the Vector API kernels and both with two threads: every
     * sum's order is fixed by the layers' loops and the kernels' contract, not by the path.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everyKernelPathGivesTheSameBits(String kind, int[] c) {
        Results ref = runFloat(kind, c, FloatKernels.plain());
        List<FloatKernels> paths = new ArrayList<>(kernels());
        try (ParallelFloatKernels p2 = new ParallelFloatKernels(FloatKernels.plain(), 0);
             ParallelFloatKernels v2 = FloatKernels.vectorAvailable() ? new ParallelFloatKernels(FloatKernels.vector(), 0) : null) {
            paths.add(p2);
            if (v2 != null) {
                paths.add(v2);
            }
            for (int t = 0; t < paths.size(); t++) {
                Results r = runFloat(kind, c, paths.get(t));
                for (int i = 0; i < ref.arrays.size(); i++) {
                    assertArrayEquals(ref.arrays.get(i), r.arrays.get(i),
                            "path " + t + " (" + paths.get(t).name() + ") " + kind + " " + java.util.Arrays.toString(c)
                                    + " " + ref.names.get(i));
                }
            }
        }
    }

    /** The hand-worked values of {@link ConvGradientTest} on the float layers (small integers: exact). */
    @Test
    void floatValuesByHand() {
        for (FloatKernels K : kernels()) {
            Conv2d a = new Conv2d(3, 3, 1, 1, 2, 2, 1);
            System.arraycopy(new float[]{1, 2, 3, 4}, 0, a.W().data, 0, 4);
            a.b()[0] = 0.5f;
            FMatrixRMaj X = new FMatrixRMaj(1, 9, true, 1, 2, 3, 4, 5, 6, 7, 8, 9);
            FMatrixRMaj Z = new FMatrixRMaj(1, 1);
            a.forward(K, X, Z, false);
            assertArrayEquals(new float[]{4.5f, 18.5f, 36.5f, 77.5f}, Z.data, K.name());
            ConvTranspose2d t = new ConvTranspose2d(2, 2, 1, 1, 2, 2, 0);
            System.arraycopy(new float[]{1, 2, 3, 4}, 0, t.W().data, 0, 4);
            FMatrixRMaj Y = new FMatrixRMaj(1, 1);
            t.forward(K, new FMatrixRMaj(1, 4, true, 1, 2, 3, 4), Y);
            assertArrayEquals(new float[]{1, 2, 2, 4, 3, 4, 6, 8, 3, 6, 4, 8, 9, 12, 12, 16}, Y.data, K.name());
        }
    }

    @AfterAll
    static void report() {
        System.out.printf("float32 conv / convT vs double: worst |error| / bound %.3f%n", WORST[0]);
    }
}
