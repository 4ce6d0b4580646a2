package lab.minimax.gan;

import lab.minimax.distribution.MnistTarget;
import lab.minimax.metrics.SmoothedDivergences;
import lab.minimax.metrics.mnist.DigitClassifier;
import lab.minimax.metrics.mnist.DigitMetrics;
import lab.minimax.metrics.mnist.HeldOutDigits;
import lab.minimax.metrics.mnist.NearestDigit;
import lab.minimax.random.SplitMix64;

/**
 * The {@link Evaluator}'s image path: n generated digits (conditional runs ask for every trained
 * digit equally often) read by the digit classifier, their Fréchet distance to the held-out digits,
 * the mean distance of the first {@link #NEAREST_SAMPLES} to their nearest training digit, and the
 * critic's bound on n real and n generated images. The 1D/2D values are NaN ({@link Evaluation}).
 * Its own scratch (classifier, nearest-digit search): one per evaluator.
 */
final class ImageEvaluation {
    /** Samples whose nearest training digit is searched (each costs 8,000 dot products of 784). */
    static final int NEAREST_SAMPLES = 200;

    private final DigitClassifier classifier = DigitClassifier.standard();
    private NearestDigit nearest;

    Evaluator.Sampled evaluate(Trainer t, int n, long seed) {
        MnistTarget target = (MnistTarget) t.target();
        SplitMix64 rng = new SplitMix64(seed ^ 0x5DEECE66DL);
        float[] z = ImageRows.noise(t, rng, n);
        int[] fakeLabels = ImageRows.balancedLabels(target, n);
        float[] fake = ImageRows.generate(t, z, fakeLabels, n);
        float[] real = new float[n * target.dim()];
        int[] realLabels = new int[n];
        target.sample(rng, real, realLabels, n);

        double[] w = target.sampler().labelFrequencies();
        double modes = Double.NaN;
        double hq = Double.NaN;
        ImageMetrics image = null;
        if (Floats.allFinite(fake, fake.length)) {
            float[] unit = ImageRows.toUnit(target, fake);
            DigitMetrics.Result r = DigitMetrics.compute(classifier, unit, t.conditional() ? fakeLabels : null, n, w);
            if (nearest == null) {
                nearest = new NearestDigit(t.generator().kernels());
            }
            double near = nearest.meanDistance(unit, Math.min(n, NEAREST_SAMPLES));
            image = new ImageMetrics(r, w, HeldOutDigits.frechet(r), near);
            modes = r.modesCovered();
            hq = r.highQualityFraction();
        }
        double[] vReal = ImageRows.critic(t, real, realLabels, n);
        double[] vFake = ImageRows.critic(t, fake, fakeLabels, n);
        double fBound = t.objective().bound(vReal, n, vFake, n);
        double nan = Double.NaN;
        Evaluation e = new Evaluation(modes, target.subset().size(), hq, nan, nan, nan, nan, nan, nan, nan, fBound,
                nan, n, SmoothedDivergences.Result.NONE, image);
        return new Evaluator.Sampled(e, null, null);
    }
}
