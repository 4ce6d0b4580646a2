package lab.minimax.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * dL/dθ and dL/dX of back-propagation against centred finite differences in double, on the
 * double reference net ({@link DoubleMlp}, the test oracle the float32 engine is checked against
 * in {@link MlpOracleTest}), for every activation and depths 0–4. L = Σ R ⊙ Y for a fixed random R, so
 * dL/dY = R.
 */
class MlpGradientTest {
    /** Hidden widths per depth: mixes narrow and ≥ 16 wide layers (both backwardInput paths). */
    static final int[][] HIDDEN = {{}, {20}, {5, 20}, {20, 17, 5}, {3, 20, 17, 5}};
    private static final double[] WORST = new double[2];

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (String act : Activations.IDS) {
            for (int depth = 0; depth < HIDDEN.length; depth++) {
                b.add(Arguments.of(act, depth));
            }
        }
        return b.build();
    }

    /** A reference net with the PYTORCH init. */
    static DoubleMlp net(int in, int[] hidden, int out, String act, long seed) {
        return new DoubleMlp(in, hidden, out, Activations.byId(act), Init.PYTORCH, new SplittableRandom(seed));
    }

    /** Smooth nets: one FD step h = 1e-3; nets with kinks (ReLU, LeakyReLU, ELU's σ'') use the ladder. */
    static boolean smooth(String act) {
        return act.equals("tanh") || act.equals("linear");
    }

    /** ∂f/∂p[i]: fixed h = 1e-3 when smooth, else the largest step that crosses no kink. */
    static double partial(DoubleMlp net, double[] p, int i, java.util.function.DoubleSupplier f) {
        return smooth(net.act.name()) ? FiniteDiff.partial(p, i, 1e-3, f)
                : FiniteDiff.partialPiecewise(p, i, f, () -> FiniteDiff.hiddenSigns(net));
    }

    /** Picks inputs whose pre-activations all stay ≥ 1e-3 from the kinks at 0 (fewer step reductions). */
    static DMatrixRMaj inputsAwayFromKinks(DoubleMlp net, int n, SplittableRandom rng) {
        boolean smooth = net.act.name().equals("tanh") || net.act.name().equals("linear");
        for (int attempt = 0; attempt < 100; attempt++) {
            DMatrixRMaj X = ReferenceMlp.randomMatrix(rng, n, net.inputDim(), 1.5);
            if (smooth || ReferenceMlp.kinkMargin(net, X) > 1e-3) {
                return X;
            }
        }
        throw new AssertionError("no inputs away from the kinks");
    }

    @ParameterizedTest(name = "{0} depth {1}")
    @MethodSource("cases")
    void weightAndInputGradientsMatchFiniteDifferences(String act, int depth) {
        SplittableRandom rng = new SplittableRandom(100 + depth);
        DoubleMlp net = net(3, HIDDEN[depth], 2, act, 7 + depth);
        int n = 7;
        DMatrixRMaj X = inputsAwayFromKinks(net, n, rng);
        DMatrixRMaj R = ReferenceMlp.randomMatrix(rng, n, 2, 1.0);

        // analytic: backward adds into zeroed buffers; dX written
        net.zeroGrad();
        net.forward(X);
        DMatrixRMaj dX = new DMatrixRMaj(1, 1);
        net.backward(R, true, dX);

        java.util.function.DoubleSupplier loss = () -> {
            DMatrixRMaj Y = net.forward(X);
            double s = 0;
            for (int i = 0; i < Y.getNumElements(); i++) {
                s += R.data[i] * Y.data[i];
            }
            return s;
        };
        double worstW = 0;
        double[][] p = net.parameters(), g = net.gradients();
        for (int s = 0; s < p.length; s++) {
            for (int i = 0; i < p[s].length; i++) {
                double fd = partial(net, p[s], i, loss);
                double e = FiniteDiff.relErr(g[s][i], fd);
                assertTrue(e < 1e-6, act + " depth " + depth + " param " + s + "[" + i + "]: "
                        + g[s][i] + " vs FD " + fd);
                worstW = Math.max(worstW, e);
            }
        }
        double worstX = 0;
        for (int i = 0; i < X.data.length; i++) {
            double fd = partial(net, X.data, i, loss);
            double e = FiniteDiff.relErr(dX.data[i], fd);
            assertTrue(e < 1e-6, act + " depth " + depth + " dX[" + i + "]: " + dX.data[i] + " vs FD " + fd);
            worstX = Math.max(worstX, e);
        }
        synchronized (WORST) {
            WORST[0] = Math.max(WORST[0], worstW);
            WORST[1] = Math.max(WORST[1], worstX);
        }
    }

    @AfterAll
    static void report() {
        System.out.printf("DoubleMlp backward vs FD: max rel err dL/dθ %.2e, dL/dX %.2e%n", WORST[0], WORST[1]);
    }
}
