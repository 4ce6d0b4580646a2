package lab.minimax.lesson;

import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.ObjectiveSpec;
import lab.minimax.gan.objective.GanDivergence;
import lab.minimax.gan.GeneratorLossCurves;
import lab.minimax.gan.objective.Objective;
import lab.minimax.gan.objective.Objectives;
import lab.minimax.gan.Trainer;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 2: per generated sample, the saturating loss log(1 − D) and the non-saturating −log D
 * have slopes −D and −(1 − D) in the logit V, so their ratio is D/(1 − D): where D(G(z)) → 0 the
 * saturating gradient vanishes.
 */
class GeneratorLossLessonTest {

    private static Objective gan(GeneratorLoss loss) {
        return Objectives.create(new ObjectiveSpec(Divergence.GAN, loss, 0.01, 0.1, 0, 1, 1));
    }

    @Test
    void perSampleGradientRatioIsDOverOneMinusD() {
        // logits of a trained ring8 discriminator on its own generator's samples, plus a sweep
        Trainer t = LessonRuns.train(LessonRuns.preset("ring8-saturating"), 200);
        double[] sampled = GeneratorLossCurves.sampleLogits(t, 500, new SplittableRandom(5));
        double[] v = new double[sampled.length + 401];
        System.arraycopy(sampled, 0, v, 0, sampled.length);
        for (int i = 0; i <= 400; i++) {
            v[sampled.length + i] = -20 + 0.1 * i;
        }
        int n = v.length;
        double[] gSat = new double[n];
        double[] gNs = new double[n];
        // the mean losses over the batch: gradient of row j is ℓ'(V_j)/n
        gan(GeneratorLoss.SATURATING).generatorLoss(v, n, gSat);
        gan(GeneratorLoss.NONSATURATING).generatorLoss(v, n, gNs);
        double worst = 0;
        for (int j = 0; j < n; j++) {
            // D and 1 − D evaluated separately from their definitions
            double d = 1 / (1 + Math.exp(-v[j]));
            double oneMinusD = 1 / (1 + Math.exp(v[j]));
            double ratio = gSat[j] / gNs[j];
            double rel = Math.abs(ratio - d / oneMinusD) / (d / oneMinusD);
            worst = Math.max(worst, rel);
            assertTrue(rel <= 1e-12, "row " + j + ", V = " + v[j] + ": ratio " + ratio + " vs D/(1−D) " + d / oneMinusD);
        }
        System.out.printf("lesson 2: %d logits in [%.2f, %.2f], worst relative error of the ratio %.2e%n",
                n, min(v), max(v), worst);
    }

    @Test
    void curvesAreTheLossesAndTheirDerivatives() {
        GeneratorLossCurves.Curves c = GeneratorLossCurves.of(new GanDivergence(), -8, 8, 161);
        assertEquals(161, c.v().length);
        double h = 1e-5;
        for (int i = 0; i < c.v().length; i++) {
            double v = c.v()[i];
            double d = 1 / (1 + Math.exp(-v));
            assertEquals(Math.log(1 - d), c.saturating()[i], 1e-12, "log(1 − D)");
            assertEquals(-Math.log(d), c.nonSaturating()[i], 1e-12, "−log D");
            // central differences of the closed forms
            double fdSat = (Math.log(1 - sig(v + h)) - Math.log(1 - sig(v - h))) / (2 * h);
            double fdNs = (-Math.log(sig(v + h)) + Math.log(sig(v - h))) / (2 * h);
            assertEquals(fdSat, c.dSaturating()[i], 1e-7);
            assertEquals(fdNs, c.dNonSaturating()[i], 1e-7);
        }
        // at V = −8 (D ≈ 3e-4) the saturating slope is ~3000 times smaller
        assertTrue(Math.abs(c.dSaturating()[0]) * 1000 < Math.abs(c.dNonSaturating()[0]));
    }

    private static double sig(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    private static double min(double[] a) {
        return java.util.Arrays.stream(a).min().orElseThrow();
    }

    private static double max(double[] a) {
        return java.util.Arrays.stream(a).max().orElseThrow();
    }
}
