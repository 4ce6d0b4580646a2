package lab.minimax.experiment;

/**
 * The generator's input z.
 *
 * @param dim          dimension of z, 1–16
 * @param distribution N(0, I) or U[−1, 1]^dim
 */
public record NoiseSpec(int dim, NoiseDistribution distribution) {
}
