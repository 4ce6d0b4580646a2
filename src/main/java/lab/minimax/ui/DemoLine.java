package lab.minimax.ui;

import lab.minimax.experiment.TargetSpec;

import java.util.SplittableRandom;

/**
 * STAND-IN until the engine is wired: fake 1D frames (a two-mode target and a generator whose map
 * z → x bends from a line into a step) as a pure function of the step counts.
 */
final class DemoLine {
    private static final int SAMPLES = 512;
    private static final int CURVE_N = 200;
    private static final int BINS = 60;

    private final double half;
    private final double sd;
    private final double xMin;
    private final double xMax;
    private final float[] real = new float[SAMPLES];
    private final double[] z = new double[SAMPLES];

    DemoLine(TargetSpec target, long seed) {
        half = target.param("spacing", 4) / 2;
        sd = target.param("sd", 0.5);
        xMin = -half - 4 * sd - 1;
        xMax = half + 4 * sd + 1;
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < SAMPLES; i++) {
            real[i] = (float) ((rng.nextBoolean() ? half : -half) + sd * rng.nextGaussian());
            z[i] = rng.nextGaussian();
        }
    }

    private double g(double zv, long steps) {
        double s = DemoPlane.progress(steps);
        return (1 - s) * 0.5 * zv + s * (half * Math.tanh(3 * zv) + 0.5 * sd * zv);
    }

    private double p(double x) {
        double a = (x - half) / sd;
        double b = (x + half) / sd;
        return (Math.exp(-a * a / 2) + Math.exp(-b * b / 2)) / (2 * sd * Math.sqrt(2 * Math.PI));
    }

    Line1dFrame frame(long steps, long d) {
        float[] fake = new float[SAMPLES];
        float[] hist = new float[BINS];
        double bin = (xMax - xMin) / BINS;
        for (int i = 0; i < SAMPLES; i++) {
            fake[i] = (float) g(z[i], steps);
            int b = (int) Math.floor((fake[i] - xMin) / bin);
            if (b >= 0 && b < BINS) {
                hist[b] += (float) (1 / (SAMPLES * bin));
            }
        }
        float[] target = new float[CURVE_N];
        float[] kde = new float[CURVE_N];
        float[] dv = new float[CURVE_N];
        float[] dStar = new float[CURVE_N];
        double h = 0.15;
        double sharp = 1 - Math.exp(-d / 40.0);
        for (int j = 0; j < CURVE_N; j++) {
            double x = xMin + (xMax - xMin) * j / (CURVE_N - 1);
            double q = 0;
            for (float f : fake) {
                double u = (x - f) / h;
                q += Math.exp(-u * u / 2);
            }
            q /= SAMPLES * h * Math.sqrt(2 * Math.PI);
            double pv = p(x);
            target[j] = (float) pv;
            kde[j] = (float) q;
            dStar[j] = (float) (pv / (pv + q + 1e-12));
            dv[j] = (float) (1 / (1 + Math.pow((q + 1e-6) / (pv + 1e-6), sharp)));
        }
        float[] mapZ = new float[101];
        float[] mapX = new float[101];
        for (int i = 0; i <= 100; i++) {
            mapZ[i] = (float) (-3 + 6 * i / 100.0);
            mapX[i] = (float) g(mapZ[i], steps);
        }
        return new Line1dFrame(xMin, xMax, HeatKind.PROBABILITY, null, target, kde, dv, dStar, hist,
                real, fake, mapZ, mapX);
    }
}
