package lab.minimax.live.frame;

/**
 * One frame of the 1D view. Curves are sampled at n equally spaced x from {@code xMin} to
 * {@code xMax} inclusive (every curve of a frame has the same n). A {@code null} component keeps
 * what the browser shows; an empty array clears it. Arrays are not copied.
 *
 * @param xMin     left end of the x axis
 * @param xMax     right end of the x axis
 * @param heatKind probability (right axis [0, 1]) or critic value
 * @param dRange   [lo, hi] of the right axis for critic values, or null for d's own range
 * @param target   p(x)
 * @param kde      q̂(x), the generator's kernel density estimate
 * @param d        D(x), or the critic V(x)
 * @param dStar    D*(x) = p/(p + q̂)
 * @param hist     generator histogram as densities; its bins split [xMin, xMax] evenly
 * @param real     real sample positions (drawn as ticks)
 * @param fake     generated sample positions (drawn as ticks)
 * @param mapZ     noise values z, ascending (1-dimensional noise only)
 * @param mapX     G(z) for each of {@code mapZ}
 */
public record Line1dFrame(double xMin, double xMax, HeatKind heatKind, double[] dRange, float[] target,
                          float[] kde, float[] d, float[] dStar, float[] hist, float[] real, float[] fake,
                          float[] mapZ, float[] mapX) {
}
