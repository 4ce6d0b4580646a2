package lab.minimax.gan.objective;

/**
 * The f-divergences whose critic reads as a logistic discriminator (GAN and JS): r̂ = e^v,
 * D̂ = σ(v), g_f′(v) = σ(−v) and (f*∘g_f)′(v) = σ(v).
 */
interface SigmoidCritic extends FDivergence {
    /** D̂ = σ(v) (f′(u) = g_f(log u), so V = log r̂). */
    @Override
    default double discriminator(double v) {
        return StableMath.sigmoid(v);
    }

    /** σ(−v). */
    @Override
    default double gPrime(double v) {
        return StableMath.sigmoid(-v);
    }

    /** σ(v). */
    @Override
    default double conjugateOfGPrime(double v) {
        return StableMath.sigmoid(v);
    }
}
