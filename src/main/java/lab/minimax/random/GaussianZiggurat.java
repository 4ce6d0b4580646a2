package lab.minimax.random;

/**
 * N(0, 1) by the ziggurat (Marsaglia and Tsang 2000) on f(x) = e^(−x²/2), 256 layers, tables
 * from {@link Ziggurat}. One 64-bit draw gives the layer (bits 0–7) and a signed 53-bit value
 * (bits 11–63: sign and 52-bit magnitude); about 98.8% of draws are accepted on that alone. The
 * wedges test against StrictMath.exp, the tail beyond r ≈ 3.654 uses Marsaglia's exact method (1964):
 * a = −log(u₁)/r, b = −log(u₂) until 2b ≥ a², giving r + a, with StrictMath.log.
 */
final class GaussianZiggurat {
    private GaussianZiggurat() {
    }

    static final Ziggurat TABLE = new Ziggurat(
            x -> StrictMath.exp(-0.5 * x * x),
            y -> Math.sqrt(-2 * StrictMath.log(y)),
            GaussianZiggurat::tailArea, 3, 4.5);
    /** The tail start r. */
    static final double R = TABLE.r;
    /**
     * K[i] = ⌊2⁵²·x[i+1]/x[i] − ½⌋: a magnitude n below it gives (n + ½)·2⁻⁵²·x[i] &lt; x[i+1],
     * inside the density.
     */
    private static final long[] K = TABLE.acceptBelow(52, 0.5);
    /** W[i] = x[i]·2⁻⁵². */
    private static final double[] W = TABLE.cellWidths(52);
    private static final double[] F = TABLE.f;

    /**
     * j = u ≫ 11 (arithmetic) is uniform on [−2⁵², 2⁵²); its magnitude n = j ⊕ (j ≫ 63) is j for
     * j ≥ 0 and −j − 1 for j &lt; 0, so both signs see n ∈ [0, 2⁵²), and x = (j + ½)·W[i] (exact
     * in double) is ±(n + ½)·2⁻⁵²·x[i]: the midpoints of 2⁵² cells, exactly symmetric.
     */
    static double sample(SplitMix64 rng) {
        long u = rng.nextLong();
        int i = (int) u & 0xFF;
        long j = u >> 11;
        if ((j ^ (j >> 63)) < K[i]) {
            return (j + 0.5) * W[i];
        }
        return slow(rng, u);
    }

    /** A draw that missed the inner boxes: a wedge, the tail, or a fresh draw. */
    private static double slow(SplitMix64 rng, long u) {
        for (;;) {
            int i = (int) u & 0xFF;
            long j = u >> 11;
            double x = (j + 0.5) * W[i];
            if ((j ^ (j >> 63)) < K[i]) {
                return x;
            }
            if (i == 0) {
                return Math.copySign(tail(rng), x);
            }
            if (F[i] + rng.nextDouble() * (F[i + 1] - F[i]) < StrictMath.exp(-0.5 * x * x)) {
                return x;
            }
            u = rng.nextLong();
        }
    }

    /** A draw from N(0, 1) conditioned on x > R (Marsaglia 1964). */
    static double tail(SplitMix64 rng) {
        double a;
        double b;
        do {
            a = -StrictMath.log(1 - rng.nextDouble()) / R; // 1 − u ∈ (0, 1]
            b = -StrictMath.log(1 - rng.nextDouble());
        } while (b + b < a * a);
        return R + a;
    }

    /**
     * ∫_r^∞ e^(−t²/2) dt = e^(−r²/2) / (r + 1/(r + 2/(r + 3/(r + …)))) (Laplace's continued
     * fraction for Mills' ratio), evaluated from the 400th term up; for r ≥ 3 it has converged to
     * double precision long before.
     */
    static double tailArea(double r) {
        double c = r;
        for (int n = 400; n >= 1; n--) {
            c = r + n / c;
        }
        return StrictMath.exp(-0.5 * r * r) / c;
    }
}
