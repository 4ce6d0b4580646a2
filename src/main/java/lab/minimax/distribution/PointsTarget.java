package lab.minimax.distribution;

/**
 * {@code points}: the user's points x_i blurred by a Gaussian kernel, p(x) = (1/n) Σ_i
 * N(x; x_i, b² I) — a Gaussian KDE with bandwidth b. Sampling picks a point uniformly and adds
 * N(0, b² I), which is exactly that density.
 */
public final class PointsTarget extends MixtureBackedTarget {
    /**
     * @param xy        the points, flat x0, y0, x1, y1, … (at least one point)
     * @param bandwidth kernel standard deviation b &gt; 0
     */
    public PointsTarget(double[] xy, double bandwidth) {
        super("points", build(xy, bandwidth), false);
    }

    private static GaussianMixture build(double[] xy, double b) {
        if (xy == null || xy.length < 2 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("points: the target needs at least one point (pairs of coordinates)");
        }
        return GaussianMixture.equal(2, xy, b);
    }
}
