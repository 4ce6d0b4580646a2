package lab.minimax.nn;

/**
 * The logistic sigmoid σ(x) = 1 / (1 + e^{−x}) (an image generator's output, pixels in (0, 1)):
 * σ' = σ(1 − σ), σ'' = σ'(1 − 2σ). The float32 bulk methods compute e^{−x} by
 * {@link FixedMath#exp} (the same bits on every JVM) and reuse the stored a = σ(z).
 */
public final class Sigmoid implements Activation {
    @Override
    public String name() {
        return "sigmoid";
    }

    @Override
    public double value(double x) {
        return 1.0 / (1.0 + StrictMath.exp(-x));
    }

    @Override
    public double derivative(double x) {
        double s = value(x);
        return s * (1.0 - s);
    }

    @Override
    public double secondDerivative(double x) {
        double s = value(x);
        return s * (1.0 - s) * (1.0 - 2.0 * s);
    }

    @Override
    public void apply(float[] a, int len) {
        for (int i = 0; i < len; i++) {
            a[i] = (float) (1.0 / (1.0 + FixedMath.exp(-a[i])));
        }
    }

    @Override
    public void multiplyDerivative(float[] a, float[] g, int len) {
        for (int i = 0; i < len; i++) {
            g[i] *= a[i] * (1f - a[i]);
        }
    }

    @Override
    public void secondOrder(float[] a, float[] d, float[] gBar, float[] zBar, int len) {
        for (int i = 0; i < len; i++) {
            // σ' = s(1 − s), σ'' = σ'(1 − 2s)
            float s = a[i];
            float s1 = s * (1f - s);
            zBar[i] = gBar[i] * d[i] * (s1 * (1f - 2f * s));
            gBar[i] *= s1;
        }
    }
}
