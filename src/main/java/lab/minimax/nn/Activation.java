package lab.minimax.nn;

/**
 * A hidden-layer activation σ, defined once: its value and first and second derivatives as
 * scalar functions in double (the definition; finite-difference checks and the double reference
 * in the tests use them), and the float32 bulk operations the network's hot loops run on a whole
 * layer at once. The bulk operations read σ' and σ'' from the stored output a = σ(z), so no
 * pre-activation is kept (tanh' = 1 − a², ELU' = a + α for z ≤ 0, ReLU' = [a &gt; 0]); that needs
 * sign(a) = sign(z), which every built-in activation has (LeakyReLU and ELU with α &gt; 0).
 */
public interface Activation {
    String name();

    /** σ(x). */
    double value(double x);

    /** σ'(x). */
    double derivative(double x);

    /** σ''(x). */
    double secondDerivative(double x);

    /** A = σ(Z) in place: {@code a[i] = σ(a[i])} for i &lt; len. */
    void apply(float[] a, int len);

    /** G ⊙= σ'(Z): {@code g[i] *= σ'(z_i)}, read from {@code a[i] = σ(z_i)}. */
    void multiplyDerivative(float[] a, float[] g, int len);

    /**
     * The second-order step of double backprop through G = D ⊙ σ'(Z), from a = σ(z):
     * {@code zBar[i] = gBar[i]·d[i]·σ''(z_i)}, then {@code gBar[i] *= σ'(z_i)} (in place).
     */
    void secondOrder(float[] a, float[] d, float[] gBar, float[] zBar, int len);

    /** True when σ'' = 0 wherever it exists (ReLU, LeakyReLU, linear): double backprop can skip it. */
    default boolean isPiecewiseLinear() {
        return false;
    }

    /** True for ReLU, whose forward and mask the network fuses into its products' stores. */
    default boolean isRelu() {
        return false;
    }
}
