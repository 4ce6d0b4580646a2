package lab.minimax.nn;

/**
 * tanh: σ = tanh x, σ' = 1 − σ², σ'' = −2σ(1 − σ²). The float32 bulk methods compute tanh by
 * {@link FixedMath#tanh} and reuse the stored a = σ(z).
 */
public final class Tanh implements Activation {
    @Override
    public String name() {
        return "tanh";
    }

    @Override
    public double value(double x) {
        return StrictMath.tanh(x);
    }

    @Override
    public double derivative(double x) {
        double t = StrictMath.tanh(x);
        return 1.0 - t * t;
    }

    @Override
    public double secondDerivative(double x) {
        double t = StrictMath.tanh(x);
        return -2.0 * t * (1.0 - t * t);
    }

    @Override
    public void apply(float[] a, int len) {
        for (int i = 0; i < len; i++) {
            a[i] = (float) FixedMath.tanh(a[i]);
        }
    }

    @Override
    public void multiplyDerivative(float[] a, float[] g, int len) {
        for (int i = 0; i < len; i++) {
            g[i] *= 1f - a[i] * a[i];
        }
    }

    @Override
    public void secondOrder(float[] a, float[] d, float[] gBar, float[] zBar, int len) {
        for (int i = 0; i < len; i++) {
            // σ' = 1 − t², σ'' = −2t·σ'
            float t = a[i];
            float s1 = 1f - t * t;
            zBar[i] = gBar[i] * d[i] * (-2f * t * s1);
            gBar[i] *= s1;
        }
    }
}
