package lab.minimax.nn;

/**
 * A first-order optimizer over a fixed list of parameter arrays (e.g. {@link Mlp#parameters()}),
 * minimising: each step moves θ against the gradient. Parameters, gradients and state are
 * float32; the arithmetic of an update is float32 too (as PyTorch's), in a fixed order. State is sized once from the parameter
 * arrays given to the constructor; {@code step} allocates nothing.
 */
public interface Optimizer {
    /** One update of every params[i][j] from grads[i][j] (same shapes as at construction). */
    void step(float[][] params, float[][] grads);

    double learningRate();

    /** For schedules: takes effect at the next step. */
    void setLearningRate(double lr);

    /**
     * The live state arrays that the next steps read, each shaped like one parameter array, in a
     * fixed order (Adam: m of every parameter array, then v; RMSProp: v, then the momentum buffer;
     * SGD: the momentum buffer). For checkpoints: writing them changes the next steps.
     */
    float[][] state();

    /** The update count that the next step reads (Adam's t of its bias correction); 0 for optimizers that count none. */
    default long stepCount() {
        return 0;
    }

    /**
     * Restores {@link #stepCount()} (from a checkpoint).
     *
     * @throws IllegalArgumentException when t is negative, or not 0 for an optimizer that counts none
     */
    default void setStepCount(long t) {
        if (t != 0) {
            throw new IllegalArgumentException("this optimizer counts no steps, got step count " + t);
        }
    }

    /** Checks that params and grads have the shapes of the optimizer state. */
    static void checkShapes(float[][] state, float[][] params, float[][] grads) {
        if (params.length != state.length || grads.length != state.length) {
            throw new IllegalArgumentException("optimizer built for " + state.length + " parameter arrays, got "
                    + params.length + " parameter and " + grads.length + " gradient arrays");
        }
        for (int i = 0; i < state.length; i++) {
            if (params[i].length != state[i].length || grads[i].length != state[i].length) {
                throw new IllegalArgumentException("parameter array " + i + " has length " + params[i].length
                        + " (gradient " + grads[i].length + "), optimizer state has " + state[i].length);
            }
        }
    }

    /** Zero-filled arrays of the same shapes. */
    static float[][] zerosLike(float[][] params) {
        float[][] s = new float[params.length][];
        for (int i = 0; i < params.length; i++) {
            s[i] = new float[params[i].length];
        }
        return s;
    }

    /**
     * Requires a finite lr ≥ 0 (named field in the message). 0 is allowed: a frozen network, and
     * the end of a cosine schedule.
     */
    static double requireLearningRate(double lr) {
        if (!(lr >= 0) || !Double.isFinite(lr)) {
            throw new IllegalArgumentException("lr must be finite and >= 0, got " + lr);
        }
        return lr;
    }

    /** ε of Adam and RMSProp: finite and &gt; 0. */
    static double requireEps(double eps) {
        if (!(eps > 0) || !Double.isFinite(eps)) {
            throw new IllegalArgumentException("eps must be finite and > 0, got " + eps);
        }
        return eps;
    }

    /** Requires lo ≤ x &lt; hi (named field in the message). */
    static double requireRange(String name, double x, double lo, double hi) {
        if (!(x >= lo && x < hi)) {
            throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + "), got " + x);
        }
        return x;
    }
}
