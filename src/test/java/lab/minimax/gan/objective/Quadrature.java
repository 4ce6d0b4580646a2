package lab.minimax.gan.objective;

import java.util.function.DoubleUnaryOperator;

/** Composite Simpson quadrature for the test oracles. */
final class Quadrature {
    private Quadrature() {
    }

    /** ∫_a^b h(x) dx by composite Simpson with n (even) intervals; error O(h⁴) for smooth h. */
    static double simpson(DoubleUnaryOperator h, double a, double b, int n) {
        if (n % 2 != 0) {
            throw new IllegalArgumentException("n must be even, got " + n);
        }
        double step = (b - a) / n;
        double sum = h.applyAsDouble(a) + h.applyAsDouble(b);
        for (int i = 1; i < n; i++) {
            double x = a + i * step;
            sum += (i % 2 == 1 ? 4.0 : 2.0) * h.applyAsDouble(x);
        }
        return sum * step / 3.0;
    }
}
