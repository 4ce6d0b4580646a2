package lab.minimax.distribution;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * Builds the fine Gaussian mixture that defines a blurred curve target: centres at equally spaced
 * parameter values t_j along each curve, consecutive centres at most {@link #SPACING}·σ apart in
 * arclength, each component N(c(t_j), σ² I). By Poisson summation the ripple of such a mixture
 * along the curve is about 2·exp(−2π²/SPACING²) ≈ 7e-6 relative, so it is a smooth band; and it
 * is the exact density of the sampler (component, then Gaussian noise).
 */
final class CurveMixture {
    /** Largest arclength gap between consecutive centres, in units of σ. */
    static final double SPACING = 1.25;

    private double[] centres = new double[64];
    private double[] weights = new double[32];
    private int k;

    /**
     * Adds one curve t ↦ (x(t), y(t)), t in [t0, t1], carrying total weight {@code mass} spread
     * along t with density ∝ {@code massDensity(t)}.
     *
     * @param maxSpeed an upper bound of |c'(t)| on [t0, t1]
     */
    void addCurve(DoubleUnaryOperator x, DoubleUnaryOperator y, DoubleUnaryOperator massDensity,
                  double t0, double t1, double maxSpeed, double sd, double mass) {
        int m = Math.max(2, (int) Math.ceil(maxSpeed * (t1 - t0) / (SPACING * sd)) + 1);
        double total = 0;
        for (int j = 0; j < m; j++) {
            total += massDensity.applyAsDouble(t(j, m, t0, t1));
        }
        for (int j = 0; j < m; j++) {
            double t = t(j, m, t0, t1);
            ensure(k + 1);
            centres[2 * k] = x.applyAsDouble(t);
            centres[2 * k + 1] = y.applyAsDouble(t);
            weights[k] = mass * massDensity.applyAsDouble(t) / total;
            k++;
        }
    }

    private static double t(int j, int m, double t0, double t1) {
        return t0 + (t1 - t0) * j / (m - 1);
    }

    private void ensure(int size) {
        if (weights.length < size) {
            weights = Arrays.copyOf(weights, 2 * size);
            centres = Arrays.copyOf(centres, 4 * size);
        }
    }

    GaussianMixture build(double sd) {
        double[] s = new double[k];
        Arrays.fill(s, sd);
        return new GaussianMixture(2, Arrays.copyOf(centres, 2 * k), s, Arrays.copyOf(weights, k));
    }

    /** Arclength of a curve, by the trapezoid rule on 4096 intervals (for {@link Target.LocalScale}). */
    static double length(DoubleUnaryOperator x, DoubleUnaryOperator y, double t0, double t1) {
        int n = 4096;
        double len = 0;
        double px = x.applyAsDouble(t0);
        double py = y.applyAsDouble(t0);
        for (int i = 1; i <= n; i++) {
            double t = t0 + (t1 - t0) * i / n;
            double qx = x.applyAsDouble(t);
            double qy = y.applyAsDouble(t);
            len += StrictMath.hypot(qx - px, qy - py);
            px = qx;
            py = qy;
        }
        return len;
    }
}
