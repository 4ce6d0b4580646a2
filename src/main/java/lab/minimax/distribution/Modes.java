package lab.minimax.distribution;

/**
 * The modes of a mixture: centres (k points, row-major, k*dim values), the isotropic standard
 * deviation of each mode, and the mixture weights.
 */
public record Modes(int dim, double[] centers, double[] sd, double[] weights) {
    public int count() {
        return sd.length;
    }

    public double center(int k, int d) {
        return centers[k * dim + d];
    }
}
