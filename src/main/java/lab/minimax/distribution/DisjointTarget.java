package lab.minimax.distribution;

/**
 * {@code disjoint}: three clusters of unequal weight far apart — weight 0.5 at (−3, −2), 0.3 at
 * (3, −2), 0.2 at (0, 3) (pairwise distances ≥ 5.8, so disjoint for every allowed σ ≤ 1).
 */
public final class DisjointTarget extends MixtureBackedTarget {
    private static final double[] CENTRES = {-3, -2, 3, -2, 0, 3};
    private static final double[] WEIGHTS = {0.5, 0.3, 0.2};

    public DisjointTarget(double sd) {
        super("disjoint", new GaussianMixture(2, CENTRES.clone(), new double[]{sd, sd, sd}, WEIGHTS.clone()), true);
    }
}
