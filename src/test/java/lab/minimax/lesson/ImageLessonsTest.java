package lab.minimax.lesson;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.gan.Evaluator;
import lab.minimax.gan.ImageRows;
import lab.minimax.gan.Metric;
import lab.minimax.gan.MetricInputs;
import lab.minimax.gan.Trainer;
import lab.minimax.random.SplitMix64;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lessons 8–10 and the image presets' acceptance (issue 14), as the digit classifier reads 10,000
 * samples at the end of the run (the {@code train} command's metrics). On CI the runs are short
 * (mnist-gan 3,000 steps, the collapse 2,000, mnist-cgan 3,000, mnist-dcgan 1,000: about 6 minutes
 * on one core); with {@code MINIMAX_IMAGE_ACCEPTANCE=1} they are the issue's: mnist-gan and
 * mnist-dcgan 5,000 steps at seed 1 cover 10 digits with ≥ 0.6 of the samples confident; the
 * collapse at seeds 1 and 2; mnist-cgan 10,000 steps reads ≥ 90 % of the samples asked for each
 * digit as that digit.
 */
class ImageLessonsTest {
    static final boolean ACCEPTANCE = "1".equals(System.getenv("MINIMAX_IMAGE_ACCEPTANCE"));
    static final int SAMPLES = 10_000;

    private static double[] metrics(Trainer t) {
        return Metric.values(MetricInputs.evaluate(t, new Evaluator(t, SAMPLES, 7)));
    }

    private static double v(double[] m, Metric which) {
        return m[which.ordinal()];
    }

    /** The per-pixel standard deviation over n generated images, averaged over the 784 pixels (0: one image for every z). */
    static double pixelSpread(Trainer t, int n) {
        float[] x = ImageRows.generate(t, ImageRows.noise(t, new SplitMix64(5), n), null, n);
        int d = x.length / n;
        double sum = 0;
        for (int j = 0; j < d; j++) {
            double s = 0;
            double s2 = 0;
            for (int i = 0; i < n; i++) {
                s += x[i * d + j];
                s2 += (double) x[i * d + j] * x[i * d + j];
            }
            double mean = s / n;
            sum += Math.sqrt(Math.max(0, s2 / n - mean * mean));
        }
        return sum / d;
    }

    /** Lesson 8 (and the mnist-gan preset): digits from noise, all ten covered; lesson 9's right-hand run. */
    @Test
    void theMlpGanCoversAllTenDigitsAndTheFastOptimiserCollapses() {
        int steps = ACCEPTANCE ? 5000 : 3000;
        Trainer gan = LessonRuns.train(LessonRuns.preset("mnist-gan"), steps);
        double[] m = metrics(gan);
        double spreadGan = pixelSpread(gan, 1000);
        System.out.printf("mnist-gan seed 1, %d steps: %.0f digits covered, high quality %.3f, class KL %.3f,"
                        + " Fréchet² %.1f, nearest digit %.2f, pixel spread %.3f%n", steps, v(m, Metric.MODES_COVERED),
                v(m, Metric.HIGH_QUALITY), v(m, Metric.CLASS_KL), v(m, Metric.FRECHET), v(m, Metric.NEAREST_DISTANCE),
                spreadGan);
        assertTrue(v(m, Metric.MODES_COVERED) >= (ACCEPTANCE ? 10 : 9), "digits covered " + v(m, Metric.MODES_COVERED));
        assertTrue(v(m, Metric.HIGH_QUALITY) >= (ACCEPTANCE ? 0.6 : 0.5), "high quality " + v(m, Metric.HIGH_QUALITY));
        assertTrue(v(m, Metric.FRECHET) < 60, "Fréchet² " + v(m, Metric.FRECHET));

        // lesson 9: the same nets and seed with Adam 1e-3, β1 = 0.9 send every z to one image
        ExperimentConfig fast = LessonRuns.preset("lesson-digit-collapse");
        for (long seed : ACCEPTANCE ? new long[] {1, 2} : new long[] {1}) {
            Trainer collapsed = LessonRuns.train(fast.withSeed(seed), 2000);
            double[] c = metrics(collapsed);
            double spread = pixelSpread(collapsed, 1000);
            System.out.printf("lesson-digit-collapse seed %d, 2000 steps: %.0f digits covered, high quality %.3f,"
                    + " pixel spread %.4f (mnist-gan %.3f)%n", seed, v(c, Metric.MODES_COVERED), v(c, Metric.HIGH_QUALITY),
                    spread, spreadGan);
            assertTrue(v(c, Metric.MODES_COVERED) <= 1, "seed " + seed + ": digits covered " + v(c, Metric.MODES_COVERED));
            assertTrue(spread < 0.1 * spreadGan, "seed " + seed + ": one image for every z? spread " + spread);
        }
    }

    /** Lesson 10 (and the mnist-cgan preset): the samples asked for a digit are read as that digit. */
    @Test
    void theConditionalGanDrawsTheDigitItIsAskedFor() {
        int steps = ACCEPTANCE ? 10_000 : 3000;
        Trainer t = LessonRuns.train(LessonRuns.preset("mnist-cgan"), steps);
        double[] m = metrics(t);
        System.out.printf("mnist-cgan seed 1, %d steps: worst digit read as asked %.3f, %.0f digits covered,"
                        + " high quality %.3f, Fréchet² %.1f%n", steps, v(m, Metric.LABEL_ACCURACY),
                v(m, Metric.MODES_COVERED), v(m, Metric.HIGH_QUALITY), v(m, Metric.FRECHET));
        // chance is 0.1; the bar is 0.9 for every digit
        assertTrue(v(m, Metric.LABEL_ACCURACY) >= (ACCEPTANCE ? 0.9 : 0.2), "worst digit " + v(m, Metric.LABEL_ACCURACY));
        assertTrue(v(m, Metric.MODES_COVERED) >= 9, "digits covered " + v(m, Metric.MODES_COVERED));
    }

    /** The mnist-dcgan preset: the convolutional nets reach the MLP's bar. */
    @Test
    void theDcganCoversAllTenDigits() {
        int steps = ACCEPTANCE ? 5000 : 1000;
        Trainer t = LessonRuns.train(LessonRuns.preset("mnist-dcgan"), steps);
        double[] m = metrics(t);
        System.out.printf("mnist-dcgan seed 1, %d steps: %.0f digits covered, high quality %.3f, Fréchet² %.1f%n", steps,
                v(m, Metric.MODES_COVERED), v(m, Metric.HIGH_QUALITY), v(m, Metric.FRECHET));
        assertTrue(v(m, Metric.MODES_COVERED) >= (ACCEPTANCE ? 10 : 8), "digits covered " + v(m, Metric.MODES_COVERED));
        assertTrue(v(m, Metric.HIGH_QUALITY) >= (ACCEPTANCE ? 0.6 : 0.4), "high quality " + v(m, Metric.HIGH_QUALITY));
    }
}
