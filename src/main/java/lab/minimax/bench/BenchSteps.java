package lab.minimax.bench;

import java.util.Optional;

/** Builds the {@link BenchStep} of a dtype and variant (seed 0, as ref_torch.py). */
public final class BenchSteps {
    private BenchSteps() {
    }

    /** The dtypes the bench knows, in report order. */
    public static final String[] DTYPES = {"float32", "float64"};

    /** The single-threaded step for dtype and variant, or empty when this build has no implementation of the dtype. */
    public static Optional<BenchStep> create(String dtype, Variant variant, long seed) {
        return create(dtype, variant, seed, 1);
    }

    /**
     * The step for dtype, variant and threads (1 or 2); float64 always runs on one thread (its
     * {@link BenchStep#threads()} says so). Empty when this build has no implementation of the dtype.
     */
    public static Optional<BenchStep> create(String dtype, Variant variant, long seed, int threads) {
        return switch (dtype) {
            case "float32" -> Optional.of(new Float32Step(variant, seed, threads));
            case "float64" -> Optional.of(new Float64Step(variant, seed));
            default -> Optional.empty();
        };
    }
}
