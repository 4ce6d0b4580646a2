package lab.minimax.metrics;

/**
 * A metric value with the sample sizes it was computed from.
 *
 * @param value the estimate
 * @param n     number of generated samples used
 * @param m     number of reference samples used; 0 when compared against the exact target
 */
public record Estimate(double value, int n, int m) {
    /** An estimate against the exact target (m = 0). */
    public static Estimate exact(double value, int n) {
        return new Estimate(value, n, 0);
    }
}
