package lab.minimax.gan;

import lab.minimax.metrics.mnist.DigitMetrics;

/**
 * An image target's metrics at one moment, read by the digit classifier ({@link DigitMetrics}).
 *
 * @param digits          modes covered (digits with ≥ 1 % of the samples as confident ones), the
 *                        confident share, the digit histogram and its KL to the data's classes
 * @param dataFrequencies the data's class frequencies w (the training pool's, 0 outside the subset)
 * @param frechet         d² of the Fréchet distance of the classifier features to the 2,000
 *                        held-out digits' (the held-out digits of the other half of nothing: a
 *                        perfect generator scores about what a second sample of real digits does)
 * @param nearestDistance mean Euclidean distance, in [0, 1] pixels, of the first
 *                        {@link ImageEvaluation#NEAREST_SAMPLES} samples to their nearest training digits
 */
public record ImageMetrics(DigitMetrics.Result digits, double[] dataFrequencies, double frechet,
                           double nearestDistance) {
}
