package lab.minimax.nn;

/** The identity: σ(x) = x, σ' = 1, σ'' = 0. */
public final class Linear implements PiecewiseLinear {
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
    public void apply(float[] a, int len) {
        // σ(z) = z: A is Z
    }

    @Override
    public void multiplyDerivative(float[] a, float[] g, int len) {
        // σ' = 1: G is unchanged
    }
}
