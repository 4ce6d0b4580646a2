package lab.minimax.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActivationTest {
    private static final double[] XS = {-6, -3.5, -2, -1.25, -0.7, -0.3, -0.05, -0.004,
            0.004, 0.05, 0.3, 0.7, 1.25, 2, 3.5, 6};

    @ParameterizedTest
    @ValueSource(strings = {"relu", "leakyrelu", "tanh", "elu", "linear"})
    void derivativesMatchFiniteDifferences(String id) {
        Activation a = Activations.byId(id);
        double h = 1e-4; // every |x| ≥ 0.004 > 2h: no stencil crosses a kink at 0
        double worst1 = 0, worst2 = 0;
        for (double x : XS) {
            double fd1 = FiniteDiff.derivative(a::value, x, h);
            double fd2 = FiniteDiff.derivative(a::derivative, x, h);
            worst1 = Math.max(worst1, FiniteDiff.relErr(a.derivative(x), fd1));
            worst2 = Math.max(worst2, FiniteDiff.relErr(a.secondDerivative(x), fd2));
        }
        System.out.printf("activation %-9s max rel err σ' %.2e, σ'' %.2e%n", id, worst1, worst2);
        assertTrue(worst1 < 1e-6, id + " σ' vs finite differences: " + worst1);
        assertTrue(worst2 < 1e-6, id + " σ'' vs finite differences: " + worst2);
    }

    /**
     * The float32 bulk methods (σ', σ'' read from the output a = σ(z)) against the scalar double
     * definitions at the same float inputs. Tolerance 4·2⁻²⁴ relative (+1e-30 absolute): each bulk
     * result is one or two float roundings of exact-in-double quantities, tanh and ELU's eˣ − 1 by
     * {@link FixedMath} (≤ 1e-14) rounded once; plus, for σ' and σ'' read from a, the rounding
     * of a (2⁻²⁴|a|) times their sensitivity to a (tanh: |∂(1 − a²)/∂a| = 2|a|, so 1 − a² loses
     * digits as |a| → 1, as PyTorch's tanh backward does; ELU for z ≤ 0: ∂(a + α)/∂a = 1).
     */
    @ParameterizedTest
    @ValueSource(strings = {"relu", "leakyrelu", "tanh", "elu", "linear"})
    void floatBulkMethodsAgreeWithTheScalarDefinitions(String id) {
        Activation a = Activations.byId(id);
        SplittableRandom rng = new SplittableRandom(3);
        int n = 37;
        float[] z = new float[n], d = new float[n], g = new float[n];
        for (int i = 0; i < n; i++) {
            z[i] = (float) (6 * rng.nextDouble() - 3);
            d[i] = (float) (rng.nextDouble() - 0.5);
            g[i] = (float) (rng.nextDouble() - 0.5);
        }
        z[0] = 0f; // the kink itself: bulk and scalar must make the same choice
        float[] act = z.clone();
        a.apply(act, n);
        float[] gm = g.clone();
        a.multiplyDerivative(act, gm, n);
        float[] gb = g.clone(), zb = new float[n];
        a.secondOrder(act, d, gb, zb, n);
        for (int i = 0; i < n; i++) {
            double x = z[i];
            double ai = act[i];
            double sensitivity = id.equals("tanh") ? 2 * Math.abs(ai) : id.equals("elu") && x <= 0 ? 1 : 0;
            double fromA = sensitivity * 0x1p-24 * Math.abs(ai);
            close(a.value(x), act[i], 0, id + " apply at " + x);
            close(g[i] * a.derivative(x), gm[i], Math.abs(g[i]) * fromA, id + " multiplyDerivative at " + x);
            close(g[i] * a.derivative(x), gb[i], Math.abs(g[i]) * fromA, id + " secondOrder D̄ at " + x);
            close((double) g[i] * d[i] * a.secondDerivative(x), zb[i], Math.abs(g[i] * d[i]) * fromA,
                    id + " secondOrder Z̄ at " + x);
        }
        boolean flat = true;
        for (double x : XS) {
            flat &= a.secondDerivative(x) == 0.0;
        }
        assertEquals(flat, a.isPiecewiseLinear(), id + " isPiecewiseLinear");
    }

    private static void close(double expected, float actual, double fromA, String what) {
        assertEquals(expected, actual, 4 * 0x1p-24 * Math.abs(expected) + 2 * fromA + 1e-30, what);
    }

    /** Our own exp, expm1 and tanh against StrictMath over their whole useful range (≤ 1e-14 relative). */
    @Test
    void fixedMathAgreesWithStrictMath() {
        SplittableRandom rng = new SplittableRandom(11);
        double worst = 0;
        for (int i = 0; i < 200_000; i++) {
            double x = (rng.nextDouble() * 2 - 1) * (i % 3 == 0 ? 700 : i % 3 == 1 ? 20 : 0.5);
            worst = Math.max(worst, rel(StrictMath.exp(x), FixedMath.exp(x)));
            worst = Math.max(worst, rel(StrictMath.expm1(x), FixedMath.expm1(x)));
            worst = Math.max(worst, rel(StrictMath.tanh(x), FixedMath.tanh(x)));
        }
        System.out.printf("FixedMath vs StrictMath: max rel err %.2e%n", worst);
        assertTrue(worst < 1e-14, "max relative error " + worst);
        assertEquals(1.0, FixedMath.exp(0), 0);
        assertEquals(0.0, FixedMath.expm1(0), 0);
        assertEquals(Double.POSITIVE_INFINITY, FixedMath.exp(800), 0);
        assertEquals(0.0, FixedMath.exp(-800), 0);
        assertEquals(-1.0, FixedMath.tanh(-30), 0);
        assertTrue(Double.isNaN(FixedMath.exp(Double.NaN)) && Double.isNaN(FixedMath.tanh(Double.NaN)));
        assertEquals(-1e-300, FixedMath.tanh(-1e-300), 1e-315);
    }

    /**
     * exp where 2ⁿ·e^r leaves the normal range (n ≤ −1022: a subnormal result, rounded once; n ≥ 1023:
     * near overflow) and on both sides of the switch: within 1e-14 relative, or one subnormal ulp.
     */
    @Test
    void fixedExpAtTheEdgesOfTheDoubleRange() {
        SplittableRandom rng = new SplittableRandom(12);
        for (int i = 0; i < 100_000; i++) {
            double x = i % 2 == 0 ? -745 + 50 * rng.nextDouble() : 700 + 9.78 * rng.nextDouble();
            double want = StrictMath.exp(x);
            double got = FixedMath.exp(x);
            assertTrue(Math.abs(want - got) <= Math.max(1e-14 * want, Double.MIN_VALUE), "exp(" + x + ") = " + got + ", want " + want);
        }
        // at the switch: e^x = 2⁻¹⁰²² and 2⁻¹⁰²¹ (n = −1022, −1021), and just inside it
        for (double x : new double[]{-708.3964185322641, -707.7032713517042, -707.0}) {
            assertEquals(StrictMath.exp(x), FixedMath.exp(x), 1e-14 * StrictMath.exp(x), "exp(" + x + ")");
        }
        assertEquals(Double.MIN_VALUE, FixedMath.exp(-744.44), Double.MIN_VALUE);
    }

    private static double rel(double want, double got) {
        return want == got ? 0 : Math.abs(want - got) / Math.max(Math.abs(want), Double.MIN_NORMAL);
    }

    @Test
    void closedFormsAndIds() {
        for (String id : Activations.IDS) {
            assertEquals(id, Activations.byId(id).name());
        }
        assertEquals(-0.2, Activations.byId("leakyrelu").value(-1), 0);
        assertEquals(3.0, Activations.byId("leakyrelu").value(3), 0);
        assertEquals(0.0, Activations.byId("relu").value(-1), 0);
        assertEquals(0.0, Activations.byId("relu").derivative(0), 0);
        assertEquals(StrictMath.exp(-1) - 1, Activations.byId("elu").value(-1), 1e-16);
        assertEquals(StrictMath.exp(-2), new Elu().derivative(-2), 1e-16);
        assertEquals(0.5 * (StrictMath.exp(-2) - 1), new Elu(0.5).value(-2), 1e-16);
        assertEquals((StrictMath.exp(2) - StrictMath.exp(-2)) / (StrictMath.exp(2) + StrictMath.exp(-2)), Activations.byId("tanh").value(2), 1e-15);
        assertEquals(-7.5, Activations.byId("linear").value(-7.5), 0);
    }

    @Test
    void unknownIdNamesTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Activations.byId("sigmoid"));
        assertTrue(e.getMessage().contains("relu|leakyrelu|tanh|elu|linear"), e.getMessage());
        assertTrue(e.getMessage().contains("sigmoid"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Activations.byId(null));
        assertThrows(IllegalArgumentException.class, () -> new Elu(0));
        assertThrows(IllegalArgumentException.class, () -> new LeakyRelu(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new LeakyRelu(0));
    }

    /** The branch-free ReLU mask agrees with σ'(x) = [x > 0] on the edge cases of the bit trick; apply is Math.max. */
    @Test
    void reluMaskHandlesSignedZerosNaNsAndInfinities() {
        float[] z = {-0.0f, 0.0f, Float.NaN, Float.intBitsToFloat(0xffc00000), Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, 1e-30f, -2.5f};
        float[] g = new float[z.length], gBar = new float[z.length], zBar = new float[z.length];
        for (int i = 0; i < z.length; i++) {
            g[i] = gBar[i] = -1.5f - i;
        }
        Activation relu = Activations.byId("relu");
        relu.multiplyDerivative(z, g, z.length);
        relu.secondOrder(z, null, gBar, zBar, z.length);
        float[] a = z.clone();
        relu.apply(a, z.length);
        for (int i = 0; i < z.length; i++) {
            float wantA = Math.max(z[i], 0f);
            assertEquals(Float.floatToRawIntBits(wantA), Float.floatToRawIntBits(a[i]), "apply, z = " + z[i]);
            float want = z[i] > 0 ? -1.5f - i : 0.0f;
            assertEquals(Float.floatToRawIntBits(want), Float.floatToRawIntBits(g[i]), "z = " + z[i]);
            assertEquals(Float.floatToRawIntBits(want), Float.floatToRawIntBits(gBar[i]), "z = " + z[i]);
            assertEquals(0f, zBar[i], 0f);
        }
    }
}
