package lab.minimax.gan.objective;

import lab.minimax.experiment.Divergence;

/**
 * One f-divergence D_f(p‖q) = ∫ q f(p/q) of the f-GAN family (Nowozin, Cseke, Tomioka 2016) with
 * its output activation g_f and its Fenchel conjugate f*.
 *
 * <p>The discriminator's raw output V is read as the variational function T = g_f(V), and the
 * discriminator maximises F = E_p[g_f(V)] − E_q[f*(g_f(V))] ≤ D_f (Fenchel–Young). One sign
 * convention throughout (the e^(−v) convention of Nowozin et al.'s f-GAN table): for the GAN row g_f(v) = log σ(v),
 * so that D = σ(V). The optimum is T* = f'(p/q), i.e. V* = g_f⁻¹(f'(p/q)).
 *
 * <p>The head functions {@link #g}, {@link #conjugateOfG} and their derivatives are written in a
 * numerically stable form (no cancellation, no overflow). Heads containing e^(±v) read V clamped
 * to [{@link #vMin()}, {@link #vMax()}] (exponents within ±{@link StableMath#EXP_ARG_MAX}); outside
 * that range both functions are constant in V and their derivatives are 0. Clamping the input
 * only restricts the critic family, so F ≤ D_f still holds for every V.
 */
public interface FDivergence {
    /** The configuration constant of this divergence. */
    Divergence divergence();

    /** The generator f(u), convex with f(1) = 0 (the GAN row has f(1) = −log 4). */
    double f(double u);

    /**
     * The perspective q·f(p/q), the integrand of D_f(p ‖ q) = ∫ q f(p/q), from log p and log q
     * (either may be −∞, not both), written in s = log p − log q so that it stays accurate where
     * p, q or p/q underflow (no u = 0 read as f(0) while p is merely tiny) and is infinite only
     * when the value is beyond the double range. See {@link lab.minimax.metrics.Perspective}.
     */
    double perspective(double logP, double logQ);

    /** f'(u), the optimal variational function T* = f'(p/q) at the density ratio u = p/q. */
    double fPrime(double u);

    /** The textbook conjugate f*(t) = sup_u (t·u − f(u)); +∞ outside its domain. */
    double conjugate(double t);

    /** The output activation T = g_f(v), stable form. */
    double g(double v);

    /** d g_f / dv. */
    double gPrime(double v);

    /** f*(g_f(v)), stable form. */
    double conjugateOfG(double v);

    /** d f*(g_f(v)) / dv. */
    double conjugateOfGPrime(double v);

    /**
     * g_f(v), with g_f′(v) written to prime[i]: a row's loss term and gradient in one call (the
     * values of {@link #g(double)} and {@link #gPrime}; a divergence may share their work).
     */
    default double g(double v, double[] prime, int i) {
        prime[i] = gPrime(v);
        return g(v);
    }

    /** f*(g_f(v)), with its derivative written to prime[i] (the values of the two methods above). */
    default double conjugateOfG(double v, double[] prime, int i) {
        prime[i] = conjugateOfGPrime(v);
        return conjugateOfG(v);
    }

    /**
     * The inverse activation v = g_f⁻¹(t) of the unclamped g_f: ±∞ at the ends of g_f's open
     * range where the limit exists, NaN outside it. The result may lie outside [vMin, vMax].
     */
    double gInverse(double t);

    /**
     * What the heatmap draws for the raw output v: the density-ratio estimate
     * r̂ = (f')⁻¹(g_f(v)) (g_f clamped as in the game) read as a discriminator, D̂ = r̂/(1 + r̂)
     * ∈ [0, 1]. At the optimal critic T* = f'(p/q) this is D* = p/(p + q) for every f, so the
     * heatmap and the D* contours mean the same thing. Non-decreasing in v; NaN for NaN.
     */
    double discriminator(double v);

    /** The optimal raw critic V* = g_f⁻¹(f'(u)) at the density ratio u = p/q (may be ±∞). */
    default double optimalCritic(double u) {
        return gInverse(fPrime(u));
    }

    /** Below this input the head reads V as vMin (−∞ when the head needs no clamp). */
    default double vMin() {
        return Double.NEGATIVE_INFINITY;
    }

    /** Above this input the head reads V as vMax (+∞ when the head needs no clamp). */
    default double vMax() {
        return Double.POSITIVE_INFINITY;
    }
}
