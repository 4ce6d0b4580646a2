package lab.minimax.distribution;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A target distribution p that can both sample and evaluate its exact density.
 * Points are stored row-major: point i occupies {@code x[off + i*dim .. off + i*dim + dim)}.
 */
public interface Target {
    /** Catalogue name (ring8, gaussian, …). */
    String name();

    /** 1 or 2. */
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
}
