package lab.minimax.nn;

import lab.minimax.nn.f32.FloatOps;

/**
 * Leaky ReLU: σ(x) = x for x &gt; 0, else αx; σ'(x) = 1 for x &gt; 0, else α (PyTorch's choice at
 * the kink); σ'' = 0. α &gt; 0, so that sign(σ(x)) = sign(x) and σ' can be read from the output.
 */
public final class LeakyRelu extends AlphaActivation implements PiecewiseLinear {
    /** The elementwise loops (plain or vector, as the kernels). */
    private static final FloatOps OPS = FloatOps.selected();

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
        // a[i] = a[i] > 0 ? a[i] : α·a[i] (in vectors where available: elementwise, the same bits)
        OPS.leakyRelu(a, len, alphaF);
    }

    @Override
    public void multiplyDerivative(float[] a, float[] g, int len) {
        // g[i] = a[i] > 0 ? g[i] : α·g[i]
        OPS.leakyReluBackward(a, g, len, alphaF);
    }
}
