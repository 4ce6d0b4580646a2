package lab.minimax.gan;

import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.gan.objective.Objective;
import lab.minimax.nn.Mlp;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The probe's drawn quantities against their definitions: each arrow is −∂ℓ(V(x̃))/∂x̃ of that
 * sample's own generator loss (central finite differences), the heatmap is the objective's
 * display of V on the grid, and probing in chunks keeps the networks' caches batch-sized.
 */
class ProbeTest {
    private static final int SAMPLES = 600; // more than one chunk, and not a multiple of it

    @ParameterizedTest
    @EnumSource(value = Divergence.class, names = {"GAN", "KL", "WGAN_GP"})
    void arrowsAreMinusThePerSampleGeneratorLossGradient(Divergence divergence) {
        check(divergence, lab.minimax.experiment.ActivationName.RELU);
    }

    /** The probe's float32 twins of the networks, for every hidden activation. */
    @ParameterizedTest
    @EnumSource(lab.minimax.experiment.ActivationName.class)
    void everyActivationIsProbedLikeTheDoubleNetworks(lab.minimax.experiment.ActivationName activation) {
        check(Divergence.GAN, activation);
    }

    private static void check(Divergence divergence, lab.minimax.experiment.ActivationName activation) {
        ExperimentConfig base = Presets.get("ring8-gan").config();
        lab.minimax.experiment.NetworkSpec net = new lab.minimax.experiment.NetworkSpec(base.generator().hidden(), activation);
        ExperimentConfig c = base.withObjective(new lab.minimax.experiment.ObjectiveSpec(divergence,
                lab.minimax.experiment.GeneratorLoss.NONSATURATING, 0.01, 0.1, 0, 1, 1))
                .withNetworks(base.noise(), net, net);
        Trainer t = TrainerFactory.create(c);
        for (int i = 0; i < 30; i++) {
            t.step();
        }
        Frame f = new Probe(t, 16, SAMPLES, 7).capture(t);
        Mlp d = (Mlp) t.discriminator();
        // the difference quotients on the double twin of D (float inputs cannot resolve h)
        lab.minimax.nn.DoubleMlp dRef = lab.minimax.nn.DoubleMlp.of(d);
        Objective o = t.objective();
        double h = 1e-5;
        double worst = 0;
        for (int i = 0; i < SAMPLES; i += 37) {
            for (int k = 0; k < 2; k++) {
                double[] x = {f.fake()[2 * i], f.fake()[2 * i + 1]};
                x[k] += h;
                double up = loss(dRef, o, x);
                x[k] -= 2 * h;
                double down = loss(dRef, o, x);
                double expected = -(up - down) / (2 * h);
                double scale = Math.max(1e-3, Math.abs(expected));
                worst = Math.max(worst, Math.abs(f.arrows()[2 * i + k] - expected) / scale);
            }
        }
        // the probe runs in float32 (relative error ~1e-6 of the gradient's scale), plus the difference quotient's
        assertTrue(worst < 1e-3, divergence + " " + activation + ": worst relative arrow error " + worst);
        // the heatmap is display(V) on the grid
        DMatrixRMaj grid = new Probe(t, 16, SAMPLES, 7).grid();
        double[] v = Generated.critic(d, grid.data, grid.numRows);
        for (int j = 0; j < grid.numRows; j += 11) {
            assertEquals(o.display(v[j]), f.dGrid()[j], 1e-5 * Math.max(1, Math.abs(o.display(v[j]))));
        }
    }

    private static double loss(lab.minimax.nn.DoubleMlp d, Objective o, double[] x) {
        DMatrixRMaj in = new DMatrixRMaj(1, 2);
        in.data[0] = x[0];
        in.data[1] = x[1];
        double[] v = {d.forward(in).data[0]};
        return o.generatorLoss(v, 1, new double[1]);
    }
}
