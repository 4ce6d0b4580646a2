package lab.minimax.live.frame;

/**
 * Values on an n×n grid over a {@link ViewBox}: row-major, row 0 at yMin, column 0 at xMin; cell
 * (r, c) is centred at (xMin + (c + ½)·Δx, yMin + (r + ½)·Δy) with Δ = extent / n.
 */
public record Grid2d(int n, float[] values) {
    public Grid2d {
        if (n < 1 || values.length != n * n) {
            throw new IllegalArgumentException("grid needs n ≥ 1 and n² values, got n = " + n
                    + " and " + values.length + " values");
        }
    }

    /** x of column c's centre. */
    public static double centreX(ViewBox box, int n, int c) {
        return box.xMin() + (c + 0.5) * (box.xMax() - box.xMin()) / n;
    }

    /** y of row r's centre. */
    public static double centreY(ViewBox box, int n, int r) {
        return box.yMin() + (r + 0.5) * (box.yMax() - box.yMin()) / n;
    }
}
