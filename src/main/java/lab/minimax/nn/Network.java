package lab.minimax.nn;

import lab.minimax.nn.f32.FloatKernels;
import org.ejml.data.FMatrixRMaj;

/**
 * A trainable network as the game sees it: an {@link Mlp} or a {@link LayerStack} (dense, conv and
 * transposed-conv layers). Batches are row-major n × inputDim matrices; the output is affine; the
 * parameters and their gradients are live float arrays that the optimisers update in place. Not
 * thread-safe: one per run.
 */
public interface Network {
    int inputDim();

    int outputDim();

    /** The hidden activation. */
    Activation activation();

    FloatKernels kernels();

    int parameterCount();

    /** Y = f(X) (n × outputDim); a network-owned matrix, valid until the next forward. */
    FMatrixRMaj forward(FMatrixRMaj X);

    /**
     * Back-propagates ∂L/∂Y = dY of the last forward: adds the weight gradients when
     * {@code weightGrads}, writes ∂L/∂X into dX when it is not null.
     */
    void backward(FMatrixRMaj dY, boolean weightGrads, FMatrixRMaj dX);

    void zeroGrad();

    /**
     * λ·mean_i (‖∇ₓf(x̂_i)‖ − 1)² for a scalar output, its gradient added into the weight
     * gradients by double backprop; returns the penalty.
     */
    double gradientPenalty(FMatrixRMaj xHat, double lambda);

    /** ∇ₓ Σ_i f(x_i) for a scalar output: one row of ∂f(x_i)/∂x_i per row of X, into out. */
    void inputGradient(FMatrixRMaj X, FMatrixRMaj out);

    /** The live parameter arrays, in a fixed order. */
    float[][] parameters();

    /** The live gradient buffers, in the order of {@link #parameters()}. */
    float[][] gradients();

    /** ‖∇θ‖ over all parameters, summed in a fixed order. */
    double gradientNorm();

    /** Clamps every parameter to [−c, c] (WGAN weight clipping). */
    void clipWeights(double c);

    /** A deep copy with its own scratch. */
    Network copy();

    /**
     * Copies the parameters of a network of the same {@link #shape()}.
     *
     * @throws IllegalArgumentException when the shapes differ
     */
    void copyFrom(Network other);

    /** The shape as text, e.g. "2-64-64-1 relu". */
    String shape();
}
