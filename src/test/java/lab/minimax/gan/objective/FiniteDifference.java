package lab.minimax.gan.objective;

import java.util.function.DoubleUnaryOperator;

/** Centred finite differences for the gradient checks. */
final class FiniteDifference {
    private FiniteDifference() {
    }

    /**
     * The centred five-point derivative (8(h(x+δ) − h(x−δ)) − (h(x+2δ) − h(x−2δ)))/(12δ):
     * truncation error δ⁴h⁽⁵⁾/30, so δ = 1e-3 keeps both truncation and round-off near 1e-12.
     */
    static double derivative(DoubleUnaryOperator h, double x, double delta) {
        double d1 = h.applyAsDouble(x + delta) - h.applyAsDouble(x - delta);
        double d2 = h.applyAsDouble(x + 2 * delta) - h.applyAsDouble(x - 2 * delta);
        return (8 * d1 - d2) / (12 * delta);
    }

    /** |a − b| / max(|a|, |b|), 0 when both are 0. */
    static double relativeError(double a, double b) {
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return scale == 0 ? 0 : Math.abs(a - b) / scale;
    }
}
