package lab.minimax.distribution;

/**
 * The small scale of a target: it is (close to) a union of {@link #localCount()} Gaussian blobs
 * of standard deviation {@link #localSd()} — the modes of a mixture, the stretches of a blurred
 * curve, the kernels of a point set. Metrics use it to choose a kernel bandwidth at the mode scale
 * rather than from the global spread.
 */
public interface LocalScale {
    /** Standard deviation of one blob (the smallest, for unequal modes). */
    double localSd();

    /** Number of blobs the mass is spread over (at least 1). */
    double localCount();
}
