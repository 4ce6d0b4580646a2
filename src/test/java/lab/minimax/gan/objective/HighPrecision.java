package lab.minimax.gan.objective;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An independent high-precision evaluator for the test oracles: BigDecimal with 160 significant
 * digits, exp by halving + Taylor series + repeated squaring, log by Halley's iteration on that
 * exp. Why so many: the textbook compositions cancel up to ~44 digits at |v| = 100 (e.g.
 * 1 − (1 − e^(−100))), repeated squaring loses ~5 more, and the derivative oracle, a centred
 * difference with δ = 1e-30, resolves differences down to ~1e-117 (TV: sech²(100) ≈ 5e-87 times δ);
 * 160 digits leave well over 16 correct digits after all of it.
 */
final class HighPrecision {
    static final MathContext MC = new MathContext(160, RoundingMode.HALF_EVEN);
    static final BigDecimal ONE = BigDecimal.ONE;
    static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal TERM_EPS = new BigDecimal("1e-170");
    private static final BigDecimal HALVING_LIMIT = new BigDecimal("1e-5");
    private static final BigDecimal[] INVERSE_FACTORIALS = inverseFactorials(120);
    private static final BigDecimal LN10 = logNewton(BigDecimal.TEN, Math.log(10));
    static final BigDecimal LN2 = log(TWO);

    private HighPrecision() {
    }

    private static BigDecimal[] inverseFactorials(int n) {
        BigDecimal[] out = new BigDecimal[n];
        out[0] = ONE;
        for (int k = 1; k < n; k++) {
            out[k] = out[k - 1].divide(BigDecimal.valueOf(k), MC);
        }
        return out;
    }

    static BigDecimal of(double x) {
        return new BigDecimal(x);
    }

    /** eˣ. */
    static BigDecimal exp(BigDecimal x) {
        if (x.signum() < 0) {
            return ONE.divide(exp(x.negate()), MC);
        }
        // e^x = (e^(x/2^k))^(2^k) with x/2^k ≤ 1e-5
        int k = 0;
        BigDecimal r = x;
        while (r.compareTo(HALVING_LIMIT) > 0) {
            r = r.multiply(HALF, MC);
            k++;
        }
        // Taylor: Σ rⁿ/n!, with the 1/n! precomputed (no division in the loop)
        BigDecimal sum = ONE;
        BigDecimal power = ONE;
        for (int n = 1; n < INVERSE_FACTORIALS.length; n++) {
            power = power.multiply(r, MC);
            BigDecimal term = power.multiply(INVERSE_FACTORIALS[n], MC);
            sum = sum.add(term, MC);
            if (term.abs().compareTo(TERM_EPS) < 0) {
                break;
            }
        }
        for (int i = 0; i < k; i++) {
            sum = sum.multiply(sum, MC);
        }
        return sum;
    }

    /** log x for x &gt; 0: x = m·10^e with m ∈ [1, 10), log m by Halley's iteration. */
    static BigDecimal log(BigDecimal x) {
        if (x.signum() <= 0) {
            throw new ArithmeticException("log of " + x);
        }
        int e = x.precision() - x.scale() - 1;
        BigDecimal m = x.movePointLeft(e);
        BigDecimal logM = logNewton(m, Math.log(m.doubleValue()));
        return logM.add(LN10.multiply(BigDecimal.valueOf(e), MC), MC);
    }

    /** Halley's iteration y ← y + 2(x − eʸ)/(x + eʸ) from the double estimate y0. */
    private static BigDecimal logNewton(BigDecimal x, double y0) {
        BigDecimal y = new BigDecimal(y0);
        for (int i = 0; i < 40; i++) {
            BigDecimal ey = exp(y);
            BigDecimal step = TWO.multiply(x.subtract(ey, MC), MC).divide(x.add(ey, MC), MC);
            y = y.add(step, MC);
            if (step.abs().compareTo(new BigDecimal("1e-158")) < 0) {
                break;
            }
        }
        return y;
    }

    /** log(1 + x) for x &gt; −1; the series x − x²/2 + x³/3 below 1e-40 in size, where 1 + x would round to 1. */
    static BigDecimal log1p(BigDecimal x) {
        if (x.abs().compareTo(new BigDecimal("1e-40")) < 0) {
            BigDecimal x2 = x.multiply(x, MC);
            return x.subtract(x2.divide(TWO, MC), MC).add(x2.multiply(x, MC).divide(BigDecimal.valueOf(3), MC), MC);
        }
        return log(ONE.add(x, MC));
    }

    static BigDecimal sqrt(BigDecimal x) {
        return x.sqrt(MC);
    }

    /** softplus(x) = log(1 + eˣ), textbook. */
    static BigDecimal softplus(BigDecimal x) {
        return log(ONE.add(exp(x), MC));
    }

    /** σ(x) = 1/(1 + e^(−x)), textbook. */
    static BigDecimal sigmoid(BigDecimal x) {
        return ONE.divide(ONE.add(exp(x.negate()), MC), MC);
    }

    /** tanh x = (e^(2x) − 1)/(e^(2x) + 1), textbook. */
    static BigDecimal tanh(BigDecimal x) {
        BigDecimal e2 = exp(x.multiply(TWO, MC));
        return e2.subtract(ONE, MC).divide(e2.add(ONE, MC), MC);
    }

    /**
     * Relative error |approx − exact|/|exact| evaluated in BigDecimal; when the exact value is
     * below 1e-140 in size (zero to this precision) the absolute error is returned instead.
     */
    static double relativeError(double approx, BigDecimal exact) {
        BigDecimal diff = of(approx).subtract(exact, MC).abs();
        if (exact.abs().compareTo(new BigDecimal("1e-140")) < 0) {
            return diff.doubleValue();
        }
        return diff.divide(exact.abs(), MC).doubleValue();
    }
}
