package lab.minimax.gan.objective;

import lab.minimax.distribution.Quadrature;

/**
 * Divergences between two normal densities in closed form (or, for TV, as the integral of the
 * smooth p − q between the two crossing points), to check the quadrature of ∫ q f(p/q).
 */
final class GaussianClosedForms {
    private GaussianClosedForms() {
    }

    /** KL(N(μ1, s1²) ‖ N(μ2, s2²)) = log(s2/s1) + (s1² + (μ1 − μ2)²)/(2s2²) − ½. */
    static double kl(double mu1, double s1, double mu2, double s2) {
        double dm = mu1 - mu2;
        return Math.log(s2 / s1) + (s1 * s1 + dm * dm) / (2 * s2 * s2) - 0.5;
    }

    /**
     * Pearson χ² = ∫p²/q − 1 with p²/q = s2/(√(2π)s1²)·exp(−Ax² + Bx − C),
     * A = 1/s1² − 1/(2s2²), B = 2μ1/s1² − μ2/s2², C = μ1²/s1² − μ2²/(2s2²); ∫ = √(π/A)·e^(B²/4A − C).
     */
    static double pearson(GaussianPair g) {
        double s1 = g.sdP();
        double s2 = g.sdQ();
        double a = 1 / (s1 * s1) - 1 / (2 * s2 * s2);
        double b = 2 * g.muP() / (s1 * s1) - g.muQ() / (s2 * s2);
        double c = g.muP() * g.muP() / (s1 * s1) - g.muQ() * g.muQ() / (2 * s2 * s2);
        double pre = s2 / (Math.sqrt(2 * Math.PI) * s1 * s1);
        return pre * Math.sqrt(Math.PI / a) * Math.exp(b * b / (4 * a) - c) - 1;
    }

    /** Squared Hellinger ∫(√p − √q)² = 2 − 2·BC, BC = √(2s1s2/(s1² + s2²))·exp(−(μ1 − μ2)²/(4(s1² + s2²))). */
    static double hellinger(GaussianPair g) {
        double v = g.sdP() * g.sdP() + g.sdQ() * g.sdQ();
        double dm = g.muP() - g.muQ();
        double bc = Math.sqrt(2 * g.sdP() * g.sdQ() / v) * Math.exp(-dm * dm / (4 * v));
        return 2 - 2 * bc;
    }

    /**
     * TV = ½∫|p − q| = |∫_{r1}^{r2} (p − q)| where r1, r2 solve log p = log q, i.e.
     * a x² + b x + c = 0 with a = 1/(2s2²) − 1/(2s1²), b = μ1/s1² − μ2/s2²,
     * c = μ2²/(2s2²) − μ1²/(2s1²) − log(s1/s2) (requires s1 ≠ s2).
     */
    static double totalVariation(GaussianPair g) {
        double s1 = g.sdP();
        double s2 = g.sdQ();
        double a = 1 / (2 * s2 * s2) - 1 / (2 * s1 * s1);
        double b = g.muP() / (s1 * s1) - g.muQ() / (s2 * s2);
        double c = g.muQ() * g.muQ() / (2 * s2 * s2) - g.muP() * g.muP() / (2 * s1 * s1) - Math.log(s1 / s2);
        double disc = Math.sqrt(b * b - 4 * a * c);
        double r1 = (-b - disc) / (2 * a);
        double r2 = (-b + disc) / (2 * a);
        double lo = Math.min(r1, r2);
        double hi = Math.max(r1, r2);
        return Math.abs(Quadrature.simpson(x -> g.p(x) - g.q(x), lo, hi, 4000));
    }

    /** JSD(p, q) = ½∫p log(2p/(p + q)) + ½∫q log(2q/(p + q)), by quadrature (no f-GAN involved). */
    static double jensenShannon(GaussianPair g) {
        return g.integrate(x -> {
            double p = g.p(x);
            double q = g.q(x);
            double m = 0.5 * (p + q);
            return 0.5 * p * Math.log(p / m) + 0.5 * q * Math.log(q / m);
        });
    }
}
