package lab.minimax.nn;

/** The identity: σ(x) = x, σ' = 1, σ'' = 0. */
public final class Linear implements Activation {
    @Override
    public String name() {
        return "linear";
    }

    @Override
    public double value(double x) {
        return x;
    }

    @Override
    public double derivative(double x) {
        return 1.0;
    }

    @Override
    public double secondDerivative(double x) {
        return 0.0;
    }

    @Override
    public void apply(double[] z, double[] a, int len) {
        System.arraycopy(z, 0, a, 0, len);
    }

    @Override
    public void multiplyDerivative(double[] z, double[] a, double[] g, int len) {
        // σ' = 1: G is unchanged
    }

    @Override
    public void secondOrder(double[] z, double[] a, double[] d, double[] gBar, double[] zBar, int len) {
        java.util.Arrays.fill(zBar, 0, len, 0.0);
    }

    @Override
    public boolean isPiecewiseLinear() {
        return true;
    }
}
