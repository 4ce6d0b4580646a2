package lab.minimax.gan;

import lab.minimax.metrics.Grid;
import lab.minimax.nn.Activations;
import lab.minimax.nn.Init;
import lab.minimax.nn.Mlp;
import lab.minimax.distribution.Box;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lessons' heavy-pass numbers against closed forms. */
class LessonMetricsTest {

    @Test
    void theGameReferenceIsTheValueAtTheOptimalDiscriminator() {
        // discrete p, q: V(D*) = Σ p log(p/(p+q)) + Σ q log(q/(p+q)) must equal −log 4 + 2·JSD
        double[] p = {0.1, 0.4, 0.3, 0.2};
        double[] q = {0.25, 0.05, 0.3, 0.4};
        double value = 0;
        double js = 0;
        for (int i = 0; i < p.length; i++) {
            double m = (p[i] + q[i]) / 2;
            value += p[i] * Math.log(p[i] / (p[i] + q[i])) + q[i] * Math.log(q[i] / (p[i] + q[i]));
            js += 0.5 * p[i] * Math.log(p[i] / m) + 0.5 * q[i] * Math.log(q[i] / m);
        }
        assertEquals(value, LessonMetrics.gameReference(js), 1e-12);
        assertEquals(-Math.log(4), LessonMetrics.gameReference(0), 1e-15);
        assertEquals(0, LessonMetrics.gameReference(Math.log(2)), 1e-12);
    }

    @Test
    void aLinearCriticHasConstantGradientNormAndTheDifferenceOfMeansOverItsSlope() {
        // V(x) = w·x + b: ‖∇ₓV‖ = ‖w‖ everywhere, E_p V − E_q V = w·(x̄_p − x̄_q)
        Mlp critic = new Mlp(2, new int[0], 1, Activations.byId("linear"), Init.PYTORCH, new SplittableRandom(1));
        critic.layer(0).W().data[0] = 3;
        critic.layer(0).W().data[1] = -4;
        critic.layer(0).b()[0] = 0.5f;
        SplittableRandom rng = new SplittableRandom(2);
        int n = 300;
        int m = 200;
        double[] real = new double[2 * n];
        double[] fake = new double[2 * m];
        double[] meanP = new double[2];
        double[] meanQ = new double[2];
        for (int i = 0; i < 2 * n; i++) {
            real[i] = rng.nextGaussian() + 1;
            meanP[i % 2] += real[i] / n;
        }
        for (int i = 0; i < 2 * m; i++) {
            fake[i] = 0.5 * rng.nextGaussian() - 1;
            meanQ[i % 2] += fake[i] / m;
        }
        Grid g = new Grid(new Box(new double[] {-3, -3}, new double[] {3, 3}), 12);
        LessonMetrics.Result r = LessonMetrics.compute(critic, g, real, n, fake, m);
        assertEquals(144, r.gradNorms().length);
        for (double v : r.gradNorms()) {
            assertEquals(5, v, 1e-12);
        }
        assertEquals(5, r.lipschitz(), 1e-12);
        double est = 3 * (meanP[0] - meanQ[0]) - 4 * (meanP[1] - meanQ[1]);
        // the float32 critic sees the samples rounded to float (2⁻²⁴ relative): 1e-6 of the estimate's scale
        assertEquals(est, r.estimate(), 1e-6 * (1 + Math.abs(est)));
        assertEquals(est / 5, r.estimateOverL(), 1e-6 * (1 + Math.abs(est)));
    }

    @Test
    void theEntropyOfGaussianSamplesIsNearHalfLogTwoPiESigmaSquared() {
        Mlp critic = new Mlp(1, new int[] {4}, 1, Activations.byId("tanh"), Init.PYTORCH, new SplittableRandom(3));
        SplittableRandom rng = new SplittableRandom(4);
        int n = 2000;
        double sigma = 2;
        double[] real = new double[n];
        double[] fake = new double[n];
        for (int i = 0; i < n; i++) {
            real[i] = rng.nextGaussian();
            fake[i] = sigma * rng.nextGaussian();
        }
        Grid g = new Grid(new Box(new double[] {-4}, new double[] {4}), 50);
        LessonMetrics.Result r = LessonMetrics.compute(critic, g, real, n, fake, n);
        assertEquals(0.5 * Math.log(2 * Math.PI * Math.E * sigma * sigma), r.entropy(), 0.08);
    }
}
