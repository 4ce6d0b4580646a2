package lab.minimax.nn;

/**
 * ELU: σ(x) = x for x &gt; 0, else α(eˣ − 1); σ'(x) = 1 for x &gt; 0, else αeˣ = σ(x) + α;
 * σ''(x) = 0 for x &gt; 0, else αeˣ. The float32 bulk methods compute eˣ − 1 by
 * {@link FixedMath#expm1} and read σ' = σ'' = a + α from the stored output.
 */
public final class Elu extends AlphaActivation {

    /** ELU with α = 1 (PyTorch's default). */
    public Elu() {
        this(1.0);
    }

    /** @param alpha α &gt; 0, finite */
    public Elu(double alpha) {
        super("ELU", alpha);
    }

    @Override
    public String name() {
        return "elu";
    }

    @Override
    public double value(double x) {
        return x > 0 ? x : alpha * StrictMath.expm1(x);
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? 1.0 : alpha * StrictMath.exp(x);
    }

    @Override
    public double secondDerivative(double x) {
        return x > 0 ? 0.0 : alpha * StrictMath.exp(x);
    }

    @Override
    public void apply(float[] a, int len) {
        final double al = alpha;
        for (int i = 0; i < len; i++) {
            float x = a[i];
            a[i] = x > 0 ? x : (float) (al * FixedMath.expm1(x));
        }
    }

    @Override
    public void multiplyDerivative(float[] a, float[] g, int len) {
        final float al = alphaF;
        for (int i = 0; i < len; i++) {
            // σ'(z) = a + α for z ≤ 0
            g[i] = a[i] > 0 ? g[i] : (a[i] + al) * g[i];
        }
    }

    @Override
    public void secondOrder(float[] a, float[] d, float[] gBar, float[] zBar, int len) {
        final float al = alphaF;
        for (int i = 0; i < len; i++) {
            if (a[i] > 0) {
                zBar[i] = 0f;
            } else {
                // σ' = σ'' = a + α
                float s = a[i] + al;
                zBar[i] = gBar[i] * d[i] * s;
                gBar[i] *= s;
            }
        }
    }
}
