package lab.minimax.distribution;

/** {@code two-gaussians}: equal Gaussians at (±separation/2, 0). */
public final class TwoGaussiansTarget extends MixtureBackedTarget {
    public TwoGaussiansTarget(double separation, double sd) {
        super("two-gaussians", GaussianMixture.equal(2,
                new double[]{-0.5 * separation, 0, 0.5 * separation, 0}, sd), true);
    }
}
