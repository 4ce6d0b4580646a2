package lab.minimax.gan.objective;

import static lab.minimax.gan.objective.HighPrecision.LN2;
import static lab.minimax.gan.objective.HighPrecision.MC;
import static lab.minimax.gan.objective.HighPrecision.ONE;
import static lab.minimax.gan.objective.HighPrecision.TWO;
import static lab.minimax.gan.objective.HighPrecision.exp;
import static lab.minimax.gan.objective.HighPrecision.log;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lab.minimax.experiment.Divergence;

/**
 * The f-GAN table written the textbook way (Nowozin et al. 2016, Table 6), independently of the
 * stable forms under test: g_f and f* as plain formulas in double ("naive") and in BigDecimal
 * (the high-precision oracle), the optimal critic V* in closed form, the limits f(0⁺) and
 * lim f(u)/u, the top of g_f's range, the heads' clamps and the reference value of D_f.
 * Every f-divergence test reads its row here: a new f-divergence adds one case to each switch.
 */
public final class TextbookForms {
    private TextbookForms() {
    }

    /** Every f-divergence, from the factory. */
    static List<FDivergence> divergences() {
        return Arrays.stream(Divergence.values()).map(Objectives::fDivergence).flatMap(Optional::stream).toList();
    }

    /** g_f(v), naive double. */
    static double g(Divergence d, double v) {
        return switch (d) {
            case TV -> 0.5 * Math.tanh(v);
            case KL, PEARSON -> v;
            case REVERSE_KL -> -Math.exp(-v);
            case NEYMAN, HELLINGER -> 1 - Math.exp(-v);
            case JS -> Math.log(2) - Math.log(1 + Math.exp(-v));
            case GAN -> -Math.log(1 + Math.exp(-v));
            default -> throw new IllegalArgumentException(d.id());
        };
    }

    /** f*(t), naive double. */
    static double conjugate(Divergence d, double t) {
        return switch (d) {
            case TV -> t;
            case KL -> Math.exp(t - 1);
            case REVERSE_KL -> -1 - Math.log(-t);
            case PEARSON -> t * t / 4 + t;
            case NEYMAN -> 2 - 2 * Math.sqrt(1 - t);
            case HELLINGER -> t / (1 - t);
            case JS -> -Math.log(2 - Math.exp(t));
            case GAN -> -Math.log(1 - Math.exp(t));
            default -> throw new IllegalArgumentException(d.id());
        };
    }

    /** g_f(v) in 160-digit arithmetic. */
    static BigDecimal gExact(Divergence d, BigDecimal v) {
        return switch (d) {
            case TV -> HighPrecision.tanh(v).divide(TWO, MC);
            case KL, PEARSON -> v;
            case REVERSE_KL -> exp(v.negate()).negate();
            case NEYMAN, HELLINGER -> ONE.subtract(exp(v.negate()), MC);
            case JS -> LN2.subtract(log(ONE.add(exp(v.negate()), MC)), MC);
            case GAN -> log(ONE.add(exp(v.negate()), MC)).negate();
            default -> throw new IllegalArgumentException(d.id());
        };
    }

    /** f*(t) in 160-digit arithmetic. */
    static BigDecimal conjugateExact(Divergence d, BigDecimal t) {
        return switch (d) {
            case TV -> t;
            case KL -> exp(t.subtract(ONE, MC));
            case REVERSE_KL -> ONE.negate().subtract(log(t.negate()), MC);
            case PEARSON -> t.multiply(t, MC).divide(BigDecimal.valueOf(4), MC).add(t, MC);
            case NEYMAN -> TWO.subtract(TWO.multiply(HighPrecision.sqrt(ONE.subtract(t, MC)), MC), MC);
            case HELLINGER -> t.divide(ONE.subtract(t, MC), MC);
            case JS -> log(TWO.subtract(exp(t), MC)).negate();
            case GAN -> log(ONE.subtract(exp(t), MC)).negate();
            default -> throw new IllegalArgumentException(d.id());
        };
    }

    /**
     * f(u) in 160-digit arithmetic. The GAN row is written −u·log1p(1/u) − log1p(u) (the same
     * function as u log u − (u + 1) log(u + 1)), so that neither 1 + u nor 1 + 1/u rounds away
     * a term at the ends of the double range.
     */
    static BigDecimal fExact(Divergence d, BigDecimal u) {
        return switch (d) {
            case TV -> u.subtract(ONE, MC).abs().divide(TWO, MC);
            case KL -> u.multiply(log(u), MC);
            case REVERSE_KL -> log(u).negate();
            case PEARSON -> u.subtract(ONE, MC).pow(2, MC);
            case NEYMAN -> ONE.subtract(u, MC).pow(2, MC).divide(u, MC);
            case HELLINGER -> HighPrecision.sqrt(u).subtract(ONE, MC).pow(2, MC);
            case JS -> fExact(Divergence.GAN, u).add(u.add(ONE, MC).multiply(LN2, MC), MC);
            case GAN -> u.multiply(HighPrecision.log1p(ONE.divide(u, MC)), MC).add(HighPrecision.log1p(u), MC).negate();
            default -> throw new IllegalArgumentException(d.id());
        };
    }

