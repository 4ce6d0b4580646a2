package lab.minimax.distribution;

/**
 * {@code mixture}: an equal mixture of m = 2 or 3 Gaussians N((k − (m−1)/2)·spacing, σ²),
 * k = 0..m−1, centred on 0.
 */
public final class MixtureTarget extends MixtureBackedTarget implements Univariate {
    public MixtureTarget(int modes, double spacing, double sd) {
        super("mixture", GaussianMixture.equal(1, centres(modes, spacing), sd), true);
    }

    private static double[] centres(int m, double spacing) {
        if (m < 1) {
            throw new IllegalArgumentException("modes must be ≥ 1, was " + m);
        }
        double[] c = new double[m];
        for (int k = 0; k < m; k++) {
            c[k] = (k - 0.5 * (m - 1)) * spacing;
        }
        return c;
    }

    @Override
    public double cdf(double x) {
        return mixture().cdf(x);
    }

    @Override
    public double quantile(double u) {
        return mixture().quantile(u);
    }

    @Override
    public double mean() {
        return mixture().mean();
    }

    @Override
    public double partialMean(double x) {
        return mixture().partialMean(x);
    }
}
