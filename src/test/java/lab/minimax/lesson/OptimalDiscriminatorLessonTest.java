package lab.minimax.lesson;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.TrainMode;
import lab.minimax.gan.Trainer;
import lab.minimax.distribution.Target;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 1: with the generator frozen ({@code trainMode d-only}) D converges to
 * D* = p/(p+q), and the game value V(D, G) = E_p log D + E_q log(1 − D) to its maximum
 * V(D*, G) = −log 4 + 2·JSD(p‖q). The presets' generator is linear, so q is exactly Gaussian:
 * N(b, W²) in 1D, N(b, WᵀW) in 2D (x = zW + b, z ~ N(0, I)).
 */
class OptimalDiscriminatorLessonTest {

    @Test
    void frozenGeneratorKeepsItsWeightsWhileDLearns() {
        ExperimentConfig cfg = LessonRuns.preset("lesson-optimal-d-1d");
        assertEquals(TrainMode.DISCRIMINATOR_ONLY, cfg.trainMode());
        Trainer t = lab.minimax.gan.TrainerFactory.create(cfg);
        float[][] g0 = Arrays.stream(t.generator().parameters()).map(float[]::clone).toArray(float[][]::new);
        float[][] d0 = Arrays.stream(t.discriminator().parameters()).map(float[]::clone).toArray(float[][]::new);
        for (int i = 0; i < 20; i++) {
            t.step();
        }
        t.stepGenerator();
        for (int l = 0; l < g0.length; l++) {
            assertArrayEquals(g0[l], t.generator().parameters()[l], 0f, "generator layer " + l);
        }
        assertTrue(!Arrays.equals(d0[0], t.discriminator().parameters()[0]), "D must learn");
        assertEquals(20, t.generatorSteps(), "the step counter advances");
        assertEquals(20L * cfg.dSteps(), t.discriminatorSteps());
        assertTrue(Double.isFinite(t.stats().lossG) && Double.isFinite(t.stats().gradNormG),
                "L_G and its gradient are measured for the charts");
    }

    @Test
    void oneDimensionalDConvergesToDStarAndTheValueToMinusLog4Plus2Jsd() {
        ExperimentConfig cfg = LessonRuns.preset("lesson-optimal-d-1d");
        Trainer t = LessonRuns.train(cfg, cfg.optimizer().decaySteps());
        double w = t.generator().parameters()[0][0];
        double b = t.generator().parameters()[1][0];
        double sdQ = Math.abs(w);
        Target p = t.target();
        // grid on [−10, 10], 8000 intervals (Δ = 0.0025, far below every scale)
        int m = 8000;
        double lo = -10;
        double hi = 10;
        double[] xs = new double[m + 1];
        for (int i = 0; i <= m; i++) {
            xs[i] = lo + (hi - lo) * i / m;
        }
        double[] v = LessonRuns.outputs(t.discriminator(), xs);
        double maxErr = 0;
        double[] valueD = new double[m + 1];
        double[] valueStar = new double[m + 1];
        double[] entM = new double[m + 1];
        double[] entP = new double[m + 1];
        double[] entQ = new double[m + 1];
        for (int i = 0; i <= m; i++) {
            double pi = p.density(xs, i);
            double qi = LessonRuns.normal(xs[i], b, sdQ);
            double dStar = pi / (pi + qi);
            double d = LessonRuns.sigmoid(v[i]);
            if (pi + qi > 0.01) {
                maxErr = Math.max(maxErr, Math.abs(d - dStar));
            }
            // p log D + q log(1 − D), log D = −softplus(−V), log(1 − D) = −softplus(V)
            valueD[i] = -pi * softplus(-v[i]) - qi * softplus(v[i]);
            valueStar[i] = xlogy(pi, pi / (pi + qi)) + xlogy(qi, qi / (pi + qi));
            double mi = (pi + qi) / 2;
            entM[i] = -xlogy(mi, mi);
            entP[i] = -xlogy(pi, pi);
            entQ[i] = -xlogy(qi, qi);
        }
        double vD = trapezoid(valueD, lo, hi);
        double vStar = trapezoid(valueStar, lo, hi);
        // JSD = H(m) − ½H(p) − ½H(q), m = (p + q)/2: a route independent of V(D*)
        double jsd = trapezoid(entM, lo, hi) - 0.5 * trapezoid(entP, lo, hi) - 0.5 * trapezoid(entQ, lo, hi);
        System.out.printf("lesson 1 (1D): q = N(%.3f, %.3f²), max |D − D*| = %.4f, V(D) = %.5f, V(D*) = %.5f, "
                + "−log 4 + 2 JSD = %.5f%n", b, sdQ, maxErr, vD, vStar, -Math.log(4) + 2 * jsd);
        assertTrue(maxErr <= 0.05, "max |D − D*| = " + maxErr);
        assertEquals(-Math.log(4) + 2 * jsd, vStar, 1e-8, "V(D*, G) = −log 4 + 2·JSD");
        assertTrue(vD <= vStar + 1e-9, "D* maximises V: V(D) = " + vD + " > V(D*) = " + vStar);
        assertTrue(vStar - vD <= 0.01, "V(D) = " + vD + " is not within 0.01 of V(D*) = " + vStar);
    }