    /** f'(u) in 160-digit arithmetic (TV: ½ sign(u − 1), 0 at u = 1). */
    static BigDecimal fPrimeExact(Divergence d, BigDecimal u) {
        return switch (d) {
            case TV -> BigDecimal.valueOf(u.compareTo(ONE)).divide(TWO, MC);
            case KL -> ONE.add(log(u), MC);
            case REVERSE_KL -> ONE.divide(u, MC).negate();
            case PEARSON -> TWO.multiply(u.subtract(ONE, MC), MC);
            case NEYMAN -> ONE.subtract(ONE.divide(u.multiply(u, MC), MC), MC);
            case HELLINGER -> ONE.subtract(ONE.divide(HighPrecision.sqrt(u), MC), MC);
            case JS -> LN2.subtract(HighPrecision.log1p(ONE.divide(u, MC)), MC);
            case GAN -> HighPrecision.log1p(ONE.divide(u, MC)).negate();
            default -> throw new IllegalArgumentException(d.id());
        };
    }

    /** V* = g_f⁻¹(f'(u)) solved by hand for each row. */
    static double optimalCritic(Divergence d, double u) {
        return switch (d) {
            case TV -> u == 1 ? 0 : Math.signum(u - 1) * Double.POSITIVE_INFINITY;
            case KL -> 1 + Math.log(u);
            case REVERSE_KL, JS, GAN -> Math.log(u);
            case PEARSON -> 2 * (u - 1);
            case NEYMAN -> 2 * Math.log(u);
            case HELLINGER -> 0.5 * Math.log(u);
            default -> throw new IllegalArgumentException(d.id());
        };
    }

    /** f(0⁺); null for +∞. */
    static BigDecimal fAtZero(Divergence d) {
        return switch (d) {
            case KL, GAN -> BigDecimal.ZERO;
            case REVERSE_KL, NEYMAN -> null;
            case PEARSON, HELLINGER -> BigDecimal.ONE;
            case TV -> new BigDecimal("0.5");
            case JS -> LN2;
            default -> throw new IllegalArgumentException(d.id());
        };
    }

    /** lim_{u→∞} f(u)/u; null for +∞. */
    static BigDecimal slopeAtInfinity(Divergence d) {
        return switch (d) {
            case KL, PEARSON -> null;
            case REVERSE_KL, GAN -> BigDecimal.ZERO;
            case NEYMAN, HELLINGER -> BigDecimal.ONE;
            case TV -> new BigDecimal("0.5");
            case JS -> LN2;
            default -> throw new IllegalArgumentException(d.id());
        };
    }

    /**
     * The reference value of D_f(p ‖ q) (4 decimals) on p = N(0, 1), q = N(1, 1.2²); for
     * Neyman χ² on the swapped pair ({@link GaussianPair#forDivergence}).
     */
    public static double reference(Divergence d) {
        return switch (d) {
            case TV -> 0.3569;
            case KL -> 0.3768;
            case REVERSE_KL -> 0.5377;
            case PEARSON, NEYMAN -> 0.7877;
            case HELLINGER -> 0.2096;
            case JS -> 0.1967;
            case GAN -> -1.1896;
            default -> throw new IllegalArgumentException(d.id());
        };
    }

    /**
     * The top of g_f's range, where g_f⁻¹ reaches +∞ and beyond which f* is +∞; NaN where the
     * range is unbounded above.
     */
    static double gTop(Divergence d) {
        return switch (d) {
            case TV -> 0.5;
            case REVERSE_KL, GAN -> 0.0;
            case NEYMAN, HELLINGER -> 1.0;
            case JS -> Math.log(2);
            default -> Double.NaN;
        };
    }

    /**
     * The documented clamp {vMin, vMax} of the stable head (exponents within ±EXP_ARG_MAX), the
     * whole line for the heads that need none.
     */
    static double[] clamp(Divergence d) {
        double e = StableMath.EXP_ARG_MAX;
        return switch (d) {
            case KL -> new double[] {Double.NEGATIVE_INFINITY, 1 + e};
            case REVERSE_KL, NEYMAN -> new double[] {-e, Double.POSITIVE_INFINITY};
            case HELLINGER -> new double[] {-e, e};
            default -> new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        };
    }
}
