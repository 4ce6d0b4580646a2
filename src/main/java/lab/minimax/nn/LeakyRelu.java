package lab.minimax.nn;

/**
 * Leaky ReLU: σ(x) = x for x &gt; 0, else αx; σ'(x) = 1 for x &gt; 0, else α (PyTorch's choice at
 * the kink); σ'' = 0. α &gt; 0, so that sign(σ(x)) = sign(x) and σ' can be read from the output.
 */
public final class LeakyRelu extends AlphaActivation implements PiecewiseLinear {

    /** @param alpha the slope α for x ≤ 0, finite and &gt; 0 */
    public LeakyRelu(double alpha) {
        super("LeakyReLU", alpha);
    }

    @Override
    public String name() {
        return "leakyrelu";
    }

    @Override
    public double value(double x) {
        return x > 0 ? x : alpha * x;
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? 1.0 : alpha;
    }

    @Override
    public double secondDerivative(double x) {
        return 0.0;
    }

    @Override
    public void apply(float[] a, int len) {
        final float al = alphaF;
        for (int i = 0; i < len; i++) {
            float z = a[i];
            a[i] = z > 0 ? z : al * z;
        }
    }

    @Override
    public void multiplyDerivative(float[] a, float[] g, int len) {
        final float al = alphaF;
        for (int i = 0; i < len; i++) {
            g[i] = a[i] > 0 ? g[i] : al * g[i];
        }
    }
}
