package lab.minimax.experiment;

/**
 * The objective and its constants (each used only by the divergences it belongs to).
 *
 * @param divergence    the game
 * @param generatorLoss saturating or non-saturating (f-GAN family and gan)
 * @param clip          WGAN weight clip c
 * @param lambda        WGAN-GP penalty weight λ
 * @param a             LSGAN target for fake samples in D's loss
 * @param b             LSGAN target for real samples in D's loss
 * @param c             LSGAN target the generator pushes its samples to
 * @param entropyWeight β of the generator's entropy regulariser: L_G − β·Ĥ(q), Ĥ the
 *                      Kozachenko–Leonenko estimate on the generated batch (every divergence;
 *                      0 = off, the default when absent)
 */
public record ObjectiveSpec(Divergence divergence, GeneratorLoss generatorLoss, double clip, double lambda,
                            double a, double b, double c, double entropyWeight) {

    /** An objective without the entropy regulariser (β = 0). */
    public ObjectiveSpec(Divergence divergence, GeneratorLoss generatorLoss, double clip, double lambda,
                         double a, double b, double c) {
        this(divergence, generatorLoss, clip, lambda, a, b, c, 0);
    }

    public ObjectiveSpec withEntropyWeight(double beta) {
        return new ObjectiveSpec(divergence, generatorLoss, clip, lambda, a, b, c, beta);
    }
}
