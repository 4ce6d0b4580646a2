package lab.minimax.random;

import java.util.function.DoubleUnaryOperator;

/**
 * The tables of a 256-layer ziggurat (Marsaglia and Tsang 2000, "The ziggurat method for
 * generating random variables") for a decreasing density f on [0, ∞) with f(0) = 1, computed at
 * class initialisation with StrictMath only, so they are the same bits on every JVM.
 * <p>
 * Layers i = 0 … 255 all have area v. Layer 0 is the base: the rectangle [0, r] × [0, f(r)] plus
 * the tail beyond r, so v = r·f(r) + ∫_r^∞ f; it is drawn as a box of width x₀ = v/f(r). Layer
 * i ≥ 1 is the box [0, xᵢ] × [f(xᵢ), f(xᵢ₊₁)] with x₁ = r and xᵢ₊₁ = f⁻¹(f(xᵢ) + v/xᵢ); the top
 * layer ends at x₂₅₆ = 0, f = 1. The tail start r is found by bisection so that the recursion
 * closes there: f(x₂₅₅) + v/x₂₅₅ = 1.
 * <p>
 * A draw picks a layer i and u ∈ [0, 1); x = u·xᵢ is accepted at once if x &lt; xᵢ₊₁ (the
 * samplers turn this into an integer test on the random bits); otherwise layer 0 goes to the
 * tail and layer i ≥ 1 accepts x if y = f(xᵢ) + u'·(f(xᵢ₊₁) − f(xᵢ)) &lt; f(x).
 */
final class Ziggurat {
    static final int LAYERS = 256;

    /** Where the tail begins. */
    final double r;
    /** The area of each layer. */
    final double v;
    /** x[0] = v/f(r), x[1] = r, …, x[256] = 0. */
    final double[] x = new double[LAYERS + 1];
    /** f[i] = f(x[i]) for i ≥ 1, f[256] = 1; f[0] = f(r) (layer 0 has no wedge). */
    final double[] f = new double[LAYERS + 1];

    /**
     * @param density     f, decreasing on [0, ∞), f(0) = 1
     * @param inverse     f⁻¹ on (0, 1]
     * @param tailArea    r ↦ ∫_r^∞ f
     * @param lo          a tail start for which the layers overshoot the top (r too small)
     * @param hi          a tail start for which they fall short of it (r too large)
     */
    Ziggurat(DoubleUnaryOperator density, DoubleUnaryOperator inverse, DoubleUnaryOperator tailArea,
             double lo, double hi) {
        if (!(closure(density, inverse, tailArea, lo) > 0 && closure(density, inverse, tailArea, hi) < 0)) {
            throw new IllegalStateException("the tail start is not bracketed by [" + lo + ", " + hi + "]");
        }
        double mid = 0.5 * (lo + hi);
        while (lo < mid && mid < hi) {
            if (closure(density, inverse, tailArea, mid) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
            mid = 0.5 * (lo + hi);
        }
        r = hi;
        v = layers(density, inverse, tailArea, r, x, f);
        x[LAYERS] = 0;
        f[LAYERS] = 1;
    }

    /**
     * f(x₂₅₅) + v/x₂₅₅ − 1 for the tail start r: positive when the layers overshoot the top
     * (r too small, v too large), negative when they fall short (r too large).
     */
    private static double closure(DoubleUnaryOperator density, DoubleUnaryOperator inverse,
                                  DoubleUnaryOperator tailArea, double r) {
        double[] x = new double[LAYERS + 1];
        double[] f = new double[LAYERS + 1];
        double v = layers(density, inverse, tailArea, r, x, f);
        if (Double.isNaN(v)) {
            return 1;
        }
        return f[LAYERS - 1] + v / x[LAYERS - 1] - 1;
    }

    /** Fills x[0..255], f[0..255] for the tail start r; returns v, or NaN if a layer passes the top early. */
    private static double layers(DoubleUnaryOperator density, DoubleUnaryOperator inverse,
                                 DoubleUnaryOperator tailArea, double r, double[] x, double[] f) {
        double fr = density.applyAsDouble(r);
        double v = r * fr + tailArea.applyAsDouble(r);
        x[0] = v / fr;
        f[0] = fr;
        x[1] = r;
        f[1] = fr;
        for (int i = 1; i < LAYERS - 1; i++) {
            // xᵢ₊₁ = f⁻¹(f(xᵢ) + v/xᵢ): the next layer's box has area v
            double y = f[i] + v / x[i];
            if (y >= 1) {
                return Double.NaN;
            }
            x[i + 1] = inverse.applyAsDouble(y);
            f[i + 1] = density.applyAsDouble(x[i + 1]);
        }
        return v;
    }

    /**
     * The fast path's bounds for a bits-wide integer magnitude n whose cell starts at n + offset:
     * k[i] = ⌊2^bits·x[i+1]/x[i] − offset⌋, so n &lt; k[i] puts (n + offset)·2^−bits·x[i] below x[i+1].
     */
    long[] acceptBelow(int bits, double offset) {
        double scale = StrictMath.scalb(1.0, bits);
        long[] k = new long[LAYERS];
        for (int i = 0; i < LAYERS; i++) {
            k[i] = (long) StrictMath.floor(scale * (x[i + 1] / x[i]) - offset);
        }
        return k;
    }

    /** The cell widths w[i] = x[i]·2^−bits of a bits-wide integer. */
    double[] cellWidths(int bits) {
        double scale = StrictMath.scalb(1.0, -bits);
        double[] w = new double[LAYERS];
        for (int i = 0; i < LAYERS; i++) {
            w[i] = x[i] * scale;
        }
        return w;
    }
}
