package lab.minimax.distribution;

/** An axis-aligned box lo[d] ≤ x[d] ≤ hi[d]. */
public record Box(double[] lo, double[] hi) {
    public int dim() {
        return lo.length;
    }
}
