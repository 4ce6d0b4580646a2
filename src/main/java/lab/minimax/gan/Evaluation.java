package lab.minimax.gan;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metrics of a run at one moment, all estimated from samples against the known target.
 * NaN where a metric is not defined (mode metrics without modes, W1 in 2D, sliced W in 1D, the
 * f-bound for non-f objectives).
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
 */
public record Evaluation(double modesCovered, int modeCount, double highQualityFraction, double modeReverseKl,
                         double w1, double slicedW, double mmd2, double js, double kl, double reverseKl,
                         double fBound, double fPlugin, int samples) {

    /** The metrics by their summary.json / metrics.csv names; NaN becomes null. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("modesCovered", orNull(modeCount == 0 ? Double.NaN : modesCovered));
        m.put("highQualityFraction", orNull(highQualityFraction));
        m.put("modeReverseKl", orNull(modeReverseKl));
        m.put("w1", orNull(w1));
        m.put("slicedW", orNull(slicedW));
        m.put("mmd2", orNull(mmd2));
        m.put("js", orNull(js));
        m.put("kl", orNull(kl));
        m.put("reverseKl", orNull(reverseKl));
        m.put("fBound", orNull(fBound));
        m.put("fPlugin", orNull(fPlugin));
        return m;
    }

    private static Double orNull(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
