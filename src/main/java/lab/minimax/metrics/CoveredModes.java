package lab.minimax.metrics;

import lab.minimax.distribution.Modes;

/**
 * Which modes a set of samples covers, mode by mode: the flags behind
 * {@link ModeCoverage.Result#modesCovered()}, for drawing (a covered mode is filled in the lab's 2D
 * view). Same rule as {@link ModeCoverage}: a sample is assigned to its nearest mode and covers it
 * when it lies within 3σ of it; a sample with a non-finite coordinate covers nothing.
 */
public final class CoveredModes {
    private CoveredModes() {
    }

    /** Per mode 1 when some sample of the row-major {@code x} (modes.dim() values per sample) covers it, else 0. */
    public static float[] flags(Modes modes, double[] x) {
        int dim = modes.dim();
        float[] c = new float[modes.count()];
        for (int i = 0; i < x.length / dim; i++) {
            if (!FiniteSamples.row(x, i, dim)) {
                continue;
            }
            int best = -1;
            double bestD2 = Double.POSITIVE_INFINITY;
            for (int k = 0; k < modes.count(); k++) {
                double d2 = 0;
                for (int d = 0; d < dim; d++) {
                    double t = x[i * dim + d] - modes.center(k, d);
                    d2 += t * t;
                }
                if (d2 < bestD2) {
                    bestD2 = d2;
                    best = k;
                }
            }
            double r = 3 * modes.sd()[best];
            if (bestD2 <= r * r) {
                c[best] = 1;
            }
        }
        return c;
    }
}
