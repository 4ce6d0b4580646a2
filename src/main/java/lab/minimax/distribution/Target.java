package lab.minimax.distribution;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A target distribution p that can both sample and evaluate its exact density.
 * Points are stored row-major: point i occupies {@code x[off + i*dim .. off + i*dim + dim)}.
 * A target may also offer its {@link #modes()}, a {@link LogDensity} and a {@link LocalScale}.
 */
public interface Target {
    /** Catalogue name (ring8, gaussian, …). */
    String name();

    /** 1 or 2; 784 for the image target ({@link MnistTarget}). */
    int dim();

    /** Writes n independent samples into out[0 .. n*dim). Uses only {@code rng} for randomness. */
    void sample(RandomGenerator rng, double[] out, int n);

    /** p(x) at the point starting at x[offset]. */
    double density(double[] x, int offset);

    /** The modes of a mixture target (for mode-coverage metrics), empty for the others. */
    default Optional<Modes> modes() {
        return Optional.empty();
    }

    /** A box that holds essentially all of the mass: lo[d], hi[d] per dimension (for grids and views). */
    Box box();

    /**
     * A density that can be evaluated in log space without underflow (log-sum-exp for mixtures), for
     * plug-in divergences far from the mass. {@link Targets#logDensity} falls back to log p for
     * targets that do not implement it.
     */
    interface LogDensity {
        /** log p(x) at the point starting at x[offset]; −∞ only outside the support. */
        double logDensity(double[] x, int offset);
    }

    /**
     * The small scale of a target: it is (close to) a union of {@link #localCount()} Gaussian blobs
     * of standard deviation {@link #localSd()} — the modes of a mixture, the stretches of a blurred
     * curve, the kernels of a point set. Metrics use it to choose a kernel bandwidth at the mode scale
     * rather than from the global spread.
     */
    interface LocalScale {
        /** Standard deviation of one blob (the smallest, for unequal modes). */
        double localSd();

        /** Number of blobs the mass is spread over (at least 1). */
        double localCount();
    }
}
