package lab.minimax.nn;

/** ReLU: σ(x) = max(x, 0); σ'(x) = 1 for x &gt; 0, else 0 (PyTorch's choice at the kink); σ'' = 0. */
public final class Relu implements Activation {
    @Override
    public String name() {
        return "relu";
    }

    @Override
    public double value(double x) {
        return x > 0 ? x : 0.0;
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? 1.0 : 0.0;
    }

    @Override
    public double secondDerivative(double x) {
        return 0.0;
    }

    @Override
    public void apply(double[] z, double[] a, int len) {
        for (int i = 0; i < len; i++) {
            a[i] = z[i] > 0 ? z[i] : 0.0;
        }
    }

    @Override
    public void multiplyDerivative(double[] z, double[] a, double[] g, int len) {
        for (int i = 0; i < len; i++) {
            g[i] = z[i] > 0 ? g[i] : 0.0;
        }
    }

    @Override
    public void secondOrder(double[] z, double[] a, double[] d, double[] gBar, double[] zBar, int len) {
        for (int i = 0; i < len; i++) {
            zBar[i] = 0.0;
            gBar[i] = z[i] > 0 ? gBar[i] : 0.0;
        }
    }

    @Override
    public boolean isPiecewiseLinear() {
        return true;
    }
}
