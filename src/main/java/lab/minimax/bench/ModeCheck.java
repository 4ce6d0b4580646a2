package lab.minimax.bench;

import java.util.random.RandomGenerator;

/**
 * The workload's sanity check ({@code ref_torch.py --check}): after training, of n generated
 * points, those within 0.4 of their nearest ring centre are "near"; a mode is covered when at
 * least one near point has it as nearest centre.
 */
public final class ModeCheck {
    /** The check's distance: 4·σ·5 = 0.4 in ref_torch.py. */
    public static final double NEAR = 0.4;

    /** Modes covered (of 8) and the fraction of near points. */
    public record Coverage(int modes, double fractionNear) {
    }

    private ModeCheck() {
    }

    /** The eight centres (2 cos 2πk/8, 2 sin 2πk/8), row-major 8 × 2. */
    public static double[] centres() {
        double[] c = new double[16];
        for (int k = 0; k < 8; k++) {
            double a = 2 * Math.PI * k / 8;
            c[2 * k] = Float64Step.RADIUS * Math.cos(a);
            c[2 * k + 1] = Float64Step.RADIUS * Math.sin(a);
        }
        return c;
    }

    /** Coverage of the points (row-major n × 2). */
    public static Coverage of(double[] points, int n) {
        double[] c = centres();
        boolean[] hit = new boolean[8];
        int near = 0;
        for (int i = 0; i < n; i++) {
            double x = points[2 * i], y = points[2 * i + 1];
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            for (int k = 0; k < 8; k++) {
                double d = Math.hypot(x - c[2 * k], y - c[2 * k + 1]);
                if (d < bestD) {
                    bestD = d;
                    best = k;
                }
            }
            if (bestD < NEAR) {
                near++;
                hit[best] = true;
            }
        }
        int modes = 0;
        for (boolean h : hit) {
            modes += h ? 1 : 0;
        }
        return new Coverage(modes, near / (double) n);
    }

    /** Trains {@code step} for {@code steps} steps, then measures the coverage of n generated points. */
    public static Coverage train(BenchStep step, int steps, int n, RandomGenerator rng) {
        for (int i = 0; i < steps; i++) {
            step.step();
        }
        return of(step.generate(rng, n), n);
    }
}
