package lab.minimax.gan;

/**
 * What the lab draws of a run at one moment: immutable arrays in float32 (the wire format of
 * the charts). 2D points are interleaved x, y; grids are row-major with y rows from the bottom
 * (index = iy * n + ix). Arrays a view does not use are empty.
 *
 * @param dim         1 or 2
 * @param lo          view box lower corner (dim values)
 * @param hi          view box upper corner (dim values)
 * @param real        fixed real samples (drawn once per run)
 * @param fake        generated samples G(z) for a fixed z set (so points move smoothly)
 * @param arrows      −∂L_G/∂x̃ for each generated sample (descent direction of the generator loss)
 * @param gridSize    n: 2D grids are n × n, 1D lines have n points
 * @param dGrid       the discriminator's displayed output (D = sigmoid(V), or the critic V) on the grid/line
 * @param manifold    G applied to a grid in noise space (rows × cols points), 2D only
 * @param manifoldRows rows of the manifold grid (0 when not drawn)
 * @param manifoldCols columns of the manifold grid
 * @param zLine       1D and dz = 1: z values of the generator map z → x
 * @param xOfZ        1D and dz = 1: G(z) for each z of {@link #zLine}
 */
public record Frame(int dim, float[] lo, float[] hi, float[] real, float[] fake, float[] arrows,
                    int gridSize, float[] dGrid, float[] manifold, int manifoldRows, int manifoldCols,
                    float[] zLine, float[] xOfZ) {
}
