package lab.minimax.distribution;

/** {@code ring8}: 8 equal Gaussians at (r cos 2πk/8, r sin 2πk/8), k = 0..7 (eight distinct angles). */
public final class Ring8Target extends MixtureBackedTarget {
    public Ring8Target(double radius, double sd) {
        super("ring8", GaussianMixture.equal(2, centres(radius), sd), true);
    }

    private static double[] centres(double r) {
        double[] c = new double[16];
        for (int k = 0; k < 8; k++) {
            double a = 2 * Math.PI * k / 8;
            c[2 * k] = r * StrictMath.cos(a);
            c[2 * k + 1] = r * StrictMath.sin(a);
        }
        return c;
    }
}
