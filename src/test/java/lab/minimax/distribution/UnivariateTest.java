package lab.minimax.distribution;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** cdf, quantile, mean and partial mean of the 1D targets against quadrature of the density. */
class UnivariateTest {
    static Stream<Target> targets() {
        return Fixtures.all().stream().filter(t -> t instanceof Univariate);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void cdfDifferencesAreIntegralsOfTheDensity(Target t) {
        Univariate u = (Univariate) t;
        Box b = t.box();
        double[] x = new double[1];
        double lo = b.lo()[0];
        double hi = b.hi()[0];
        for (int i = 1; i < 10; i++) {
            double a = lo + (hi - lo) * (i - 1) / 9;
            double c = lo + (hi - lo) * i / 9;
            double q = Quadrature.integrate(v -> {
                x[0] = v;
                return t.density(x, 0);
            }, a, c, 4000, Fixtures.breaks(t));
            assertEquals(q, u.cdf(c) - u.cdf(a), 1e-10, t.name() + " on [" + a + ", " + c + "]");
            double m = Quadrature.integrate(v -> {
                x[0] = v;
                return v * t.density(x, 0);
            }, a, c, 4000, Fixtures.breaks(t));
            assertEquals(m, u.partialMean(c) - u.partialMean(a), 1e-9, t.name() + " partial mean");
        }
        // limits: F → 0 / 1, M → 0 / E[X] across the box (tail mass ≤ 1e-6)
        assertEquals(0, u.cdf(lo), 2e-6);
        assertEquals(1, u.cdf(hi), 2e-6);
        double mean = Quadrature.integrate(v -> {
            x[0] = v;
            return v * t.density(x, 0);
        }, lo - 10 * (hi - lo), hi + 10 * (hi - lo), 200000, Fixtures.breaks(t));
        assertEquals(mean, u.mean(), 1e-8, t.name() + " mean");
        assertEquals(u.mean(), u.partialMean(hi + 10 * (hi - lo)), 1e-9);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void quantileInvertsCdf(Target t) {
        Univariate u = (Univariate) t;
        for (double p = 0.0005; p < 1; p += 0.0137) {
            double q = u.quantile(p);
            assertEquals(p, u.cdf(q), 1e-12, t.name() + " F(Q(" + p + "))");
        }
    }
}
