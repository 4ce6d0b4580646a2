package lab.minimax.nn;

/**
 * ELU: σ(x) = x for x &gt; 0, else α(eˣ − 1); σ'(x) = 1 for x &gt; 0, else αeˣ = σ(x) + α;
 * σ''(x) = 0 for x &gt; 0, else αeˣ. Bulk methods reuse the stored a = σ(z).
 */
public final class Elu implements Activation {
    private final double alpha;

    /** ELU with α = 1 (PyTorch's default). */
    public Elu() {
        this(1.0);
    }

    /** @param alpha α &gt; 0, finite */
    public Elu(double alpha) {
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException("ELU alpha must be finite and > 0, got " + alpha);
        }
        this.alpha = alpha;
    }

    public double alpha() {
        return alpha;
    }

    @Override
    public String name() {
        return "elu";
    }

    @Override
    public double value(double x) {
        return x > 0 ? x : alpha * Math.expm1(x);
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? 1.0 : alpha * Math.exp(x);
    }

    @Override
    public double secondDerivative(double x) {
        return x > 0 ? 0.0 : alpha * Math.exp(x);
    }

    @Override
    public void apply(double[] z, double[] a, int len) {
        final double al = alpha;
        for (int i = 0; i < len; i++) {
            double x = z[i];
            a[i] = x > 0 ? x : al * Math.expm1(x);
        }
    }

    @Override
    public void multiplyDerivative(double[] z, double[] a, double[] g, int len) {
        final double al = alpha;
        for (int i = 0; i < len; i++) {
            // σ'(z) = a + α for z ≤ 0
            if (!(z[i] > 0)) {
                g[i] *= a[i] + al;
            }
        }
    }

    @Override
    public void secondOrder(double[] z, double[] a, double[] d, double[] gBar, double[] zBar, int len) {
        final double al = alpha;
        for (int i = 0; i < len; i++) {
            if (z[i] > 0) {
                zBar[i] = 0.0;
            } else {
                // σ' = σ'' = a + α
                double s = a[i] + al;
                zBar[i] = gBar[i] * d[i] * s;
                gBar[i] *= s;
            }
        }
    }
}
