package lab.minimax.bench;

/**
 * One canonical GAN step (sample X and Z, X̃ = G(Z), one D update on [X; X̃], one G update through
 * the updated D), built for one variant and dtype. Implementations allocate nothing per step.
 */
public interface BenchStep {
    /** Runs one step. */
    void step();

    /** Threads the step runs on (1, or 2 when it shares its products with a worker). */
    default int threads() {
        return 1;
    }

    /** "float32" or "float64". */
    String dtype();

    /** The kernel implementation in use: "vector" or "plain". */
    String kernels();

    /**
     * Generates n points G(Z), Z ~ N(0, I₂), from the given stream and returns them row-major
     * (n × 2, in double). Off the hot path: may allocate.
     */
    double[] generate(java.util.random.RandomGenerator rng, int n);
}
