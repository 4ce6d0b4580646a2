package lab.minimax.distribution;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every target's density integrates to 1 over its box, and its log density agrees with it. */
class TargetDensityTest {
    static Stream<Target> targets() {
        return Fixtures.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void densityIntegratesToOneOnItsBox(Target t) {
        Box b = t.box();
        double mass;
        if (t.dim() == 1) {
            double[] x = new double[1];
            mass = Quadrature.integrate(v -> {
                x[0] = v;
                return t.density(x, 0);
            }, b.lo()[0], b.hi()[0], 20000, Fixtures.breaks(t));
        } else {
            double side = Math.max(b.hi()[0] - b.lo()[0], b.hi()[1] - b.lo()[1]);
            int panels = (int) Math.ceil(side / (1.5 * Fixtures.scale(t)));
            double[] x = new double[2];
            mass = Quadrature.integrate2((u, v) -> {
                x[0] = u;
                x[1] = v;
                return t.density(x, 0);
            }, b.lo()[0], b.hi()[0], b.lo()[1], b.hi()[1], panels);
        }
        // tail mass outside the box is at most ~1e-6 by construction (5σ, e^−14)
        assertEquals(1, mass, 1e-5, t.name());
        assertTrue(mass <= 1 + 1e-9, t.name() + " mass " + mass);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void logDensityMatchesDensityAndStaysFiniteFarAway(Target t) {
        Box b = t.box();
        double[] x = new double[t.dim()];
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            for (int d = 0; d < t.dim(); d++) {
                x[d] = b.lo()[d] + (b.hi()[d] - b.lo()[d]) * r.nextDouble();
            }
            double p = t.density(x, 0);
            double l = Targets.logDensity(t, x, 0);
            if (p > 1e-250) {
                assertEquals(Math.log(p), l, 1e-9 * Math.max(1, Math.abs(l)), t.name());
            } else if (p == 0 && l == Double.NEGATIVE_INFINITY) {
                continue; // outside a bounded support
            }
            assertTrue(!Double.isNaN(l), t.name());
        }
        // far outside the box: density may underflow, the log stays finite (unbounded supports)
        for (int d = 0; d < t.dim(); d++) {
            x[d] = b.hi()[d] + 40 * (b.hi()[d] - b.lo()[d]);
        }
        double l = Targets.logDensity(t, x, 0);
        boolean bounded = t instanceof UniformTarget;
        assertTrue(bounded ? l == Double.NEGATIVE_INFINITY : Double.isFinite(l), t.name() + " far log " + l);
    }
}
