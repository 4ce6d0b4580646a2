package lab.minimax.metrics;

import lab.minimax.distribution.Modes;

/**
 * Mode coverage as in VEEGAN (Srivastava et al. 2017) and PacGAN (Lin et al. 2018). Each sample
 * is assigned to its nearest mode (Euclidean distance to the centres); it is <em>high quality</em>
 * when it lies within 3 standard deviations of that mode, ‖x − μ_k‖ ≤ 3σ_k. A mode is covered when
 * it is the nearest mode of at least one high-quality sample. For a perfect generator the
 * high-quality fraction is P(‖Z‖ ≤ 3) = 1 − e^(−9/2) ≈ 0.989 in 2D (0.9973 in 1D).
 * <p>
 * The mode reverse KL is KL(h ‖ w) in nats, h_k = share of the high-quality samples assigned to
 * mode k, w_k = the target's mode weights (uniform for every equal-weight mixture, where this is
 * the papers' KL(h ‖ uniform); for unequal clusters comparing to the true weights keeps a perfect
 * generator at 0). 0·log 0 = 0, so missed modes add nothing and a generator on one of K equal modes
 * scores log K. With no high-quality sample (or n = 0) the histogram is empty and the KL is NaN.
 * <p>
 * A sample with a non-finite coordinate (NaN or ±∞, a diverged generator) is nearest to no mode:
 * it counts in n but is never high quality and covers nothing.
 */
public final class ModeCoverage {
    private ModeCoverage() {
    }

    /**
     * @param modesCovered        modes that are the nearest mode of ≥ 1 high-quality sample
     * @param modeCount           number of modes of the target
     * @param highQualityFraction high-quality samples / n (NaN when n = 0)
     * @param modeReverseKl       KL(h ‖ w) in nats (NaN when no sample is high quality)
     * @param n                   number of samples used
     */
    public record Result(int modesCovered, int modeCount, double highQualityFraction, double modeReverseKl, int n) {
    }

    /** Coverage of the n samples x (row-major, modes.dim() values per sample). */
    public static Result compute(Modes modes, double[] x, int n) {
        int k = modes.count();
        int[] counts = highQualityCounts(modes, x, n);
        int hq = 0;
        for (int v : counts) {
            hq += v;
        }
        int covered = 0;
        double kl = 0;
        double[] w = modes.weights();
        double wSum = 0;
        for (double v : w) {
            wSum += v;
        }
        for (int j = 0; j < k; j++) {
            if (counts[j] > 0) {
                covered++;
                double h = (double) counts[j] / hq;
                kl += h * StrictMath.log(h * wSum / w[j]);
            }
        }
        return new Result(covered, k, n == 0 ? Double.NaN : (double) hq / n, hq == 0 ? Double.NaN : kl, n);
    }

    /**
     * Per mode, how many of the n samples are high quality for it: the sample's nearest mode j
     * (Euclidean distance to the centres) with ‖x − μ_j‖ ≤ 3σ_j; a non-finite sample counts nowhere.
     */
    static int[] highQualityCounts(Modes modes, double[] x, int n) {
        int dim = modes.dim();
        int k = modes.count();
        double[] c = modes.centers();
        double[] sd = modes.sd();
        int[] counts = new int[k];
        for (int i = 0; i < n; i++) {
            if (!FiniteSamples.row(x, i, dim)) {
                continue;
            }
            int best = -1;
            double bestD2 = Double.POSITIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                double d2 = 0;
                for (int d = 0; d < dim; d++) {
                    double t = x[i * dim + d] - c[j * dim + d];
                    d2 += t * t;
                }
                if (d2 < bestD2) {
                    bestD2 = d2;
                    best = j;
                }
            }
            double r = 3 * sd[best];
            if (bestD2 <= r * r) {
                counts[best]++;
            }
        }
        return counts;
    }
}