    @Test
    void twoDimensionalDConvergesToDStarInWeightedMean() {
        ExperimentConfig cfg = LessonRuns.preset("lesson-optimal-d-2d");
        Trainer t = LessonRuns.train(cfg, cfg.optimizer().decaySteps());
        float[] w = t.generator().parameters()[0]; // 2 × 2 row-major, x = zW + b
        float[] b = t.generator().parameters()[1];
        // Σ = WᵀW
        double s00 = w[0] * w[0] + w[2] * w[2];
        double s01 = w[0] * w[1] + w[2] * w[3];
        double s11 = w[1] * w[1] + w[3] * w[3];
        double det = s00 * s11 - s01 * s01;
        int n = 241;
        double lo = -6;
        double hi = 6;
        double[] pts = new double[2 * n * n];
        for (int iy = 0; iy < n; iy++) {
            for (int ix = 0; ix < n; ix++) {
                int k = iy * n + ix;
                pts[2 * k] = lo + (hi - lo) * ix / (n - 1);
                pts[2 * k + 1] = lo + (hi - lo) * iy / (n - 1);
            }
        }
        double[] v = LessonRuns.outputs(t.discriminator(), pts);
        Target p = t.target();
        double wSum = 0;
        double errSum = 0;
        for (int k = 0; k < n * n; k++) {
            double pk = p.density(pts, 2 * k);
            double dx = pts[2 * k] - b[0];
            double dy = pts[2 * k + 1] - b[1];
            // N(b, Σ): exp(−½ dᵀΣ⁻¹d) / (2π √det Σ)
            double quad = (s11 * dx * dx - 2 * s01 * dx * dy + s00 * dy * dy) / det;
            double qk = Math.exp(-0.5 * quad) / (2 * Math.PI * Math.sqrt(det));
            double weight = (pk + qk) / 2;
            if (weight > 0) {
                errSum += weight * Math.abs(LessonRuns.sigmoid(v[k]) - pk / (pk + qk));
                wSum += weight;
            }
        }
        double meanErr = errSum / wSum;
        System.out.printf("lesson 1 (2D): q = N((%.3f, %.3f), Σ = [[%.3f, %.3f], [%.3f, %.3f]]), "
                + "(p+q)/2-weighted mean |D − D*| = %.4f%n", b[0], b[1], s00, s01, s01, s11, meanErr);
        assertTrue(meanErr <= 0.05, "weighted mean |D − D*| = " + meanErr);
    }

    private static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    /** x log y with 0 log 0 = 0. */
    private static double xlogy(double x, double y) {
        return x == 0 ? 0 : x * Math.log(y);
    }

    private static double trapezoid(double[] ys, double a, double b) {
        int m = ys.length - 1;
        double s = (ys[0] + ys[m]) / 2;
        for (int i = 1; i < m; i++) {
            s += ys[i];
        }
        return s * (b - a) / m;
    }
}
