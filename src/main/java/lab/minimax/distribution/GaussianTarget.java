package lab.minimax.distribution;

/** {@code gaussian}: N(μ, σ²) in 1D, one mode. */
public final class GaussianTarget extends MixtureBackedTarget implements Univariate {
    private final double mean;
    private final double sd;

    public GaussianTarget(double mean, double sd) {
        super("gaussian", new GaussianMixture(1, new double[]{mean}, new double[]{sd}, new double[]{1}), true);
        this.mean = mean;
        this.sd = sd;
    }

    public double sd() {
        return sd;
    }

    @Override
    public double cdf(double x) {
        return Normal.cdf((x - mean) / sd);
    }

    @Override
    public double quantile(double u) {
        return mean + sd * Normal.quantile(u);
    }

    @Override
    public double mean() {
        return mean;
    }

    @Override
    public double partialMean(double x) {
        double z = (x - mean) / sd;
        return mean * Normal.cdf(z) - sd * Normal.pdf(z);
    }
}
