package lab.minimax.nn;

/**
 * exp, expm1 and tanh in our own fixed code, so that a run's bits depend only on this code, never
 * on {@code Math}'s intrinsics or the platform's libm: double arithmetic only (+, ×, exact
 * {@code Math.rint} and {@code Math.scalb}), accurate to a few units in the last place of a double
 * (≤ 1e-14 relative), far below float32's 6e-8. Used by the float32 activations' hot loops; the
 * double scalar definitions in the activations use {@code StrictMath}.
 *
 * <pre>
 *   exp(x)   = 2ⁿ · e^r,   n = rint(x / ln 2), r = x − n·ln 2 (ln 2 in two parts), |r| ≤ ½ ln 2,
 *              e^r by its Taylor series to r¹³/13! (remainder &lt; 3e-16·e^r)
 *   expm1(x) = the same series without its 1 for |x| ≤ ½ ln 2, else exp(x) − 1
 *   tanh(x)  = sign(x) · (−u / (u + 2)),  u = expm1(−2|x|)
 * </pre>
 */
public final class FixedMath {
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double HALF_LN2 = 0.34657359027997264;

    private FixedMath() {
    }

    /** e^x; +∞ above ~709.78, 0 below ~−745, NaN for NaN. */
    public static double exp(double x) {
        if (!(x == x)) {
            return x;
        }
        if (x > 709.782712893384) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -745.2) {
            return 0.0;
        }
        double n = Math.rint(x * INV_LN2);
        double r = (x - n * LN2_HI) - n * LN2_LO;
        return scale(1.0 + series(r), (int) n);
    }

    /**
     * m·2ⁿ for m = e^r ∈ [0.7, 1.5): for −1021 ≤ n ≤ 1022 the product with the normal double 2ⁿ
     * (built from its exponent bits) is normal, hence exact, and equals {@code Math.scalb(m, n)};
     * outside that range (a subnormal or infinite result, rounded once) it is {@code Math.scalb}.
     */
    private static double scale(double m, int n) {
        if (n >= -1021 && n <= 1022) {
            return m * Double.longBitsToDouble((long) (n + 1023) << 52);
        }
        return Math.scalb(m, n);
    }

    /** eˣ − 1, accurate near 0. */
    public static double expm1(double x) {
        if (Math.abs(x) <= HALF_LN2) {
            return series(x);
        }
        if (x < -40) {
            return -1.0;
        }
        return exp(x) - 1.0;
    }

    /** tanh x; ±1 beyond |x| &gt; 22 (where tanh rounds to ±1 in double), NaN for NaN. */
    public static double tanh(double x) {
        double ax = Math.abs(x);
        if (ax > 22) {
            return Math.copySign(1.0, x);
        }
        // tanh|x| = −u / (u + 2), u = e^{−2|x|} − 1
        double u = expm1(-2 * ax);
        return Math.copySign(-u / (u + 2), x);
    }

    /** e^r − 1 = r + r²/2! + … + r¹³/13! by Horner, |r| ≤ ½ ln 2. */
    private static double series(double r) {
        double p = 1.0 / 6227020800.0;          // 1/13!
        p = p * r + 1.0 / 479001600.0;          // 1/12!
        p = p * r + 1.0 / 39916800.0;           // 1/11!
        p = p * r + 1.0 / 3628800.0;            // 1/10!
        p = p * r + 1.0 / 362880.0;             // 1/9!
        p = p * r + 1.0 / 40320.0;              // 1/8!
        p = p * r + 1.0 / 5040.0;               // 1/7!
        p = p * r + 1.0 / 720.0;                // 1/6!
        p = p * r + 1.0 / 120.0;                // 1/5!
        p = p * r + 1.0 / 24.0;                 // 1/4!
        p = p * r + 1.0 / 6.0;                  // 1/3!
        p = p * r + 0.5;                        // 1/2!
        p = p * r + 1.0;
        return p * r;
    }
}
