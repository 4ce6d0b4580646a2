package lab.minimax.lesson;

import lab.minimax.distribution.MixtureTarget;
import lab.minimax.distribution.Modes;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.gan.Trainer;
import lab.minimax.metrics.ModeCoverage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 3 on its own runs: lesson-kl-covers and lesson-reverse-kl-seeks differ only in the
 * divergence. After 4,000 steps the forward-KL generator puts ≥ 30 % of its mass on each mode at ±2,
 * the reverse-KL one ≥ 90 % on one mode and < 1 % on the other. The mass is read on 4,000 fixed
 * noise quantiles z_i = Φ⁻¹((i + ½)/4000) (a deterministic sample of q). The page's lesson chart draws
 * the same mode-histogram KL(h ‖ uniform): ≈ 0 against ≈ log 2. (Modes covered, "≥ 1 high-quality
 * sample", reads 2 of 2 for both: a few of the reverse-KL samples stray to the other mode.)
 */
class KlCoverageRunTest {
    private static final int STEPS = 4000;
    private static final int N = 4000;

    /** Mass of q within 1 of −2 and of +2. */
    private static double[] massNearModes(double[] x) {
        double[] m = new double[2];
        for (double v : x) {
            if (Math.abs(v + 2) < 1) {
                m[0] += 1.0 / x.length;
            } else if (Math.abs(v - 2) < 1) {
                m[1] += 1.0 / x.length;
            }
        }
        return m;
    }

    private static double[] samples(String preset) {
        Trainer t = LessonRuns.train(LessonRuns.preset(preset), STEPS);
        double[] z = new double[N];
        for (int i = 0; i < N; i++) {
            z[i] = LessonRuns.inversePhi((i + 0.5) / N);
        }
        return LessonRuns.outputs(t.generator(), z);
    }

    @Test
    void thePresetsDifferOnlyInTheDivergence() {
        ExperimentConfig kl = LessonRuns.preset("lesson-kl-covers");
        ExperimentConfig rev = LessonRuns.preset("lesson-reverse-kl-seeks");
        assertEquals(Divergence.KL, kl.objective().divergence());
        assertEquals(Divergence.REVERSE_KL, rev.objective().divergence());
        assertEquals(kl, rev.withObjective(kl.objective()));
    }

    @Test
    void forwardKlCoversBothModesReverseKlSeeksOne() {
        Modes modes = new MixtureTarget(2, 4.0, 0.5).modes().orElseThrow();
        double[] kl = samples("lesson-kl-covers");
        double[] rev = samples("lesson-reverse-kl-seeks");
        double[] klMass = massNearModes(kl);
        double[] revMass = massNearModes(rev);
        ModeCoverage.Result klModes = ModeCoverage.compute(modes, kl, N);
        ModeCoverage.Result revModes = ModeCoverage.compute(modes, rev, N);
        System.out.printf("lesson 3 at step %d: KL mass %.3f / %.3f, modes %d, mode KL %.3f; "
                        + "reverse KL mass %.3f / %.3f, modes %d, mode KL %.3f%n", STEPS,
                klMass[0], klMass[1], klModes.modesCovered(), klModes.modeReverseKl(),
                revMass[0], revMass[1], revModes.modesCovered(), revModes.modeReverseKl());
        assertTrue(Math.min(klMass[0], klMass[1]) >= 0.3, "forward KL covers both modes: " + klMass[0] + " / " + klMass[1]);
        assertTrue(Math.max(revMass[0], revMass[1]) >= 0.9 && Math.min(revMass[0], revMass[1]) < 0.01,
                "reverse KL sits on one mode: " + revMass[0] + " / " + revMass[1]);
        assertEquals(2, klModes.modesCovered());
        // KL(h ‖ uniform): 0 for an even split, log 2 for one mode
        assertTrue(klModes.modeReverseKl() < 0.05, "forward KL's mode histogram is even");
        assertEquals(Math.log(2), revModes.modeReverseKl(), 0.05);
    }
}
