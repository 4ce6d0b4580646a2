package lab.minimax.lesson;

import lab.minimax.distribution.Ring8Target;
import lab.minimax.experiment.Scheme;
import lab.minimax.metrics.ModeCoverage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Lesson 6's claim about its two ring-of-8 runs (left alternating, right simultaneous, seed 1): in
 * a real game with Adam the switch is mild, and both runs cover 8 of 8 modes after 1,500 steps.
 * (The Dirac-GAN's spiral and orbit are asserted on the panel's defaults by DiracSessionTest.)
 * Samples: G on a 45 × 45 lattice of Gaussian quantiles, z = (Φ⁻¹(u_i), Φ⁻¹(u_j)).
 */
class GdaDynamicsLessonTest {
    @Test
    void bothSchemesStillCoverTheRingAfter1500Steps() {
        Lesson l = Lessons.byId("gda-dynamics").orElseThrow();
        assertEquals(Scheme.ALTERNATING, l.config().scheme());
        assertEquals(Scheme.SIMULTANEOUS, l.compareWith().scheme());
        int m = 45;
        double[] z = new double[2 * m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                z[2 * (i * m + j)] = LessonRuns.inversePhi((i + 0.5) / m);
                z[2 * (i * m + j) + 1] = LessonRuns.inversePhi((j + 0.5) / m);
            }
        }
        var modes = new Ring8Target(2, 0.02).modes().orElseThrow();
        for (var cfg : new lab.minimax.experiment.ExperimentConfig[] {l.config(), l.compareWith()}) {
            double[] x = LessonRuns.outputs(LessonRuns.train(cfg, 1500).generator(), z);
            ModeCoverage.Result r = ModeCoverage.compute(modes, x, m * m);
            System.out.printf("lesson 6, %s: %d of 8 modes, high quality %.3f%n", cfg.scheme(), r.modesCovered(),
                    r.highQualityFraction());
            assertEquals(8, r.modesCovered(), cfg.scheme() + " covers the ring");
        }
    }
}
