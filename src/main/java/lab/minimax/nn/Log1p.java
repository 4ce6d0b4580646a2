package lab.minimax.nn;

/**
 * log(1 + x) by fdlibm 5.3's algorithm (Sun Microsystems, 1993: "Permission to use, copy, modify,
 * and distribute this software is freely granted, provided that this notice is preserved"),
 * written out in Java: the same bits as {@code StrictMath.log1p}, which on JDK 17 is the same
 * algorithm behind a JNI call that costs more than the arithmetic (the objective heads call it for
 * every row of every step). {@code Log1pTest} compares the two bit for bit.
 *
 * <pre>
 *   1 + x = 2ᵏ·(1 + f), √2/2 &lt; 1 + f &lt; √2, c the rounding error of 1 + x (relative to it)
 *   log(1 + x) = k·ln2_hi + (f − (hfsq − (s·(hfsq + R) + (k·ln2_lo + c))))
 *   hfsq = f²/2, s = f/(2 + f), R = z·(Lp1 + z·(Lp2 + … + z·Lp7)), z = s²
 * </pre>
 */
public final class Log1p {
    private static final double LN2_HI = 6.93147180369123816490e-01; // 3fe62e42 fee00000
    private static final double LN2_LO = 1.90821492927058770002e-10; // 3dea39ef 35793c76
    private static final double TWO54 = 1.80143985094819840000e+16;  // 43500000 00000000
    private static final double LP1 = 6.666666666666735130e-01;      // 3FE55555 55555593
    private static final double LP2 = 3.999999999940941908e-01;      // 3FD99999 9997FA04
    private static final double LP3 = 2.857142874366239149e-01;      // 3FD24924 94229359
    private static final double LP4 = 2.222219843214978396e-01;      // 3FCC71C5 1D8E78AF
    private static final double LP5 = 1.818357216161805012e-01;      // 3FC74664 96CB03DE
    private static final double LP6 = 1.531383769920937332e-01;      // 3FC39A09 D078C69F
    private static final double LP7 = 1.479819860511658591e-01;      // 3FC2F112 DF3E5244

    private Log1p() {
    }

    private static int hi(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    /** x with its high 32 bits replaced. */
    private static double withHi(double x, int hi) {
        long bits = Double.doubleToRawLongBits(x);
        return Double.longBitsToDouble(((long) hi << 32) | (bits & 0xFFFF_FFFFL));
    }

    /** log(1 + x): −∞ at −1, NaN below −1 and for NaN, x itself for |x| &lt; 2⁻⁵⁴. */
    public static double log1p(double x) {
        final int hx = hi(x);
        final int ax = hx & 0x7fffffff;
        int k = 1;
        int hu = 0;
        double f = 0;
        double c = 0;
        if (hx < 0x3FDA827A) {                       // x < 0.41422
            if (ax >= 0x3ff00000) {                  // x ≤ −1
                if (x == -1.0) {
                    return Double.NEGATIVE_INFINITY;
                }
                return Double.NaN;
            }
            if (ax < 0x3e200000) {                   // |x| < 2⁻²⁹
                if (TWO54 + x > 0 && ax < 0x3c900000) { // |x| < 2⁻⁵⁴
                    return x;
                }
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= 0xbfd2bec3) {        // −0.2929 < x < 0.41422
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        if (k != 0) {
            double u;
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // the rounding error of 1 + x
                c /= u;
            } else {
                u = x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) {
                u = withHi(u, hu | 0x3ff00000);       // normalise u
            } else {
                k += 1;
                u = withHi(u, hu | 0x3fe00000);       // normalise u/2
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        final double hfsq = 0.5 * f * f;
        if (hu == 0) {                               // |f| < 2⁻²⁰
            if (f == 0) {
                if (k == 0) {
                    return 0;
                }
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            double r = hfsq * (1.0 - 0.66666666666666666 * f);
            if (k == 0) {
                return f - r;
            }
            return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        final double s = f / (2.0 + f);
        final double z = s * s;
        final double r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
        if (k == 0) {
            return f - (hfsq - s * (hfsq + r));
        }
        return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }
}
