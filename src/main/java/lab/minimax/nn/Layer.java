package lab.minimax.nn;

import java.util.random.RandomGenerator;
import lab.minimax.nn.f32.FloatKernels;
import org.ejml.data.FMatrixRMaj;

/**
 * An affine layer Z = A(X) + b of a {@link LayerStack} (A linear: a dense product, a convolution
 * or a transposed convolution), on row batches of inSize floats in, outSize floats out, with what
 * back-propagation and the WGAN-GP double backprop need: the adjoint Aᵀ, A without the bias, and
 * the weight gradient of ⟨G, A(X)⟩ for any X. The four operations are those of
 * {@link DenseLayer}; {@link Conv2d} and {@link ConvTranspose2d} implement them directly, a dense
 * layer through {@link DenseAdapter}.
 */
interface Layer {
    int inSize();

    int outSize();

    int parameterCount();

    /** Z = A(X) + 1·bᵀ (then max(0, ·) when relu), Z reshaped to n × outSize. */
    void forward(FloatKernels K, FMatrixRMaj X, FMatrixRMaj Z, boolean relu);

    /** dW += ∂⟨G, A(X)⟩/∂W and, if withBias, db += 1ᵀ·G. */
    void accumulateGradients(FloatKernels K, FMatrixRMaj X, FMatrixRMaj G, boolean withBias);

    /** dX = Aᵀ(G), reshaped to n × inSize. */
    void backwardInput(FloatKernels K, FMatrixRMaj G, FMatrixRMaj dX);

    /** Ḡ = A(D̄) (no bias), reshaped to n × outSize. */
    void multiplyByW(FloatKernels K, FMatrixRMaj Dbar, FMatrixRMaj Gbar);

    /**
     * The ordinary backward step of a forward on X: accumulateGradients(X, G, true) when
     * weightGrads, then backwardInput(G, dX) when dX != null (a layer may share work between the
     * two).
     */
    default void backward(FloatKernels K, FMatrixRMaj X, FMatrixRMaj G, boolean weightGrads, FMatrixRMaj dX) {
        if (weightGrads) {
            accumulateGradients(K, X, G, true);
        }
        if (dX != null) {
            backwardInput(K, G, dX);
        }
    }

    void initialize(Init init, RandomGenerator rng);

    /** Live W then b. */
    float[][] parameters();

    /** Live dW then db. */
    float[][] gradients();

    void zeroGrad();

    /** A new layer of the same shape with zero parameters and gradients. */
    Layer blank();
}
