package lab.minimax.ui;

import lab.minimax.experiment.TargetSpec;

import java.util.SplittableRandom;

/**
 * STAND-IN until the engine is wired: fake 2D frames that look like a GAN converging on a ring
 * (or grid) of modes, as a pure function of the step counts. No training happens here.
 */
final class DemoPlane {
    private static final int SAMPLES = 512;
    private static final int HEAT_N = 64;
    private static final int DSTAR_N = 40;
    private static final int GRID = 13;

    private final float[] modes;
    private final double sd;
    private final double extent;
    private final float[] real = new float[2 * SAMPLES];
    private final double[] z = new double[2 * SAMPLES];
    private final double[] zGrid = new double[2 * GRID * GRID];

    DemoPlane(TargetSpec target, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        if (target.name().equals("grid25")) {
            double s = target.param("spacing", 2);
            modes = new float[50];
            for (int i = 0; i < 25; i++) {
                modes[2 * i] = (float) ((i % 5 - 2) * s);
                modes[2 * i + 1] = (float) ((i / 5 - 2) * s);
            }
            sd = target.param("sd", 0.05);
            extent = 2 * s + 1.5;
        } else {
            double r = target.param("radius", 2);
            modes = new float[16];
            for (int k = 0; k < 8; k++) {
                modes[2 * k] = (float) (r * Math.cos(2 * Math.PI * k / 8));
                modes[2 * k + 1] = (float) (r * Math.sin(2 * Math.PI * k / 8));
            }
            sd = target.param("sd", 0.02);
            extent = r + 1.0;
        }
        int m = modes.length / 2;
        for (int i = 0; i < SAMPLES; i++) {
            int k = rng.nextInt(m);
            real[2 * i] = (float) (modes[2 * k] + sd * rng.nextGaussian());
            real[2 * i + 1] = (float) (modes[2 * k + 1] + sd * rng.nextGaussian());
            z[2 * i] = rng.nextGaussian();
            z[2 * i + 1] = rng.nextGaussian();
        }
        for (int r = 0; r < GRID; r++) {
            for (int c = 0; c < GRID; c++) {
                zGrid[2 * (r * GRID + c)] = -2 + 4.0 * c / (GRID - 1);
                zGrid[2 * (r * GRID + c) + 1] = -2 + 4.0 * r / (GRID - 1);
            }
        }
    }

    ViewBox box() {
        return ViewBox.square(extent);
    }

    int modeCount() {
        return modes.length / 2;
    }

    /** Progress of the fake convergence after g generator steps, in [0, 1). */
    static double progress(long g) {
        return 1 - Math.exp(-g / 400.0);
    }

    /** Modes reached so far. */
    int discovered(long g) {
        return 1 + (int) Math.floor((modeCount() - 1) * Math.pow(progress(g), 0.7));
    }

    PlaneFrame frame(long g, long d) {
        double s = progress(g);
        float[] fake = new float[2 * SAMPLES];
        float[] arrows = new float[2 * SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            double[] p = map(z[2 * i], z[2 * i + 1], g);
            double[] t = map(z[2 * i], z[2 * i + 1], g + 200);
            fake[2 * i] = (float) p[0];
            fake[2 * i + 1] = (float) p[1];
            arrows[2 * i] = (float) ((t[0] - p[0]) * (1.05 - s));
            arrows[2 * i + 1] = (float) ((t[1] - p[1]) * (1.05 - s));
        }
        float[] manifold = new float[zGrid.length];
        for (int i = 0; i < GRID * GRID; i++) {
            double[] p = map(zGrid[2 * i], zGrid[2 * i + 1], g);
            manifold[2 * i] = (float) p[0];
            manifold[2 * i + 1] = (float) p[1];
        }
        double sharp = 1 - Math.exp(-d / 40.0);
        ViewBox box = box();
        float[] covered = new float[modeCount()];
        int found = discovered(g);
        for (int k = 0; k < found; k++) {
            covered[k] = 1;
        }
        return new PlaneFrame(box, HeatKind.PROBABILITY, grid(box, HEAT_N, fake, sharp), null,
                grid(box, DSTAR_N, fake, 1), real, fake, arrows, GRID, GRID,
                manifold, modes, covered);
    }

    /** sigmoid(sharp · log(p/q)) on a grid: sharp = 1 gives p/(p + q). */
    private Grid2d grid(ViewBox box, int n, float[] fake, double sharp) {
        float[] v = new float[n * n];
        double bw = 0.25;
        double sdp = Math.max(sd, 0.12);
        for (int r = 0; r < n; r++) {
            double y = Grid2d.centreY(box, n, r);
            for (int c = 0; c < n; c++) {
                double x = Grid2d.centreX(box, n, c);
                double p = 1e-6;
                for (int k = 0; k < modeCount(); k++) {
                    double dx = x - modes[2 * k];
                    double dy = y - modes[2 * k + 1];
                    p += Math.exp(-(dx * dx + dy * dy) / (2 * sdp * sdp)) / (sdp * sdp * modeCount());
                }
                double q = 1e-6;
                for (int i = 0; i < fake.length / 2; i += 8) {
                    double dx = x - fake[2 * i];
                    double dy = y - fake[2 * i + 1];
                    q += Math.exp(-(dx * dx + dy * dy) / (2 * bw * bw)) / (bw * bw * SAMPLES / 8.0);
                }
                v[r * n + c] = (float) (1 / (1 + Math.pow(q / p, sharp)));
            }
        }
        return new Grid2d(n, v);
    }

    /** The fake generator: a blob that spreads onto more and more modes as g grows. */
    private double[] map(double z0, double z1, long g) {
        double s = progress(g);
        int found = discovered(g);
        double angle = Math.atan2(z1, z0) + Math.PI;
        int k = Math.min(found - 1, (int) (angle / (2 * Math.PI) * found));
        double wobble = 0.4 * Math.sin(g / 60.0) * (1 - s);
        double bx = 0.4 * z0;
        double by = 0.4 * z1;
        double rx = bx * Math.cos(wobble) - by * Math.sin(wobble);
        double ry = bx * Math.sin(wobble) + by * Math.cos(wobble);
        double tx = modes[2 * k] + 1.5 * sd * z0;
        double ty = modes[2 * k + 1] + 1.5 * sd * z1;
        return new double[]{(1 - s) * rx + s * tx, (1 - s) * ry + s * ty};
    }
}
