package lab.minimax.distribution;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Base of every target that is an isotropic Gaussian mixture (the mode targets and the fine
 * mixtures along curves): sampling, exact density and log density come from one
 * {@link GaussianMixture}. Mode targets expose their components as {@link Modes}; curve targets
 * (hundreds of tiny components) do not.
 */
public abstract class MixtureBackedTarget implements Target, Target.LogDensity, Target.LocalScale, Smoothable {
    /** Box margin in component standard deviations (2D tail mass outside ≈ 1e-6 per component). */
    public static final double BOX_MARGIN = 5;

    private final String name;
    private final GaussianMixture mixture;
    private final boolean exposeModes;
    private final Box box;

    protected MixtureBackedTarget(String name, GaussianMixture mixture, boolean exposeModes) {
        this.name = name;
        this.mixture = mixture;
        this.exposeModes = exposeModes;
        this.box = mixture.box(BOX_MARGIN);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dim() {
        return mixture.dim();
    }

    /** The underlying mixture. */
    public GaussianMixture mixture() {
        return mixture;
    }

    @Override
    public void sample(RandomGenerator rng, double[] out, int n) {
        mixture.sample(rng, out, n);
    }

    @Override
    public double density(double[] x, int offset) {
        return mixture.density(x, offset);
    }

    @Override
    public double logDensity(double[] x, int offset) {
        return mixture.logDensity(x, offset);
    }

    /** p ⊛ N(0, h² I) = Σ_k w_k N(μ_k, (σ_k² + h²) I). */
    @Override
    public Target.LogDensity smoothedBy(double h) {
        return mixture.widened(h)::logDensity;
    }

    @Override
    public Optional<Modes> modes() {
        return exposeModes ? Optional.of(mixture.modes()) : Optional.empty();
    }

    @Override
    public Box box() {
        return new Box(box.lo().clone(), box.hi().clone());
    }

    @Override
    public double localSd() {
        return mixture.minSd();
    }

    /** The number of components; curve targets override it (their components overlap). */
    @Override
    public double localCount() {
        return mixture.count();
    }

    @Override
    public String toString() {
        return name + " (" + mixture.count() + " components)";
    }
}
