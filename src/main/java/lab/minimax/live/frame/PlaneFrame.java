package lab.minimax.live.frame;

/**
 * One frame of the 2D view. Point arrays are interleaved (x0, y0, x1, y1, …). A {@code null}
 * component keeps what the browser shows (e.g. D* computed once a second, real samples fixed per
 * run); an empty array clears it. Arrays are not copied: do not change them after handing them over.
 *
 * @param box       the target's box; the view is this box padded by {@link ViewBox#VIEW_MARGIN}
 * @param heatKind  probability (D) or critic value
 * @param heat      D (or the critic V) on an n×n grid over the view (the padded box)
 * @param heatRange [lo, hi] of the critic colour scale, or null for the grid's own range
 * @param dStar     D* = p/(p + q̂) on a grid over the view (drawn as contours 0.25/0.5/0.75)
 * @param real      real samples
 * @param fake      generated samples
 * @param arrows    per generated sample (dx, dy) = −∇ₓ of the generator loss (direction G moves it)
 * @param gridRows  rows of the manifold grid
 * @param gridCols  columns of the manifold grid
 * @param manifold  G applied to a rows×cols grid in noise space: (x, y) per node, row-major
 * @param modes     mode centres (x, y) of a mixture target
 * @param covered   per mode 1 (covered) or 0 (not covered)
 */
public record PlaneFrame(ViewBox box, HeatKind heatKind, Grid2d heat, double[] heatRange, Grid2d dStar,
                         float[] real, float[] fake, float[] arrows, int gridRows, int gridCols,
                         float[] manifold, float[] modes, float[] covered) {
}
