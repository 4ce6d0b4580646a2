package lab.minimax.lesson;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.gan.CriticLipschitz;
import lab.minimax.gan.Generated;
import lab.minimax.gan.Trainer;
import lab.minimax.metrics.Grid;
import lab.minimax.distribution.Box;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 5: a critic V estimates W1 only up to its Lipschitz constant. Against a frozen linear
 * generator (q = N(b, W²) exactly) and p = N(2, 0.5²), the exact W1 = ∫|F_p − F_q| dx (quadrature
 * of the normal CDFs). A WGAN-GP critic's (E_p V − E_q V)/L̂ is within 15 % of it; a clipped
 * critic's raw estimate is far below W1 and dividing by its L̂ brings it closer.
 */
class LipschitzLessonTest {
    private static final int SAMPLES = 100_000;

    /** {raw estimate, L̂, exact W1} after training the preset's critic alone. */
    private static double[] measure(String preset) {
        ExperimentConfig cfg = LessonRuns.preset(preset);
        Trainer t = LessonRuns.train(cfg, cfg.optimizer().decaySteps());
        double b = t.generator().parameters()[1][0];
        double sdQ = Math.abs(t.generator().parameters()[0][0]);
        SplittableRandom rng = new SplittableRandom(17);
        double[] real = new double[SAMPLES];
        t.target().sample(rng, real, SAMPLES);
        double[] fake = Generated.sample(t.generator(), t.noise(), SAMPLES, rng);
        double raw = CriticLipschitz.estimate(t.discriminator(), real, SAMPLES, fake, SAMPLES);
        double lo = Math.min(min(real), min(fake));
        double hi = Math.max(max(real), max(fake));
        double l = CriticLipschitz.lipschitz(t.discriminator(),
                new Grid(new Box(new double[] {lo}, new double[] {hi}), 4000), real, 2000);
        double w1 = exactW1(2, 0.5, b, sdQ);
        System.out.printf("lesson 5 %s: q = N(%.3f, %.3f²), W1 = %.4f, E_p V − E_q V = %.4f, L = %.4f, ratio = %.4f%n",
                preset, b, sdQ, w1, raw, l, raw / l);
        return new double[] {raw, l, w1};
    }

    @Test
    void gradientPenaltyCriticOverItsLipschitzConstantEstimatesW1() {
        double[] m = measure("lesson-lipschitz-gp");
        double ratio = m[0] / m[1];
        assertEquals(m[2], ratio, 0.15 * m[2], "(E_p V − E_q V)/L against W1");
    }

    @Test
    void clippedCriticIsFarBelowW1UntilDividedByItsLipschitzConstant() {
        double[] m = measure("lesson-lipschitz-clip");
        double ratio = m[0] / m[1];
        assertTrue(m[0] < 0.2 * m[2], "raw estimate " + m[0] + " is not far below W1 = " + m[2]);
        assertTrue(Math.abs(ratio - m[2]) < Math.abs(m[0] - m[2]),
                "ratio " + ratio + " is not closer to W1 = " + m[2] + " than the raw " + m[0]);
    }

    @Test
    void gradientNormsMatchFiniteDifferencesOnAGrid() {
        Trainer t = lab.minimax.gan.TrainerFactory.create(LessonRuns.preset("ring8-gan"));
        Grid g = new Grid(new Box(new double[] {-3, -3}, new double[] {3, 3}), 9);
        double[] norms = CriticLipschitz.onGrid(t.discriminator(), g);
        double[] pts = CriticLipschitz.points(g);
        // difference quotients on the double twin of the float32 critic (float inputs cannot resolve h)
        lab.minimax.nn.DoubleMlp ref = lab.minimax.nn.DoubleMlp.of((lab.minimax.nn.Mlp) t.discriminator());
        double h = 1e-6;
        for (int k = 0; k < g.size(); k++) {
            double[] gr = new double[2];
            for (int a = 0; a < 2; a++) {
                double[] up = {pts[2 * k], pts[2 * k + 1]};
                double[] down = up.clone();
                up[a] += h;
                down[a] -= h;
                gr[a] = (value(ref, up) - value(ref, down)) / (2 * h);
            }
            // the float32 input gradient: 1e-5 of its size (float rounding through three layers)
            double want = Math.hypot(gr[0], gr[1]);
            assertEquals(want, norms[k], 1e-5 * (1 + want), "point " + k);
            assertEquals(g.coord(0, k % 9), pts[2 * k], 0);
            assertEquals(g.coord(1, k / 9), pts[2 * k + 1], 0);
        }
    }

    private static double value(lab.minimax.nn.DoubleMlp net, double[] x) {
        org.ejml.data.DMatrixRMaj in = new org.ejml.data.DMatrixRMaj(1, x.length);
        System.arraycopy(x, 0, in.data, 0, x.length);
        return net.forward(in).data[0];
    }

    /** ∫|Φ((x − μp)/σp) − Φ((x − μq)/σq)| dx by the trapezoid rule on a wide fine grid. */
    static double exactW1(double muP, double sdP, double muQ, double sdQ) {
        double lo = Math.min(muP - 12 * sdP, muQ - 12 * sdQ);
        double hi = Math.max(muP + 12 * sdP, muQ + 12 * sdQ);
        int m = 200_000;
        double s = 0;
        for (int i = 0; i <= m; i++) {
            double x = lo + (hi - lo) * i / m;
            double f = Math.abs(LessonRuns.phi((x - muP) / sdP) - LessonRuns.phi((x - muQ) / sdQ));
            s += (i == 0 || i == m) ? f / 2 : f;
        }
        return s * (hi - lo) / m;
    }

    private static double min(double[] a) {
        return java.util.Arrays.stream(a).min().orElseThrow();
    }

    private static double max(double[] a) {
        return java.util.Arrays.stream(a).max().orElseThrow();
    }
}
