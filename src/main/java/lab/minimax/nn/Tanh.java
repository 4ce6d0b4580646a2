package lab.minimax.nn;

/** tanh: σ = tanh x, σ' = 1 − σ², σ'' = −2σ(1 − σ²). Bulk methods reuse the stored a = σ(z). */
public final class Tanh implements Activation {
    @Override
    public String name() {
        return "tanh";
    }

    @Override
    public double value(double x) {
        return Math.tanh(x);
    }

    @Override
    public double derivative(double x) {
        double t = Math.tanh(x);
        return 1.0 - t * t;
    }

    @Override
    public double secondDerivative(double x) {
        double t = Math.tanh(x);
        return -2.0 * t * (1.0 - t * t);
    }

    @Override
    public void apply(double[] z, double[] a, int len) {
        for (int i = 0; i < len; i++) {
            a[i] = Math.tanh(z[i]);
        }
    }

    @Override
    public void multiplyDerivative(double[] z, double[] a, double[] g, int len) {
        for (int i = 0; i < len; i++) {
            g[i] *= 1.0 - a[i] * a[i];
        }
    }

    @Override
    public void secondOrder(double[] z, double[] a, double[] d, double[] gBar, double[] zBar, int len) {
        for (int i = 0; i < len; i++) {
            // σ' = 1 − t², σ'' = −2t·σ'
            double t = a[i];
            double s1 = 1.0 - t * t;
            zBar[i] = gBar[i] * d[i] * (-2.0 * t * s1);
            gBar[i] *= s1;
        }
    }
}
