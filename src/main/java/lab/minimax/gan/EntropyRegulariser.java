package lab.minimax.gan;

import lab.minimax.metrics.KnnEntropy;

/**
 * The EBM view's entropy term (lesson 7): the generator minimises L_G − β·Ĥ(q), with Ĥ the
 * Kozachenko–Leonenko estimate on the generated batch, so dL/dX̃ gains −β·∂Ĥ/∂X̃. Buffers are
 * sized once for the batch.
 */
final class EntropyRegulariser {
    /** k of the k-nearest-neighbour estimate. */
    static final int K = 3;

    private final KnnEntropy entropy;
    private final double[] dEntropy; // B·dx, ∂Ĥ/∂X̃

    EntropyRegulariser(int batch, int dx) {
        entropy = new KnnEntropy(K, batch, dx);
        dEntropy = new double[batch * dx];
    }

    /**
     * dL_G'/dX̃ = dL_G/dX̃ − β ∂Ĥ/∂X̃ in place on {@code dFake}; returns Ĥ(X̃).
     *
     * @param fake  X̃, B rows of dx
     * @param dFake dL_G/dX̃ (B·dx), updated in place
     */
    double apply(double[] fake, int batch, double beta, double[] dFake) {
        double h = entropy.estimate(fake, batch, dEntropy);
        for (int j = 0; j < dEntropy.length; j++) {
            dFake[j] -= beta * dEntropy[j];
        }
        return h;
    }
}
