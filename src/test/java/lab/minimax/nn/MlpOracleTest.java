package lab.minimax.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import lab.minimax.nn.f32.FloatKernels;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The float32 engine against the double reference ({@link DoubleMlp}, whose gradients are checked
 * by finite differences in {@link MlpGradientTest} and {@link GradientPenaltyTest}) at the same
 * parameters: backward to weights and input, the input gradient, and the WGAN-GP penalty with
 * its double-backprop weight gradient, for every activation, depths 0–4 and both kernels.
 *
 * <p>Tolerance: |float − double| ≤ 2e-4 · (|double| + max|double| over the array). float32 rounds
 * each FMA to 2⁻²⁴ ≈ 6e-8 relative; an element is a sum of at most 20 products per layer over up
 * to 5 layers (plus the penalty's four passes), so the worst accumulated error is ~100·6e-8 of
 * the terms' scale, which the array's largest entry bounds; the margin is 30×.
 */
class MlpOracleTest {
    static final List<FloatKernels> KERNELS = kernels();
    private static final double TOL = 2e-4;
    private static final double[] WORST = new double[1];

    private static List<FloatKernels> kernels() {
        List<FloatKernels> k = new ArrayList<>();
        k.add(FloatKernels.plain());
        if (FloatKernels.vectorAvailable()) {
            k.add(FloatKernels.vector());
        }
        return k;
    }

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (String act : Activations.IDS) {
            for (int depth = 0; depth < MlpGradientTest.HIDDEN.length; depth++) {
                for (FloatKernels k : KERNELS) {
                    b.add(Arguments.of(act, depth, k.name()));
                }
            }
        }
        return b.build();
    }

    static Mlp net(int in, int[] hidden, int out, String act, FloatKernels k, long seed) {
        return new Mlp(in, hidden, out, Activations.byId(act), Init.PYTORCH, new SplittableRandom(seed), k);
    }

    static FMatrixRMaj randomFloats(java.util.random.RandomGenerator rng, int rows, int cols, double scale) {
        FMatrixRMaj M = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < M.data.length; i++) {
            M.data[i] = (float) (scale * (2 * rng.nextDouble() - 1));
        }
        return M;
    }

    static DMatrixRMaj widen(FMatrixRMaj X) {
        DMatrixRMaj D = new DMatrixRMaj(X.numRows, X.numCols);
        for (int i = 0; i < X.getNumElements(); i++) {
            D.data[i] = X.data[i];
        }
        return D;
    }

    static void assertClose(double[] want, float[] got, String what) {
        int n = Math.min(want.length, got.length);
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.abs(want[i]));
        }
        for (int i = 0; i < n; i++) {
            double err = Math.abs(got[i] - want[i]);
            assertEquals(want[i], got[i], TOL * (Math.abs(want[i]) + scale) + 1e-30, what + " at " + i);
            synchronized (WORST) {
                WORST[0] = Math.max(WORST[0], err / (Math.abs(want[i]) + scale + 1e-300));
            }
        }
    }

    private static FloatKernels kernel(String name) {
        return name.equals("plain") ? FloatKernels.plain() : FloatKernels.vector();
    }

    @ParameterizedTest(name = "{0} depth {1} {2}")
    @MethodSource("cases")
    void backwardAndPenaltyMatchTheDoubleReference(String act, int depth, String kernels) {
        SplittableRandom rng = new SplittableRandom(100 + depth);
        int[] hidden = MlpGradientTest.HIDDEN[depth];
        Mlp g = net(3, hidden, 2, act, kernel(kernels), 7 + depth);
        DoubleMlp gRef = DoubleMlp.of(g);
        FMatrixRMaj X = randomFloats(rng, 11, 3, 1.5);
        FMatrixRMaj R = randomFloats(rng, 11, 2, 1.0);
        String what = act + " depth " + depth + " " + kernels;

        g.zeroGrad();
        g.forward(X);
        FMatrixRMaj dX = new FMatrixRMaj(1, 1);
        g.backward(R, true, dX);
        gRef.zeroGrad();
        gRef.forward(widen(X));
        DMatrixRMaj dXRef = new DMatrixRMaj(1, 1);
        gRef.backward(widen(R), true, dXRef);
        assertClose(dXRef.data, dX.data, what + " dL/dX");
        for (int s = 0; s < g.gradients().length; s++) {
            assertClose(gRef.gradients()[s], g.gradients()[s], what + " dL/dθ " + s);
        }

        Mlp d = net(3, hidden, 1, act, kernel(kernels), 70 + depth);
        DoubleMlp dRef = DoubleMlp.of(d);
        FMatrixRMaj grad = new FMatrixRMaj(1, 1);
        d.inputGradient(X, grad);
        DMatrixRMaj gradRef = new DMatrixRMaj(1, 1);
        dRef.inputGradient(widen(X), gradRef);
        assertClose(gradRef.data, grad.data, what + " ∇ₓV");

        d.zeroGrad();
        dRef.zeroGrad();
        double p = d.gradientPenalty(X, 0.7);
        double pRef = dRef.gradientPenalty(widen(X), 0.7);
        assertEquals(pRef, p, TOL * Math.abs(pRef) + 1e-12, what + " penalty");
        for (int s = 0; s < d.gradients().length; s++) {
            assertClose(dRef.gradients()[s], d.gradients()[s], what + " dP/dθ " + s);
        }
    }

    @AfterAll
    static void report() {
        System.out.printf("float32 engine vs double reference: max error %.2e of the array's scale%n", WORST[0]);
    }
}
