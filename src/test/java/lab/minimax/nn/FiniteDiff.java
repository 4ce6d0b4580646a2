package lab.minimax.nn;

import java.util.function.DoubleUnaryOperator;

/** Centred finite differences in double for the gradient checks of nn and gan (test helper). */
public final class FiniteDiff {
    private FiniteDiff() {
    }

    /**
     * f'(x) by the 5-point centred stencil [8(f(x+h) − f(x−h)) − (f(x+2h) − f(x−2h))] / 12h:
     * truncation error h⁴f⁽⁵⁾/30, so h = 1e-3 keeps both truncation and round-off near 1e-12.
     */
    public static double derivative(DoubleUnaryOperator f, double x, double h) {
        double d1 = f.applyAsDouble(x + h) - f.applyAsDouble(x - h);
        double d2 = f.applyAsDouble(x + 2 * h) - f.applyAsDouble(x - 2 * h);
        return (8 * d1 - d2) / (12 * h);
    }

    /** ∂f/∂θ for θ = p[i], restoring p[i] afterwards. */
    static double partial(double[] p, int i, double h, java.util.function.DoubleSupplier f) {
        final double x0 = p[i];
        double d = derivative(x -> {
            p[i] = x;
            return f.getAsDouble();
        }, x0, h);
        p[i] = x0;
        return d;
    }

    /** |a − b| / max(1e-8, |a| + |b|): relative, but robust to tiny gradients. */
    public static double relErr(double a, double b) {
        return Math.abs(a - b) / Math.max(1e-8, Math.abs(a) + Math.abs(b));
    }

    /** |a − b| / max(|a|, |b|), 0 when both are 0. */
    public static double relativeError(double a, double b) {
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return scale == 0 ? 0 : Math.abs(a - b) / scale;
    }

    /** FD steps tried from the largest down for functions with kinks. */
    private static final double[] LADDER = {1e-3, 1e-4, 1e-5, 1e-6, 1e-7};

    /**
     * ∂f/∂θ for θ = p[i] of a piecewise-smooth f: the 5-point stencil with the largest step from
     * 1e-3 down to 1e-7 whose four evaluations leave {@code region} (e.g. the signs of all
     * pre-activations, read after each evaluation) as it is at θ, so no stencil crosses a kink.
     */
    static double partialPiecewise(double[] p, int i, java.util.function.DoubleSupplier f,
                                   java.util.function.Supplier<boolean[]> region) {
        final double x0 = p[i];
        f.getAsDouble();
        boolean[] r0 = region.get();
        try {
            for (double h : LADDER) {
                double[] v = new double[4];
                double[] offsets = {h, -h, 2 * h, -2 * h};
                boolean same = true;
                for (int t = 0; t < 4 && same; t++) {
                    p[i] = x0 + offsets[t];
                    v[t] = f.getAsDouble();
                    same = java.util.Arrays.equals(r0, region.get());
                }
                if (same) {
                    return (8 * (v[0] - v[1]) - (v[2] - v[3])) / (12 * h);
                }
            }
        } finally {
            p[i] = x0;
        }
        throw new AssertionError("a kink within 2e-7 of θ");
    }

    /** The signs of the hidden pre-activations Z_l (l = 1..L−1) of the net's last forward pass. */
    static boolean[] hiddenSigns(DoubleMlp net) {
        int total = 0;
        for (int l = 1; l < net.layers.length; l++) {
            total += net.Z[l].getNumElements();
        }
        boolean[] s = new boolean[total];
        int o = 0;
        for (int l = 1; l < net.layers.length; l++) {
            for (int t = 0; t < net.Z[l].getNumElements(); t++) {
                s[o++] = net.Z[l].data[t] > 0;
            }
        }
        return s;
    }
}
