package lab.minimax.gan;

/**
 * Numerically stable scalar pieces of the objective heads (all double precision).
 *
 * <p>softplus(x) = log(1 + eˣ) = max(x, 0) + log1p(e^(−|x|)) never overflows and keeps full
 * relative accuracy on both tails; log σ(x) = −softplus(−x); σ(x) is evaluated with the exponential
 * of a non-positive argument only.
 */
public final class StableMath {
    /** log 2. */
    public static final double LOG2 = Math.log(2.0);

    /**
     * The largest exponent any f-divergence head evaluates: heads whose g_f or f*∘g_f contain
     * e^(±v) clamp their input V so that the exponent stays within ±{@value} (e^40 ≈ 2.4·10¹⁷),
     * hence no loss or gradient overflows (nor, squared, a float accumulator) for any finite V.
     */
    public static final double EXP_ARG_MAX = 40.0;

    private StableMath() {
    }

    /** softplus(x) = log(1 + eˣ). */
    public static double softplus(double x) {
        return Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    /** log σ(x) = −softplus(−x). */
    public static double logSigmoid(double x) {
        return -softplus(-x);
    }

    /** σ(x) = 1 / (1 + e^(−x)), exponentials of non-positive arguments only. */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }

    /** sech²(x) = 1 − tanh²(x) = 4e/(1 + e)² with e = e^(−2|x|), full relative accuracy. */
    public static double sech2(double x) {
        double e = Math.exp(-2.0 * Math.abs(x));
        double d = 1.0 + e;
        return 4.0 * e / (d * d);
    }

    /** x limited to [lo, hi]. */
    public static double clamp(double x, double lo, double hi) {
        return Math.min(Math.max(x, lo), hi);
    }
}
