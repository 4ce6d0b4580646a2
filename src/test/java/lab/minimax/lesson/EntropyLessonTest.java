package lab.minimax.lesson;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.ActivationName;
import lab.minimax.experiment.NetworkSpec;
import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.experiment.NoiseSpec;
import lab.minimax.experiment.TrainMode;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 7: the generator that also maximises β·Ĥ(q) (Kozachenko–Leonenko on its batch) keeps
 * its samples spread over the ring where the same set-up without the entropy term collapses
 * (same seeds 1–3, 1000 steps; training test, about half a minute).
 */
class EntropyLessonTest {

    @Test
    void entropyTermKeepsTheModesThatTheSameRunWithoutItLoses() {
        ExperimentConfig with = LessonRuns.preset("lesson-entropy");
        ExperimentConfig without = with.withObjective(with.objective().withEntropyWeight(0));
        assertEquals(LessonRuns.preset("lesson-mode-collapse"), without, "lesson 7 is lesson 4 plus the entropy term");
        StringBuilder report = new StringBuilder();
        for (long seed = 1; seed <= 3; seed++) {
            int a = ModeCollapseLessonTest.modesCovered(without.withSeed(seed));
            int b = ModeCollapseLessonTest.modesCovered(with.withSeed(seed));
            report.append(String.format("seed %d: β = 0: %d/8 modes, β = %.2f: %d/8%n", seed, a,
                    with.objective().entropyWeight(), b));
            assertTrue(b >= a + 3, report.toString());
        }
        System.out.print("lesson 7:\n" + report);
    }

    /**
     * The regulariser's wiring, against two identities of the Kozachenko–Leonenko estimate:
     * Ĥ(X + c) = Ĥ(X) gives Σᵢ ∂Ĥ/∂xᵢ = 0, and Ĥ(aX) = Ĥ(X) + d·log a gives Σᵢ xᵢ·∂Ĥ/∂xᵢ = d.
     * For a linear generator x = zW + b, the entropy term −β·Ĥ therefore changes dL/db by 0 and
     * Σ W ⊙ dL/dW by −β·d (with xᵢ − b = zᵢW). Two frozen-generator runs with the same seed, β
     * and 0, see the same batch, so their gradient difference is the term's alone.
     */
    @Test
    void entropyTermEntersTheGeneratorGradientAndLoss() {
        double beta = 0.05;
        ExperimentConfig base = LessonRuns.preset("lesson-entropy")
                .withNetworks(new NoiseSpec(2, NoiseDistribution.GAUSSIAN),
                        new NetworkSpec(List.of(), ActivationName.LINEAR),
                        LessonRuns.preset("lesson-entropy").discriminator())
                .withTrainMode(TrainMode.DISCRIMINATOR_ONLY);
        Trainer on = TrainerFactory.create(base);
        Trainer off = TrainerFactory.create(base.withObjective(base.objective().withEntropyWeight(0)));
        on.step();
        off.step();
        double h = on.stats().entropy;
        assertTrue(Double.isFinite(h));
        assertEquals(-beta * h, on.stats().lossG - off.stats().lossG, 1e-12, "L_G gains −β·Ĥ");
        float[] w = on.generator().parameters()[0];
        float[] dWOn = on.generator().gradients()[0];
        float[] dWOff = off.generator().gradients()[0];
        float[] dbOn = on.generator().gradients()[1];
        float[] dbOff = off.generator().gradients()[1];
        double contraction = 0;
        double scale = 0;
        for (int i = 0; i < w.length; i++) {
            contraction += (double) w[i] * ((double) dWOn[i] - dWOff[i]);
            scale += Math.abs((double) w[i] * dWOn[i]) + Math.abs((double) w[i] * dWOff[i]);
        }
        // float32 gradient buffers: each entry is rounded to 2⁻²⁴ of its size (the term is added in
        // double and rounded once), so the identity holds to ~1e-7 of Σ|W ⊙ dW|; 1e-5 leaves a margin
        assertEquals(-beta * 2, contraction, 1e-5 * (1 + scale), "Σ W ⊙ ΔdW = −β·d");
        for (int i = 0; i < dbOn.length; i++) {
            assertEquals(0, (double) dbOn[i] - dbOff[i], 1e-5 * (1 + Math.abs(dbOn[i])), "Δdb = 0 (translation invariance)");
        }
    }

    @Test
    void trainerReportsTheBatchEntropyOnlyWhenTheTermIsOn() {
        Trainer on = LessonRuns.train(LessonRuns.preset("lesson-entropy"), 3);
        Trainer off = LessonRuns.train(LessonRuns.preset("lesson-mode-collapse"), 3);
        assertTrue(Double.isFinite(on.stats().entropy));
        assertTrue(Double.isNaN(off.stats().entropy));
    }
}
