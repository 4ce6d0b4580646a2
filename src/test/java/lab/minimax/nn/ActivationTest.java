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

    /** The activation with only its scalar methods, so the interface's bulk defaults run. */
    private static Activation scalarOnly(Activation a) {
        return new Activation() {
            public String name() {
                return a.name();
            }

            public double value(double x) {
                return a.value(x);
            }

            public double derivative(double x) {
                return a.derivative(x);
            }

            public double secondDerivative(double x) {
                return a.secondDerivative(x);
            }
        };
    }

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

    @ParameterizedTest
    @ValueSource(strings = {"relu", "leakyrelu", "tanh", "elu", "linear"})
    void bulkMethodsAgreeWithScalarOnes(String id) {
        Activation a = Activations.byId(id);
        Activation ref = scalarOnly(a);
        SplittableRandom rng = new SplittableRandom(3);
        int n = 37;
        double[] z = new double[n], d = new double[n], g = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = 6 * rng.nextDouble() - 3;
            d[i] = rng.nextDouble() - 0.5;
            g[i] = rng.nextDouble() - 0.5;
        }
        z[0] = 0.0; // the kink itself: bulk and scalar must make the same choice
        double[] aFast = new double[n], aRef = new double[n];
        a.apply(z, aFast, n);
        ref.apply(z, aRef, n);
        assertClose(aRef, aFast, id + " apply");

        double[] gFast = g.clone(), gRef = g.clone();
        a.multiplyDerivative(z, aFast, gFast, n);
        ref.multiplyDerivative(z, aRef, gRef, n);
        assertClose(gRef, gFast, id + " multiplyDerivative");

        double[] gbFast = g.clone(), gbRef = g.clone(), zbFast = new double[n], zbRef = new double[n];
        a.secondOrder(z, aFast, d, gbFast, zbFast, n);
        ref.secondOrder(z, aRef, d, gbRef, zbRef, n);
        assertClose(gbRef, gbFast, id + " secondOrder D̄");
        assertClose(zbRef, zbFast, id + " secondOrder Z̄");
        for (int i = 0; i < n; i++) {
            assertEquals(g[i] * d[i] * a.secondDerivative(z[i]), zbRef[i], 1e-15);
        }

        boolean flat = true;
        for (double x : XS) {
            flat &= a.secondDerivative(x) == 0.0;
        }
        assertEquals(flat, a.isPiecewiseLinear(), id + " isPiecewiseLinear");
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-14 * (1 + Math.abs(expected[i])), what + " at " + i);
        }
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
        assertEquals(Math.exp(-1) - 1, Activations.byId("elu").value(-1), 1e-16);
        assertEquals(Math.exp(-2), new Elu().derivative(-2), 1e-16);
        assertEquals(0.5 * (Math.exp(-2) - 1), new Elu(0.5).value(-2), 1e-16);
        assertEquals((Math.exp(2) - Math.exp(-2)) / (Math.exp(2) + Math.exp(-2)), Activations.byId("tanh").value(2), 1e-15);
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
    }

    /** The branch-free ReLU (value and mask) agrees with the definition σ'(x) = [x > 0] on the edge cases of the bit trick. */
    @org.junit.jupiter.api.Test
    void reluMaskHandlesSignedZerosNaNsAndInfinities() {
        double[] z = {-0.0, 0.0, Double.NaN, Double.longBitsToDouble(0xfff8000000000000L), Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, -2.5};
        double[] g = new double[z.length], gBar = new double[z.length], zBar = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            g[i] = gBar[i] = -1.5 - i;
        }
        Activation relu = Activations.byId("relu");
        relu.multiplyDerivative(z, null, g, z.length);
        relu.secondOrder(z, null, null, gBar, zBar, z.length);
        double[] a = new double[z.length];
        relu.apply(z, a, z.length);
        for (int i = 0; i < z.length; i++) {
            double wantA = z[i] > 0 ? z[i] : 0.0;
            org.junit.jupiter.api.Assertions.assertEquals(Double.doubleToRawLongBits(wantA), Double.doubleToRawLongBits(a[i]), "apply, z = " + z[i]);
            double want = z[i] > 0 ? -1.5 - i : 0.0;
            org.junit.jupiter.api.Assertions.assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(g[i]), "z = " + z[i]);
            org.junit.jupiter.api.Assertions.assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(gBar[i]), "z = " + z[i]);
        }
    }
}
