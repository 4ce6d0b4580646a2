package lab.minimax.experiment;

import lab.minimax.experiment.config.ConfigValidator;

/**
 * Operator-set bounds that a configuration must respect (the teaching-server issue makes them
 * properties); {@link ConfigValidator} and both codecs take them as input and name them in their
 * messages. The fixed ranges of the remaining fields (learning rates, betas, clip, λ, …) are part
 * of the engine and live in {@link ConfigValidator}.
 *
 * @param maxWidth    widest hidden layer of G or D (layers are 1..maxWidth units)
 * @param maxDepth    most hidden layers per network (0..maxDepth)
 * @param maxBatch    largest batch size B (1..maxBatch)
 * @param maxNoiseDim largest noise dimension (1..maxNoiseDim)
 * @param maxPoints   largest user point set of the {@code points} target (2..maxPoints points)
 * @param maxDSteps   most discriminator steps per generator step (1..maxDSteps)
 */
public record Limits(int maxWidth, int maxDepth, int maxBatch, int maxNoiseDim, int maxPoints, int maxDSteps) {

    /** The engine's documented ranges: width 256, depth 4, batch 4096, noise 16, 5000 points, k 10. */
    public static final Limits DEFAULTS = new Limits(256, 4, 4096, 16, TargetCatalog.MAX_POINTS, 10);

    /** Widest hidden layer on an image target (MLPs of 784 inputs or outputs). */
    public static final int IMAGE_MAX_WIDTH = 1024;
    /** Largest noise dimension on an image target. */
    public static final int IMAGE_MAX_NOISE_DIM = 128;

    /**
     * The limits of a config whose target is an image: hidden layers up to
     * {@link #IMAGE_MAX_WIDTH} units and noise up to {@link #IMAGE_MAX_NOISE_DIM} dimensions (or the
     * operator's limits where they are larger); the others as set.
     */
    public Limits forImages() {
        return new Limits(Math.max(maxWidth, IMAGE_MAX_WIDTH), maxDepth, maxBatch,
                Math.max(maxNoiseDim, IMAGE_MAX_NOISE_DIM), maxPoints, maxDSteps);
    }

    /**
     * @throws IllegalArgumentException when a limit allows no value at all (maxDepth may be 0,
     *                                  maxPoints must be at least 2, the others at least 1)
     */
    public Limits {
        atLeast("maxWidth", maxWidth, 1);
        atLeast("maxDepth", maxDepth, 0);
        atLeast("maxBatch", maxBatch, 1);
        atLeast("maxNoiseDim", maxNoiseDim, 1);
        atLeast("maxPoints", maxPoints, 2);
        atLeast("maxDSteps", maxDSteps, 1);
    }

    private static void atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException("limit " + name + " must be at least " + min + " (got " + value + ")");
        }
    }
}
