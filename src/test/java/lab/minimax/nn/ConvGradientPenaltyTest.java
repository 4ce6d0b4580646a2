package lab.minimax.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WGAN-GP through convolutions, on the double reference stack ({@link DoubleStack}): critics of
 * strided and unstrided, padded and unpadded convolutions with a dense head; ∇ₓV of the backward
 * pass against finite differences of V, and the double-backprop weight gradient of the penalty
 * against finite differences of the penalty, for a smooth activation (tanh: the σ'' terms), ELU
 * (σ'' ≠ 0 on one side) and LeakyReLU (piecewise linear). Relative error &lt; 1e-6.
 */
class ConvGradientPenaltyTest {
    private static final double LAMBDA = 0.7;
    private static final double[] WORST = new double[2];

    /** Two critics: 6×6×2 → conv 4/2/1 ×3 → conv 3/1/1 ×2 → dense 1; 5×4×1 → conv 3/1/0 ×2 → dense 1. */
    static DoubleStack critic(int which, Activation act) {
        if (which == 0) {
            return new DoubleStack(act, new DoubleConv2d(6, 6, 2, 3, 4, 2, 1), new DoubleConv2d(3, 3, 3, 2, 3, 1, 1),
                    new DoubleDense(18, 1));
        }
        return new DoubleStack(act, new DoubleConv2d(5, 4, 1, 2, 3, 1, 0), new DoubleDense(12, 1));
    }

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (String act : new String[]{"tanh", "elu", "leakyrelu"}) {
            b.add(Arguments.of(act, 0));
            b.add(Arguments.of(act, 1));
        }
        return b.build();
    }

    /** Inputs whose hidden pre-activations all stay ≥ 1e-3 from the kinks. */
    static double[] inputsAwayFromKinks(DoubleStack net, int n, SplittableRandom rng) {
        for (int attempt = 0; attempt < 200; attempt++) {
            double[] x = ConvGradientTest.random(rng, n * net.layers[0].inSize(), 1.0);
            net.forward(x, n);
            if (net.act.name().equals("tanh") || net.kinkMargin() > 1e-3) {
                return x;
            }
        }
        throw new AssertionError("no inputs away from the kinks");
    }

    static double partial(DoubleStack net, double[] p, int i, java.util.function.DoubleSupplier f) {
        return net.act.name().equals("tanh") ? FiniteDiff.partial(p, i, 1e-3, f)
                : FiniteDiff.partialPiecewise(p, i, f, net::hiddenSigns);
    }

    @ParameterizedTest(name = "{0} critic {1}")
    @MethodSource("cases")
    void inputGradientAndPenaltyWeightGradientMatchFiniteDifferences(String act, int which) {
        SplittableRandom rng = new SplittableRandom(900 + which);
        DoubleStack net = critic(which, Activations.byId(act));
        for (DoubleLinearLayer l : net.layers) {
            ConvGradientTest.randomize(l, rng);
        }
        final int n = 3;
        final int d0 = net.layers[0].inSize();
        double[] x = inputsAwayFromKinks(net, n, rng);

        // ∇ₓV against FD of V, row by row
        double[] gx = net.inputGradient(x, n);
        double worstX = 0;
        for (int t = 0; t < x.length; t++) {
            final int row = t / d0;
            double fd = partial(net, x, t, () -> net.forward(x, n)[row]);
            double e = FiniteDiff.relErr(gx[t], fd);
            assertTrue(e < 1e-6, act + " critic " + which + " ∇ₓV[" + t + "]: " + gx[t] + " vs FD " + fd);
            worstX = Math.max(worstX, e);
        }

        // the penalty from that gradient, and its weight gradient against FD of the penalty
        net.zeroGrad();
        double P = net.gradientPenalty(x, n, LAMBDA);
        double pRef = 0;
        for (int i = 0; i < n; i++) {
            double sq = 0;
            for (int j = 0; j < d0; j++) {
                sq += gx[i * d0 + j] * gx[i * d0 + j];
            }
            pRef += LAMBDA * Math.pow(Math.sqrt(sq) - 1, 2) / n;
        }
        assertEquals(pRef, P, 1e-12 * (1 + pRef));
        double worstW = 0;
        for (DoubleLinearLayer l : net.layers) {
            double[][] p = l.parameters(), g = l.gradients();
            for (int s = 0; s < p.length; s++) {
                for (int i = 0; i < p[s].length; i++) {
                    double fd = partial(net, p[s], i, () -> {
                        DoubleStack probe = net;
                        double[] gi = probe.inputGradient(x, n);
                        double sum = 0;
                        for (int r = 0; r < n; r++) {
                            double sq = 0;
                            for (int j = 0; j < d0; j++) {
                                sq += gi[r * d0 + j] * gi[r * d0 + j];
                            }
                            sum += Math.pow(Math.sqrt(sq) - 1, 2);
                        }
                        return LAMBDA * sum / n;
                    });
                    double e = FiniteDiff.relErr(g[s][i], fd);
                    assertTrue(e < 1e-6, act + " critic " + which + " layer " + l.getClass().getSimpleName() + " param "
                            + s + "[" + i + "]: " + g[s][i] + " vs FD " + fd);
                    worstW = Math.max(worstW, e);
                }
            }
        }
        synchronized (WORST) {
            WORST[0] = Math.max(WORST[0], worstX);
            WORST[1] = Math.max(WORST[1], worstW);
        }
    }

    @AfterAll
    static void report() {
        System.out.printf("conv critic WGAN-GP vs FD: max rel err ∇ₓV %.2e, dP/dθ %.2e%n", WORST[0], WORST[1]);
    }
}
