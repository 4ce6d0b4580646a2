package lab.minimax.gan.objective;

/**
 * The head of the game: everything an objective needs is a function of the discriminator's raw
 * outputs V on real rows (x ~ p) and generated rows (x ~ q). All of it is computed in double,
 * whatever the networks' precision. Gradients are of the mean losses (already divided by the row
 * counts) and are written, not added.
 */
public interface Objective {
    /** L_D (minimised by D) and dL_D/dV for each real and each generated row. */
    double discriminatorLoss(double[] vReal, int nReal, double[] vFake, int nFake,
                             double[] gradReal, double[] gradFake);

    /** L_G (minimised by G) and dL_G/dV for each generated row. */
    double generatorLoss(double[] vFake, int nFake, double[] gradFake);

    /**
     * The variational estimate of the divergence on these rows: F = E_p[T] − E_q[f*(T)] for the
     * f-GAN family and the GAN (whose value is 2·JSD − log 4 at D*), E_p[V] − E_q[V] for
     * Wasserstein critics, NaN where the objective has none.
     */
    double bound(double[] vReal, int nReal, double[] vFake, int nFake);

    /**
     * {@link #bound} on the rows just given to {@link #discriminatorLoss}, which returned lossD: the
     * same value, bit for bit; an objective whose bound is −L_D returns it without a second pass of
     * transcendentals (the f-GAN heads; the step's cost).
     */
    default double boundAfterLoss(double lossD, double[] vReal, int nReal, double[] vFake, int nFake) {
        return bound(vReal, nReal, vFake, nFake);
    }

    /**
     * What the UI draws for a raw output V: for the f-GAN family the density-ratio estimate as a
     * discriminator, D̂ = r̂/(1 + r̂) ∈ [0, 1] (σ(V) for the GAN; see
     * {@link FDivergence#discriminator}), else V itself.
     */
    double display(double v);

    /** WGAN-GP's λ, else 0. */
    default double gradientPenalty() {
        return 0;
    }

    /** WGAN's clip c (weights clipped to [−c, c] after each D update), else 0. */
    default double weightClip() {
        return 0;
    }
}
