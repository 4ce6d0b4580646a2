package lab.minimax.distribution;

/**
 * Closed forms of log (p ⊛ N(0, h²))(x) for the 1D targets that are not Gaussian mixtures, all in
 * logs so they stay finite far in the tails (Φ = {@link Normal#cdf}).
 */
final class SmoothedUnivariate {
    private SmoothedUnivariate() {
    }

    /**
     * U[a, b] ⊛ N(0, h²): (Φ((x − a)/h) − Φ((x − b)/h))/(b − a), the difference taken on the
     * tail nearer to x: log S(z₁) + log(1 − e^(log S(z₂) − log S(z₁))) right of the middle,
     * z₁ = (x − b)/h &lt; z₂ = (x − a)/h, the mirror image left of it.
     */
    static double uniform(double x, double a, double b, double h) {
        double z1 = (x - b) / h;
        double z2 = (x - a) / h;
        double l;
        if (x >= 0.5 * (a + b)) {
            double l1 = Normal.logSf(z1);
            l = l1 + StrictMath.log(-StrictMath.expm1(Normal.logSf(z2) - l1));
        } else {
            double l2 = Normal.logCdf(z2);
            l = l2 + StrictMath.log(-StrictMath.expm1(Normal.logCdf(z1) - l2));
        }
        return l - StrictMath.log(b - a);
    }

    /** Exp(λ) ⊛ N(0, h²): λ·exp(−λx + λ²h²/2)·Φ(x/h − λh). */
    static double exponential(double x, double rate, double h) {
        return StrictMath.log(rate) - rate * x + 0.5 * rate * rate * h * h + Normal.logCdf(x / h - rate * h);
    }

    /**
     * Laplace(μ, b) ⊛ N(0, h²), the even mixture of μ + b·E and μ − b·E (E ~ Exp(1)):
     * ½·[Exp(1/b) ⊛ N](x − μ) + ½·[Exp(1/b) ⊛ N](μ − x), summed by log-sum-exp.
     */
    static double laplace(double x, double mu, double b, double h) {
        double r = exponential(x - mu, 1 / b, h);
        double l = exponential(mu - x, 1 / b, h);
        double m = Math.max(r, l);
        return m + StrictMath.log(0.5 * (StrictMath.exp(r - m) + StrictMath.exp(l - m)));
    }
}
