package lab.minimax.nn;

/**
 * TEST ORACLE: an affine layer Y = A(X) + b of a double reference network (A linear), on n
 * samples of inSize doubles each (row-major), with what back-propagation and double backprop
 * need: the adjoint Aᵀ, and the weight gradient of ⟨G, A(X)⟩.
 */
interface DoubleLinearLayer {
    int inSize();

    int outSize();

    /** A(X) (+ b when withBias), a new array of n·outSize. */
    double[] linear(double[] x, int n, boolean withBias);

    /** Aᵀ(G), a new array of n·inSize. */
    double[] backwardInput(double[] g, int n);

    /** dW += ∂⟨G, A(X)⟩/∂W and, if withBias, db += Σ_rows G. */
    void accumulate(double[] x, double[] g, int n, boolean withBias);

    /** Live W, b. */
    double[][] parameters();

    /** Live dW, db. */
    double[][] gradients();

    default void zeroGrad() {
        for (double[] a : gradients()) {
            java.util.Arrays.fill(a, 0);
        }
    }
}
