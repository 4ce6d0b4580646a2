package lab.minimax.random;

/**
 * Exp(1) by the ziggurat (Marsaglia and Tsang 2000) on f(x) = e^(−x), 256 layers, tables from
 * {@link Ziggurat}. One 64-bit draw gives the layer (bits 0–7) and the 53-bit value (bits 11–63).
 * The wedges test against StrictMath.exp; the tail beyond r ≈ 7.697 is r + Exp(1)
 * (memorylessness), so a tail draw adds r and draws again.
 */
final class ExponentialZiggurat {
    private ExponentialZiggurat() {
    }

    static final Ziggurat TABLE = new Ziggurat(
            x -> StrictMath.exp(-x),
            y -> -StrictMath.log(y),
            r -> StrictMath.exp(-r), 6, 9);
    /** The tail start r. */
    static final double R = TABLE.r;
    /** K[i] = ⌊2⁵³·x[i+1]/x[i]⌋: a 53-bit m below it gives m·2⁻⁵³·x[i] &lt; x[i+1], inside the density. */
    private static final long[] K = TABLE.acceptBelow(53, 0);
    /** W[i] = x[i]·2⁻⁵³. */
    private static final double[] W = TABLE.cellWidths(53);
    private static final double[] F = TABLE.f;

    static double sample(SplitMix64 rng) {
        long u = rng.nextLong();
        int i = (int) u & 0xFF;
        long m = u >>> 11;
        if (m < K[i]) {
            return m * W[i];
        }
        return slow(rng, u);
    }

    /**
     * A draw that missed the inner boxes: the tail gives r + a fresh draw (memorylessness), a
     * wedge accepts x under the density, and a rejection starts afresh.
     */
    private static double slow(SplitMix64 rng, long u) {
        int i = (int) u & 0xFF;
        if (i == 0) {
            return R + sample(rng);
        }
        double x = (u >>> 11) * W[i];
        if (F[i] + rng.nextDouble() * (F[i + 1] - F[i]) < StrictMath.exp(-x)) {
            return x;
        }
        return sample(rng);
    }
}
