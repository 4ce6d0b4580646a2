package lab.minimax.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WGAN-GP: on the double reference net ({@link DoubleMlp}), the penalty value against ∇ₓV
 * obtained by finite differences of a scalar reference forward pass, the input gradient
 * likewise, and the double-backprop weight gradient against finite differences of the penalty;
 * on the float32 engine, the closed form of a linear critic.
 */
class GradientPenaltyTest {
    private static final double LAMBDA = 0.7;
    private static final double[] WORST = new double[3];

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (String act : Activations.IDS) {
            for (int depth = 0; depth < MlpGradientTest.HIDDEN.length; depth++) {
                b.add(Arguments.of(act, depth));
            }
        }
        return b.build();
    }

    /** ∇ₓV(x) of the reference forward pass by the 5-point stencil. */
    private static double[] referenceInputGradient(DoubleMlp net, double[] x, double h) {
        double[] g = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            final int jj = j;
            g[j] = FiniteDiff.derivative(t -> {
                double[] xt = x.clone();
                xt[jj] = t;
                return ReferenceMlp.forwardRow(net, xt)[0];
            }, x[j], h);
        }
        return g;
    }

    @ParameterizedTest(name = "{0} depth {1}")
    @MethodSource("cases")
    void penaltyInputGradientAndWeightGradientMatchFiniteDifferences(String act, int depth) {
        SplittableRandom rng = new SplittableRandom(500 + depth);
        DoubleMlp net = MlpGradientTest.net(3, MlpGradientTest.HIDDEN[depth], 1, act, 70 + depth);
        int n = 6;
        DMatrixRMaj X = MlpGradientTest.inputsAwayFromKinks(net, n, rng);
        double h = MlpGradientTest.smooth(act) ? 1e-3 : 1e-5; // input FD: inputs are ≥ 1e-3 from kinks

        // P and ∇ₓV against the reference
        DMatrixRMaj gx = new DMatrixRMaj(1, 1);
        net.inputGradient(X, gx);
        assertEquals(n, gx.numRows);
        assertEquals(3, gx.numCols);
        double pRef = 0, worstX = 0;
        for (int r = 0; r < n; r++) {
            double[] x = {X.get(r, 0), X.get(r, 1), X.get(r, 2)};
            double[] g = referenceInputGradient(net, x, h);
            double sq = 0;
            for (int j = 0; j < 3; j++) {
                sq += g[j] * g[j];
                double e = FiniteDiff.relErr(gx.get(r, j), g[j]);
                assertTrue(e < 1e-6, "∇ₓV[" + r + "," + j + "]: " + gx.get(r, j) + " vs " + g[j]);
                worstX = Math.max(worstX, e);
            }
            pRef += LAMBDA * Math.pow(Math.sqrt(sq) - 1, 2) / n;
        }
        net.zeroGrad();
        double P = net.gradientPenalty(X, LAMBDA);
        double eP = FiniteDiff.relErr(P, pRef);
        assertTrue(eP < 1e-6, "P = " + P + " vs reference " + pRef);

        // dP/dθ against finite differences of P(θ)
        double[][] p = net.parameters();
        double[][] analytic = new double[p.length][];
        for (int s = 0; s < p.length; s++) {
            analytic[s] = net.gradients()[s].clone();
        }
        double worstW = 0;
        for (int s = 0; s < p.length; s++) {
            for (int i = 0; i < p[s].length; i++) {
                double fd = MlpGradientTest.partial(net, p[s], i, () -> net.gradientPenalty(X, LAMBDA));
                double e = FiniteDiff.relErr(analytic[s][i], fd);
                assertTrue(e < 1e-6, act + " depth " + depth + " dP/dθ " + s + "[" + i + "]: "
                        + analytic[s][i] + " vs FD " + fd);
                worstW = Math.max(worstW, e);
            }
        }
        synchronized (WORST) {
            WORST[0] = Math.max(WORST[0], eP);
            WORST[1] = Math.max(WORST[1], worstX);
            WORST[2] = Math.max(WORST[2], worstW);
        }
    }

    @Test
    void linearCriticHasTheClosedForm() {
        // V = x·w + b: ∇ₓV = w for every row, P = λ(‖w‖ − 1)², dP/dw = 2λ(‖w‖ − 1)w/‖w‖, dP/db = 0
        Mlp net = new Mlp(2, new int[0], 1, new Relu(), Init.PYTORCH, new SplittableRandom(1));
        float[] w = net.parameters()[0];
        w[0] = 0.3f;
        w[1] = -2.0f;
        net.parameters()[1][0] = 5;
        FMatrixRMaj X = new FMatrixRMaj(9, 2);
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < X.data.length; i++) {
            X.data[i] = (float) (2 * r.nextDouble() - 1);
        }
        double w0 = 0.3f, w1 = -2.0f;
        double norm = Math.hypot(w0, w1);
        net.zeroGrad();
        double P = net.gradientPenalty(X, 10);
        // float32 tolerances: ∇ₓV = w is exact; the coefficients are rounded to float once (6e-8 relative)
        assertEquals(10 * (norm - 1) * (norm - 1), P, 1e-12);
        assertEquals(2 * 10 * (norm - 1) * w0 / norm, net.gradients()[0][0], 1e-5);
        assertEquals(2 * 10 * (norm - 1) * w1 / norm, net.gradients()[0][1], 1e-5);
        assertEquals(0.0, net.gradients()[1][0], 0);
        // it ADDS
        net.gradientPenalty(X, 10);
        assertEquals(4 * 10 * (norm - 1) * w0 / norm, net.gradients()[0][0], 2e-5);
    }

    @Test
    void needsAScalarCritic() {
        Mlp net = new Mlp(2, new int[]{4}, 2, new Tanh(), Init.HE, new SplittableRandom(1));
        FMatrixRMaj X = new FMatrixRMaj(3, 2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> net.gradientPenalty(X, 1));
        assertTrue(e.getMessage().contains("outputDim 1"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> net.inputGradient(X, new FMatrixRMaj(1, 1)));
        Mlp critic = new Mlp(2, new int[]{4}, 1, new Tanh(), Init.HE, new SplittableRandom(1));
        assertThrows(IllegalArgumentException.class, () -> critic.gradientPenalty(X, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> critic.gradientPenalty(new FMatrixRMaj(3, 3), 1));
    }

    @AfterAll
    static void report() {
        System.out.printf("WGAN-GP vs FD: max rel err P %.2e, ∇ₓV %.2e, dP/dθ %.2e%n", WORST[0], WORST[1], WORST[2]);
    }
}
