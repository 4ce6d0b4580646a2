package lab.minimax.gan.objective;

/**
 * WGAN-GP: the Wasserstein critic losses plus λ(‖∇ₓV(x̂)‖₂ − 1)² on interpolates x̂; the penalty
 * and its weight gradient are computed by the network code, this class only carries λ.
 */
public final class WassersteinGp extends WassersteinCritic {
    private final double lambda;

    /** @param lambda λ, finite and ≥ 0 (10 in the paper, 0.1 in its toy script) */
    public WassersteinGp(double lambda) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("objective.lambda must be a finite number >= 0, got " + lambda);
        }
        this.lambda = lambda;
    }

    @Override
    public double gradientPenalty() {
        return lambda;
    }

    @Override
    public String toString() {
        return "WGAN-GP(lambda " + lambda + ")";
    }
}
