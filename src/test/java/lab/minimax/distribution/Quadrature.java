package lab.minimax.distribution;

import java.util.function.DoubleUnaryOperator;

/** Test-side quadrature, independent of the metrics package: Gauss–Legendre panels, and composite Simpson. */
public final class Quadrature {
    private Quadrature() {
    }

    // 5-point Gauss–Legendre nodes and weights on [−1, 1]
    private static final double[] X = {0, -0.5384693101056831, 0.5384693101056831, -0.9061798459386640, 0.9061798459386640};
    private static final double[] W = {0.5688888888888889, 0.4786286704993665, 0.4786286704993665,
            0.2369268850561891, 0.2369268850561891};

    /** ∫_a^b f with `panels` Gauss–Legendre panels of 5 points, split at the given breakpoints. */
    public static double integrate(DoubleUnaryOperator f, double a, double b, int panels, double... breaks) {
        double[] cuts = new double[breaks.length + 2];
        int m = 0;
        cuts[m++] = a;
        java.util.Arrays.sort(breaks);
        for (double c : breaks) {
            if (c > a && c < b) {
                cuts[m++] = c;
            }
        }
        cuts[m++] = b;
        double total = 0;
        for (int s = 0; s + 1 < m; s++) {
            double lo = cuts[s];
            double hi = cuts[s + 1];
            int np = Math.max(1, (int) Math.round(panels * (hi - lo) / (b - a)));
            double h = (hi - lo) / np;
            for (int p = 0; p < np; p++) {
                double mid = lo + (p + 0.5) * h;
                for (int k = 0; k < 5; k++) {
                    total += 0.5 * h * W[k] * f.applyAsDouble(mid + 0.5 * h * X[k]);
                }
            }
        }
        return total;
    }

    /** ∫∫ f over [ax, bx]×[ay, by] by tensor Gauss–Legendre panels. */
    public static double integrate2(java.util.function.DoubleBinaryOperator f, double ax, double bx, double ay, double by, int panels) {
        double hx = (bx - ax) / panels;
        double hy = (by - ay) / panels;
        double total = 0;
        for (int i = 0; i < panels; i++) {
            double mx = ax + (i + 0.5) * hx;
            for (int k = 0; k < 5; k++) {
                double x = mx + 0.5 * hx * X[k];
                double inner = 0;
                for (int j = 0; j < panels; j++) {
                    double my = ay + (j + 0.5) * hy;
                    for (int l = 0; l < 5; l++) {
                        inner += W[l] * f.applyAsDouble(x, my + 0.5 * hy * X[l]);
                    }
                }
                total += W[k] * inner;
            }
        }
        return total * 0.25 * hx * hy;
    }

    /** ∫_a^b h(x) dx by composite Simpson with n (even) intervals; error O(h⁴) for smooth h. */
    public static double simpson(DoubleUnaryOperator h, double a, double b, int n) {
        if (n % 2 != 0) {
            throw new IllegalArgumentException("n must be even, got " + n);
        }
        double step = (b - a) / n;
        double sum = h.applyAsDouble(a) + h.applyAsDouble(b);
        for (int i = 1; i < n; i++) {
            double x = a + i * step;
            sum += (i % 2 == 1 ? 4.0 : 2.0) * h.applyAsDouble(x);
        }
        return sum * step / 3.0;
    }
}
