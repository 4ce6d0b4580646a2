package lab.minimax.nn;

/**
 * A hidden-layer activation σ with its first and second derivatives side by side (the second
 * one is needed by the WGAN-GP double backprop).
 *
 * <p>The four scalar methods define the activation. The bulk methods below are what the MLP's
 * hot loops call, once per layer instead of once per element; their defaults are written in
 * terms of the scalar methods, and every built-in activation overrides them with a tight loop
 * (which may use the stored output a = σ(z) to get σ' cheaply, e.g. tanh' = 1 − a²).
 */
public interface Activation {
    String name();

    /** σ(x). */
    double value(double x);

    /** σ'(x). */
    double derivative(double x);

    /** σ''(x). */
    double secondDerivative(double x);

    /** A = σ(Z): {@code a[i] = σ(z[i])} for i &lt; len. */
    default void apply(double[] z, double[] a, int len) {
        for (int i = 0; i < len; i++) {
            a[i] = value(z[i]);
        }
    }

    /** G ⊙= σ'(Z): {@code g[i] *= σ'(z[i])}, where {@code a[i] = σ(z[i])} is given. */
    default void multiplyDerivative(double[] z, double[] a, double[] g, int len) {
        for (int i = 0; i < len; i++) {
            g[i] *= derivative(z[i]);
        }
    }

    /**
     * The second-order step of double backprop through G = D ⊙ σ'(Z):
     * {@code zBar[i] = gBar[i]·d[i]·σ''(z[i])}, then {@code gBar[i] *= σ'(z[i])} (in place).
     */
    default void secondOrder(double[] z, double[] a, double[] d, double[] gBar, double[] zBar, int len) {
        for (int i = 0; i < len; i++) {
            zBar[i] = gBar[i] * d[i] * secondDerivative(z[i]);
            gBar[i] *= derivative(z[i]);
        }
    }

    /** True when σ'' = 0 wherever it exists (ReLU, LeakyReLU, linear): double backprop can skip it. */
    default boolean isPiecewiseLinear() {
        return false;
    }
}
