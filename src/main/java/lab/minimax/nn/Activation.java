package lab.minimax.nn;

/**
 * A hidden-layer activation σ with its first and second derivatives side by side (the second
 * one is needed by the WGAN-GP double backprop).
 */
public interface Activation {
    String name();

    /** σ(x). */
    double value(double x);

    /** σ'(x). */
    double derivative(double x);

    /** σ''(x). */
    double secondDerivative(double x);
}
