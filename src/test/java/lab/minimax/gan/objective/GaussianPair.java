package lab.minimax.gan.objective;

import java.util.function.DoubleUnaryOperator;
import lab.minimax.distribution.Quadrature;

/**
 * Two exact 1D normal densities p = N(μp, σp²) (the data) and q = N(μq, σq²) (the generator),
 * integrated on [−20, 20] with 40,000 Simpson intervals (h = 0.001).
 */
record GaussianPair(double muP, double sdP, double muQ, double sdQ) {
    /** p = N(0, 1), q = N(1, 1.2²): the acceptance pair. */
    static final GaussianPair STANDARD = new GaussianPair(0, 1, 1, 1.2);
    /** p = N(1, 1.2²), q = N(0, 1): the pair for Neyman χ² (finite estimator variance). */
    static final GaussianPair SWAPPED = new GaussianPair(1, 1.2, 0, 1);

    static final double LO = -20;
    static final double HI = 20;
    static final int INTERVALS = 40_000;

    static GaussianPair forDivergence(FDivergence f) {
        return f instanceof Neyman ? SWAPPED : STANDARD;
    }

    static double logNormal(double x, double mu, double sd) {
        double z = (x - mu) / sd;
        return -0.5 * z * z - Math.log(sd * Math.sqrt(2 * Math.PI));
    }

    double p(double x) {
        return Math.exp(logNormal(x, muP, sdP));
    }

    double q(double x) {
        return Math.exp(logNormal(x, muQ, sdQ));
    }

    /** The density ratio u = p/q, from the log densities. */
    double ratio(double x) {
        return Math.exp(logNormal(x, muP, sdP) - logNormal(x, muQ, sdQ));
    }

    double integrate(DoubleUnaryOperator h) {
        return Quadrature.simpson(h, LO, HI, INTERVALS);
    }

    /** D_f(p‖q) = ∫ q f(p/q). */
    double divergence(FDivergence f) {
        return integrate(x -> q(x) * f.f(ratio(x)));
    }

    /** ∫ p V − ∫ q V: the critic games' bound on a critic function V(x). */
    double meanDifference(DoubleUnaryOperator v) {
        return integrate(x -> (p(x) - q(x)) * v.applyAsDouble(x));
    }
}
