package lab.minimax.gan;

import lab.minimax.gan.objective.Objective;
import lab.minimax.nn.Network;
import org.ejml.data.FMatrixRMaj;

/**
 * The generator's side of one update: V = D(X̃), L_G and dL_G/dV from the objective (the head in
 * double), dL_G/dX̃ by backprop through D to its input (D's weight gradients are not computed),
 * minus β·∂Ĥ/∂X̃ with the entropy regulariser (β &gt; 0), then dL_G/dθ_G by backprop through G
 * into G's gradient buffers. Scratch is sized once for the batch B, so it allocates nothing.
 */
final class GeneratorGradient {
    private final int batch;
    private final int dx;
    private final FMatrixRMaj dV;      // B × 1, dL_G/dV
    private final FMatrixRMaj dFake;   // B × dD, dL_G/d[X̃, E_y] (dD = dx + label columns)
    private final FMatrixRMaj dFakeX;  // B × dx, dL_G/dX̃ of a conditional run (the label columns dropped); else dFake
    private final double[] fakeD;      // X̃ in double, for the entropy estimate
    private final double[] dFakeD;     // dL_G/dX̃ in double, for the entropy term
    private final double[] vFake;
    private final double[] gFake;
    private final EntropyRegulariser entropy;

    /** @param labels label columns of D's rows beside the dx values of an image (0 unless conditional) */
    GeneratorGradient(int batch, int dx, int labels) {
        this.batch = batch;
        this.dx = dx;
        dV = new FMatrixRMaj(batch, 1);
        dFake = new FMatrixRMaj(batch, dx + labels);
        dFakeX = labels == 0 ? dFake : new FMatrixRMaj(batch, dx);
        fakeD = new double[batch * dx];
        dFakeD = new double[batch * dx];
        vFake = new double[batch];
        gFake = new double[batch];
        entropy = new EntropyRegulariser(batch, dx);
    }

    /**
     * Fills G's gradient buffers (zeroed first) for L_G − β·Ĥ at the generated rows X̃ (B × dx, G's
     * forward cache holding them); sets {@code stats.entropy} (NaN when β = 0); returns L_G − β·Ĥ.
     */
    double compute(Network generator, Network discriminator, Objective objective, FMatrixRMaj fakeX, double beta,
                   StepStats stats) {
        int b = batch;
        FMatrixRMaj v = discriminator.forward(fakeX);
        Floats.copy(v.data, vFake, b);
        double loss = objective.generatorLoss(vFake, b, gFake);
        for (int i = 0; i < b; i++) {
            dV.data[i] = (float) gFake[i];
        }
        discriminator.backward(dV, false, dFake);
        stats.entropy = Double.NaN;
        if (beta > 0) {
            // L_G' = L_G − β Ĥ(X̃): dL_G'/dX̃ = dL_G/dX̃ − β ∂Ĥ/∂X̃ (in double, rounded once)
            int len = b * dx;
            Floats.copy(fakeX.data, fakeD, len);
            Floats.copy(dFake.data, dFakeD, len);
            double h = entropy.apply(fakeD, b, beta, dFakeD);
            Floats.copy(dFakeD, 0, dFake.data, len);
            stats.entropy = h;
            loss -= beta * h;
        }
        if (dFakeX != dFake) {
            LabelColumns.strip(dFake.data, dx, b, dFakeX.data);
        }
        generator.zeroGrad();
        generator.backward(dFakeX, true, null);
        return loss;
    }
}
