package lab.minimax.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The double reference convolutions ({@link DoubleConv2d}, {@link DoubleConvTranspose2d}: the
 * oracles the float32 layers are checked against in {@link ConvOracleTest}): forward values
 * worked out by hand, the transposed convolution as the adjoint of the convolution, and
 * dL/dW, dL/db, dL/dX against centred finite differences of L = Σ R ⊙ Y + ½ Σ Y² (so dL/dY =
 * R + Y) for kernels 3 and 4, strides 1 and 2, paddings 0 and 1, 1–3 channels in and out, 1–3
 * samples and non-square images.
 */
class ConvGradientTest {
    private static final double TOL = 1e-7;
    private static final double[] WORST = new double[2];

    /** {H (or Hi), W (or Wi), C_in, C_out, k, s, p, n}. */
    static final int[][] CONV = {
        {5, 5, 2, 3, 3, 1, 0, 2}, {6, 5, 1, 2, 3, 2, 1, 3}, {7, 7, 2, 3, 4, 2, 1, 2}, {8, 6, 3, 2, 4, 1, 0, 1},
        {4, 4, 2, 2, 3, 1, 1, 2}, {6, 6, 3, 1, 4, 2, 0, 2}, {5, 7, 1, 3, 4, 1, 1, 2}};
    static final int[][] CONV_T = {
        {3, 3, 2, 3, 4, 2, 1, 2}, {2, 3, 1, 2, 3, 1, 0, 2}, {3, 2, 2, 1, 3, 2, 1, 3}, {4, 4, 3, 2, 4, 2, 1, 1},
        {3, 3, 2, 2, 3, 1, 1, 2}, {2, 2, 3, 2, 4, 2, 0, 2}, {3, 4, 1, 3, 4, 1, 1, 2}};

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (int[] c : CONV) {
            b.add(Arguments.of("conv", c));
        }
        for (int[] c : CONV_T) {
            b.add(Arguments.of("convT", c));
        }
        return b.build();
    }

    static DoubleLinearLayer layer(String kind, int[] c) {
        return kind.equals("conv") ? new DoubleConv2d(c[0], c[1], c[2], c[3], c[4], c[5], c[6])
                : new DoubleConvTranspose2d(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
    }

    static double[] random(SplittableRandom r, int len, double scale) {
        double[] x = new double[len];
        for (int i = 0; i < len; i++) {
            x[i] = scale * (2 * r.nextDouble() - 1);
        }
        return x;
    }

    static void randomize(DoubleLinearLayer l, SplittableRandom r) {
        for (double[] a : l.parameters()) {
            System.arraycopy(random(r, a.length, 0.5), 0, a, 0, a.length);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void gradientsMatchFiniteDifferences(String kind, int[] c) {
        SplittableRandom rng = new SplittableRandom(java.util.Arrays.hashCode(c));
        DoubleLinearLayer l = layer(kind, c);
        randomize(l, rng);
        final int n = c[7];
        double[] x = random(rng, n * l.inSize(), 1.0);
        double[] R = random(rng, n * l.outSize(), 1.0);
        java.util.function.DoubleSupplier loss = () -> {
            double[] y = l.linear(x, n, true);
            double s = 0;
            for (int t = 0; t < y.length; t++) {
                s += R[t] * y[t] + 0.5 * y[t] * y[t];
            }
            return s;
        };
        double[] y = l.linear(x, n, true);
        double[] G = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            G[t] = R[t] + y[t];
        }
        l.zeroGrad();
        l.accumulate(x, G, n, true);
        double[] dx = l.backwardInput(G, n);
        assertEquals(x.length, dx.length);

        double worstW = 0;
        double[][] p = l.parameters(), g = l.gradients();
        for (int s = 0; s < p.length; s++) {
            for (int i = 0; i < p[s].length; i++) {
                double fd = FiniteDiff.partial(p[s], i, 1e-3, loss);
                double e = FiniteDiff.relErr(g[s][i], fd);
                assertTrue(e < TOL, kind + " " + java.util.Arrays.toString(c) + " param " + s + "[" + i + "]: "
                        + g[s][i] + " vs FD " + fd);
                worstW = Math.max(worstW, e);
            }
        }
        double worstX = 0;
        for (int i = 0; i < x.length; i++) {
            double fd = FiniteDiff.partial(x, i, 1e-3, loss);
            double e = FiniteDiff.relErr(dx[i], fd);
            assertTrue(e < TOL, kind + " " + java.util.Arrays.toString(c) + " dX[" + i + "]: " + dx[i] + " vs FD " + fd);
            worstX = Math.max(worstX, e);
        }
        synchronized (WORST) {
            WORST[0] = Math.max(WORST[0], worstW);
            WORST[1] = Math.max(WORST[1], worstX);
        }
    }

    /**
     * ⟨convT_W(x), y⟩ = ⟨x, conv_W'(y)⟩ (no biases) when the convolution runs from the transposed
     * one's output back to its input with the same k, s, p and W' = Wᵀ (taps × C_in against
     * C_in × taps): the two references, written separately, agree on the geometry.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("transposedShapes")
    void transposedConvolutionIsTheAdjointOfTheConvolution(int[] c) {
        SplittableRandom rng = new SplittableRandom(11);
        DoubleConvTranspose2d t = new DoubleConvTranspose2d(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
        DoubleConv2d v = new DoubleConv2d(t.Ho, t.Wo, c[3], c[2], c[4], c[5], c[6]);
        assertEquals(c[0], v.Ho);
        assertEquals(c[1], v.Wo);
        randomize(t, rng);
        int taps = c[4] * c[4] * c[3];
        for (int ci = 0; ci < c[2]; ci++) {
            for (int q = 0; q < taps; q++) {
                v.w[q * c[2] + ci] = t.w[ci * taps + q];
            }
        }
        int n = c[7];
        double[] x = random(rng, n * t.inSize(), 1), y = random(rng, n * t.outSize(), 1);
        double lhs = dot(t.linear(x, n, false), y), rhs = dot(x, v.linear(y, n, false));
        assertEquals(lhs, rhs, 1e-12 * (1 + Math.abs(lhs)));
    }

    static Stream<Arguments> transposedShapes() {
        return Stream.of(CONV_T).map(c -> Arguments.of((Object) c));
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /**
     * By hand, X = [1 2 3; 4 5 6; 7 8 9], kernel [1 2; 3 4], b = 0.5: stride 1, no padding gives
     * [37 47; 67 77] + 0.5 (e.g. 1·1 + 2·2 + 4·3 + 5·4 = 37); stride 2, padding 1 gives taps inside
     * the image only: [4 18; 36 77] + 0.5 (e.g. 18 = 2·3 + 3·4 from the kernel's lower row).
     */
    @Test
    void convolutionValuesByHand() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        DoubleConv2d a = new DoubleConv2d(3, 3, 1, 1, 2, 1, 0);
        DoubleConv2d b = new DoubleConv2d(3, 3, 1, 1, 2, 2, 1);
        for (DoubleConv2d l : new DoubleConv2d[]{a, b}) {
            System.arraycopy(new double[]{1, 2, 3, 4}, 0, l.w, 0, 4);
            l.b[0] = 0.5;
        }
        assertArrayEquals(new double[]{37.5, 47.5, 67.5, 77.5}, a.linear(x, 1, true), 0);
        assertArrayEquals(new double[]{4.5, 18.5, 36.5, 77.5}, b.linear(x, 1, true), 0);
    }

    /** By hand: input [1 2; 3 4], kernel K = [1 2; 3 4], stride 2, no padding: each pixel v writes v·K into its own 2×2 block. */
    @Test
    void transposedConvolutionValuesByHand() {
        DoubleConvTranspose2d t = new DoubleConvTranspose2d(2, 2, 1, 1, 2, 2, 0);
        System.arraycopy(new double[]{1, 2, 3, 4}, 0, t.w, 0, 4);
        assertArrayEquals(new double[]{1, 2, 2, 4, 3, 4, 6, 8, 3, 6, 4, 8, 9, 12, 12, 16},
                t.linear(new double[]{1, 2, 3, 4}, 1, false), 0);
    }

    /** The DCGAN sides of issue 14: conv 4×4/2/1 halves 28 → 14 → 7, convT 4×4/2/1 doubles 7 → 14 → 28. */
    @Test
    void dcganSides() {
        assertEquals(14, new DoubleConv2d(28, 28, 1, 32, 4, 2, 1).Ho);
        assertEquals(7, new DoubleConv2d(14, 14, 32, 64, 4, 2, 1).Ho);
        assertEquals(14, new DoubleConvTranspose2d(7, 7, 64, 32, 4, 2, 1).Ho);
        assertEquals(28, new DoubleConvTranspose2d(14, 14, 32, 1, 4, 2, 1).Ho);
        assertEquals(7 * 7 * 64, new Conv2d(14, 14, 32, 64, 4, 2, 1).outSize());
        assertEquals(28 * 28, new ConvTranspose2d(14, 14, 32, 1, 4, 2, 1).outSize());
    }

    @AfterAll
    static void report() {
        System.out.printf("Double conv / convT backward vs FD: max rel err dL/dθ %.2e, dL/dX %.2e%n", WORST[0], WORST[1]);
    }
}
