package lab.minimax.gan;

import lab.minimax.gan.objective.Objective;
import lab.minimax.nn.Network;
import org.ejml.data.FMatrixRMaj;

import java.util.random.RandomGenerator;

/**
 * The discriminator's side of one update: V = D([X; X̃]) in one forward pass, L_D and dL_D/dV from
 * the objective, dL_D/dθ_D accumulated by backprop into D's gradient buffers, plus WGAN-GP's
 * λ E(‖∇ₓV(x̂)‖ − 1)² at x̂ = εX + (1−ε)X̃. Scratch is sized once for the batch B.
 */
final class DiscriminatorGradient {
    private final int batch;
    private final int dx;
    private final FMatrixRMaj bothX;   // 2B × dx, [X; X̃]
    private final FMatrixRMaj dV;      // 2B × 1, dL_D/dV
    private final double[] vReal;
    private final double[] vFake;
    private final double[] gReal;
    private final double[] gFake;
    private final PenaltyPoints penaltyPoints;

    DiscriminatorGradient(int batch, int dx) {
        this.batch = batch;
        this.dx = dx;
        bothX = new FMatrixRMaj(2 * batch, dx);
        dV = new FMatrixRMaj(2 * batch, 1);
        vReal = new double[batch];
        vFake = new double[batch];
        gReal = new double[batch];
        gFake = new double[batch];
        penaltyPoints = new PenaltyPoints(batch, dx);
    }

    /**
     * Fills D's gradient buffers for L_D on the real rows X and generated rows X̃ (B × dx each);
     * sets {@code stats.bound} and {@code stats.penalty}; returns L_D (penalty included).
     */
    double compute(Network discriminator, Objective objective, FMatrixRMaj realX, FMatrixRMaj fakeX,
                   RandomGenerator rng, StepStats stats) {
        int b = batch;
        System.arraycopy(realX.data, 0, bothX.data, 0, b * dx);
        System.arraycopy(fakeX.data, 0, bothX.data, b * dx, b * dx);
        FMatrixRMaj v = discriminator.forward(bothX);
        // the head in double: V widened exactly, dL_D/dV rounded to float once
        for (int i = 0; i < b; i++) {
            vReal[i] = v.data[i];
            vFake[i] = v.data[b + i];
        }
        double loss = objective.discriminatorLoss(vReal, b, vFake, b, gReal, gFake);
        stats.bound = objective.boundAfterLoss(loss, vReal, b, vFake, b);
        for (int i = 0; i < b; i++) {
            dV.data[i] = (float) gReal[i];
            dV.data[b + i] = (float) gFake[i];
        }
        discriminator.zeroGrad();
        discriminator.backward(dV, true, null);
        double lambda = objective.gradientPenalty();
        stats.penalty = 0;
        if (lambda > 0) {
            // at x̂ᵢ = εᵢ xᵢ + (1 − εᵢ) x̃ᵢ, εᵢ ~ U[0, 1]
            stats.penalty = discriminator.gradientPenalty(penaltyPoints.between(realX, fakeX, rng), lambda);
            loss += stats.penalty;
        }
        return loss;
    }
}
