package lab.minimax.gan;

import org.ejml.data.FMatrixRMaj;

import java.util.random.RandomGenerator;

/**
 * WGAN-GP's penalty points: x̂ᵢ = εᵢ xᵢ + (1 − εᵢ) x̃ᵢ with εᵢ ~ U[0, 1], one ε per row, drawn
 * from the run's stream (so the same seed gives the same points). The matrix is sized once.
 */
final class PenaltyPoints {
    private final FMatrixRMaj xHat;

    PenaltyPoints(int batch, int dx) {
        xHat = new FMatrixRMaj(batch, dx);
    }

    /** x̂ between the real rows X and the generated rows X̃ (both B × dx), in double, rounded once. */
    FMatrixRMaj between(FMatrixRMaj realX, FMatrixRMaj fakeX, RandomGenerator rng) {
        int b = xHat.numRows;
        int dx = xHat.numCols;
        for (int i = 0; i < b; i++) {
            double eps = rng.nextDouble();
            for (int d = 0; d < dx; d++) {
                int j = i * dx + d;
                xHat.data[j] = (float) (eps * realX.data[j] + (1 - eps) * fakeX.data[j]);
            }
        }
        return xHat;
    }
}
