package lab.minimax.gan;

import lab.minimax.metrics.SmoothedDivergences;

/**
 * The metrics of a run at one moment, all estimated from samples against the known target.
 * NaN where a metric is not defined (mode metrics without modes, W1 in 2D, sliced W in 1D, the
 * f-bound for non-f objectives). {@link #kl} is +∞ when a mode of the target has no generated
 * sample near it ({@link lab.minimax.metrics.MissedModes}). Their names in metrics.csv and summary.json: {@link Metric}.
 *
 * @param modesCovered        modes that are the nearest mode of at least one high-quality sample
 * @param modeCount           modes of the target (0 when it has none)
 * @param highQualityFraction fraction of samples within 3σ of their nearest mode
 * @param modeReverseKl       KL(histogram over modes ‖ uniform)
 * @param w1                  1D: exact W1 against the target's quantile function
 * @param slicedW             2D: sliced Wasserstein-1 against target samples
 * @param mmd2                unbiased MMD² with a Gaussian kernel at the mode scale
 * @param js                  plug-in JSD(p, q̂) in nats
 * @param kl                  plug-in KL(p ‖ q̂)
 * @param reverseKl           plug-in KL(q̂ ‖ p)
 * @param fBound              the variational bound F = E_p[T] − E_q[f*(T)] (or the critic's
 *                            E_p V − E_q V) on the evaluation samples
 * @param fPlugin             the plug-in value of the same f-divergence D_f(p ‖ q̂)
 * @param samples             generated (and real) samples used
 * @param smoothed            the smoothed divergences JS, KL, reverse KL between p_h and q̂_h at
 *                            the target's h, with the JS's bootstrap interval
 *                            ({@link SmoothedDivergences}; {@link SmoothedDivergences.Result#NONE}
 *                            when a generated sample is not finite)
 */
public record Evaluation(double modesCovered, int modeCount, double highQualityFraction, double modeReverseKl,
                         double w1, double slicedW, double mmd2, double js, double kl, double reverseKl,
                         double fBound, double fPlugin, int samples,
                         SmoothedDivergences.Result smoothed) {
    /** STUB (branch imageview): the lead's image metrics component; null here. On merging main, take main's file. */
    public ImageMetrics image() {
        return null;
    }
}
