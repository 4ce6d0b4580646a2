package lab.minimax.metrics;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Sliced Wasserstein-1 distance between two 2D samples:
 * SW = (1/P) Σ_k W1(θ_k·a, θ_k·b), the mean of the exact 1D W1 of the projections on P unit
 * directions θ_k = (cos φ_k, sin φ_k). The angles are stratified over the half circle,
 * φ_k = π(k + u)/P with one random offset u ~ U[0, 1) from the generator (θ and −θ give the
 * same W1), so SW estimates the mean over uniform directions without bias and with error O(1/P²)
 * for smooth integrands. Example: for b = a + t, SW = mean |t·θ_k| ≈ 2‖t‖/π. NaN when a sample
 * has a non-finite coordinate.
 */
public final class SlicedWasserstein {
    /** Default number of projections. */
    public static final int DEFAULT_PROJECTIONS = 128;

    private SlicedWasserstein() {
    }

    /**
     * @param a           n points, row-major (x0, y0, x1, y1, …)
     * @param b           m points, row-major
     * @param projections number of directions P ≥ 1
     * @param rng         source of the angle offset (seeded: same seed, same directions)
     */
    public static Estimate compute(double[] a, int n, double[] b, int m, int projections, RandomGenerator rng) {
        if (projections < 1) {
            throw new IllegalArgumentException("projections must be ≥ 1, was " + projections);
        }
        if (n == 0 || m == 0 || !FiniteSamples.all(a, 2 * n) || !FiniteSamples.all(b, 2 * m)) {
            return new Estimate(Double.NaN, n, m);
        }
        double u = rng.nextDouble();
        double[] pa = new double[n];
        double[] pb = new double[m];
        double sum = 0;
        for (int k = 0; k < projections; k++) {
            double phi = Math.PI * (k + u) / projections;
            double c = StrictMath.cos(phi);
            double s = StrictMath.sin(phi);
            project(a, n, c, s, pa);
            project(b, m, c, s, pb);
            sum += Wasserstein1D.sorted(pa, n, pb, m);
        }
        return new Estimate(sum / projections, n, m);
    }

    /** {@link #compute} with {@link #DEFAULT_PROJECTIONS} directions. */
    public static Estimate compute(double[] a, int n, double[] b, int m, RandomGenerator rng) {
        return compute(a, n, b, m, DEFAULT_PROJECTIONS, rng);
    }

    /** out_i = θ·x_i, sorted. */
    private static void project(double[] x, int n, double c, double s, double[] out) {
        for (int i = 0; i < n; i++) {
            out[i] = c * x[2 * i] + s * x[2 * i + 1];
        }
        Arrays.sort(out, 0, n);
    }
}
