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
        int[] counts = ModeCoverage.highQualityCounts(modes, x, x.length / modes.dim());
        float[] c = new float[counts.length];
        for (int j = 0; j < counts.length; j++) {
            c[j] = counts[j] > 0 ? 1 : 0;
        }
        return c;
    }
}
