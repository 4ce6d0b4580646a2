package lab.minimax.distribution;

/**
 * The standard normal distribution in double precision: φ, Φ, the upper tail 1 − Φ, their logs,
 * Φ⁻¹ and erfc. erfc is evaluated by the all-positive series of erf for x &lt; 2 and by the Laplace
 * continued fraction (modified Lentz) for x ≥ 2, so the tails keep their relative accuracy
 * (about 1e-14) down to the smallest doubles.
 */
public final class Normal {
    private Normal() {
    }

    /** √(2π). */
    public static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    /** log √(2π). */
    public static final double LOG_SQRT_2PI = 0.5 * StrictMath.log(2 * Math.PI);
    private static final double SQRT2 = Math.sqrt(2);
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
    private static final double LOG_SQRT_PI = 0.5 * StrictMath.log(Math.PI);

    /** φ(z) = e^(−z²/2)/√(2π). */
    public static double pdf(double z) {
        return StrictMath.exp(-0.5 * z * z) / SQRT_2PI;
    }

    /** log φ(z). */
    public static double logPdf(double z) {
        return -0.5 * z * z - LOG_SQRT_2PI;
    }

    /** Φ(z) = ½ erfc(−z/√2), accurate in relative terms in the lower tail. */
    public static double cdf(double z) {
        return 0.5 * erfc(-z / SQRT2);
    }

    /** 1 − Φ(z) = Φ(−z), accurate in relative terms in the upper tail. */
    public static double sf(double z) {
        return 0.5 * erfc(z / SQRT2);
    }

    /** log(1 − Φ(z)), finite for every finite z (no underflow in the far upper tail). */
    public static double logSf(double z) {
        double x = z / SQRT2;
        if (x < 2) {
            return StrictMath.log(0.5 * erfc(x));
        }
        return StrictMath.log(0.5) + logErfcLarge(x);
    }

    /** log Φ(z), finite for every finite z. */
    public static double logCdf(double z) {
        return logSf(-z);
    }

    /** erfc(x) = 1 − erf(x). */
    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < 0) {
            return 2 - erfc(-x);
        }
        if (x < 2) {
            return 1 - erfSeries(x);
        }
        if (x > 27.3) {
            return 0; // erfc(27.3) < 1e-325: below the smallest double
        }
        return StrictMath.exp(logErfcLarge(x));
    }

    /**
     * erf(x) = (2/√π) x e^(−x²) Σ_{n≥0} (2x²)ⁿ / (1·3·…·(2n+1)), every term positive (no
     * cancellation); used for 0 ≤ x &lt; 2.
     */
    private static double erfSeries(double x) {
        double x2 = 2 * x * x;
        double term = 1;
        double sum = 1;
        for (int n = 1; n < 200; n++) {
            term *= x2 / (2 * n + 1);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return TWO_OVER_SQRT_PI * x * StrictMath.exp(-x * x) * sum;
    }

    /**
     * log erfc(x) for x ≥ 2 from erfc(x) = e^(−x²)/√π · 1/g,
     * g = x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …)))) (modified Lentz).
     */
    private static double logErfcLarge(double x) {
        final double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0;
        for (int k = 1; k < 5000; k++) {
            double a = 0.5 * k;
            d = x + a * d;
            if (d == 0) {
                d = tiny;
            }
            c = x + a / c;
            if (c == 0) {
                c = tiny;
            }
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return -x * x - LOG_SQRT_PI - StrictMath.log(f);
    }

    /**
     * Φ⁻¹(u): Acklam's rational approximation (relative error about 1e-9) refined by Halley steps
     * on the accurate Φ. Returns −∞ / +∞ at u = 0 / 1 and NaN outside [0, 1].
     */
    public static double quantile(double u) {
        if (!(u > 0 && u < 1)) {
            return Normal.quantileOutside(u);
        }
        if (u > 0.5) {
            return -quantile(1 - u);
        }
        double x = acklam(u);
        for (int it = 0; it < 3; it++) {
            // Halley: e = Φ(x) − u, t = e/φ(x), x ← x − t/(1 + x t/2)
            double e = cdf(x) - u;
            double t = e * SQRT_2PI * StrictMath.exp(0.5 * x * x);
            if (!Double.isFinite(t)) {
                break; // subnormal u: φ(x) underflows, keep the approximation
            }
            x -= t / (1 + 0.5 * x * t);
        }
        return x;
    }

    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02,
            -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02,
            -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01,
            -2.400758277161838e+00, -2.549671010319236e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01,
            2.445134137142996e+00, 3.754408661907416e+00};

    /** Acklam's initial guess for 0 &lt; u ≤ 0.5. */
    private static double acklam(double u) {
        if (u < 0.02425) {
            double q = Math.sqrt(-2 * StrictMath.log(u));
            return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        double q = u - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }

    /** A quantile function's value off (0, 1): −∞ at u = 0, +∞ at u = 1, NaN outside [0, 1] and at NaN. */
    static double quantileOutside(double u) {
        return u == 0 ? Double.NEGATIVE_INFINITY : u == 1 ? Double.POSITIVE_INFINITY : Double.NaN;
    }
}
