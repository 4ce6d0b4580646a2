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
 */
public record ObjectiveSpec(Divergence divergence, GeneratorLoss generatorLoss, double clip, double lambda,
                            double a, double b, double c) {
}
