package lab.minimax.nn;

/**
 * Leaky ReLU: σ(x) = x for x &gt; 0, else αx; σ'(x) = 1 for x &gt; 0, else α (PyTorch's choice at
 * the kink); σ'' = 0.
 */
public final class LeakyRelu implements Activation {
    private final double alpha;

    /** @param alpha the slope α for x ≤ 0, finite */
    public LeakyRelu(double alpha) {
        if (!Double.isFinite(alpha)) {
            throw new IllegalArgumentException("LeakyReLU alpha must be finite, got " + alpha);
        }
        this.alpha = alpha;
    }

    public double alpha() {
        return alpha;
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
    public void apply(double[] z, double[] a, int len) {
        final double al = alpha;
        for (int i = 0; i < len; i++) {
            a[i] = z[i] > 0 ? z[i] : al * z[i];
        }
    }

    @Override
    public void multiplyDerivative(double[] z, double[] a, double[] g, int len) {
        final double al = alpha;
        for (int i = 0; i < len; i++) {
            g[i] = z[i] > 0 ? g[i] : al * g[i];
        }
    }

    @Override
    public void secondOrder(double[] z, double[] a, double[] d, double[] gBar, double[] zBar, int len) {
        final double al = alpha;
        for (int i = 0; i < len; i++) {
            zBar[i] = 0.0;
            gBar[i] = z[i] > 0 ? gBar[i] : al * gBar[i];
        }
    }

    @Override
    public boolean isPiecewiseLinear() {
        return true;
    }
}
