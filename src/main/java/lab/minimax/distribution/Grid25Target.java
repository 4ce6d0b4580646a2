package lab.minimax.distribution;

/** {@code grid25}: 25 equal Gaussians at ({−2,…,2}·spacing)², mode k = 5i + j at (i−2, j−2)·spacing. */
public final class Grid25Target extends MixtureBackedTarget {
    public Grid25Target(double spacing, double sd) {
        super("grid25", GaussianMixture.equal(2, centres(spacing), sd), true);
    }

    private static double[] centres(double s) {
        double[] c = new double[50];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                int k = 5 * i + j;
                c[2 * k] = (i - 2) * s;
                c[2 * k + 1] = (j - 2) * s;
            }
        }
        return c;
    }
}
