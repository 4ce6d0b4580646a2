package lab.minimax.gan;

import lab.minimax.experiment.NoiseDistribution;

import java.util.random.RandomGenerator;

/** The generator's latent noise z. */
public final class Noise {
    private Noise() {
    }

    /** Fills out[0..count) with N(0, 1) or U[−1, 1] draws from {@code rng}. */
    public static void sample(RandomGenerator rng, NoiseDistribution noise, double[] out, int count) {
        if (noise == NoiseDistribution.GAUSSIAN) {
            for (int i = 0; i < count; i++) {
                out[i] = rng.nextGaussian();
            }
        } else {
            for (int i = 0; i < count; i++) {
                out[i] = 2 * rng.nextDouble() - 1;
            }
        }
    }

    /** The same draws rounded to float32 (the networks' input). */
    public static void sample(RandomGenerator rng, NoiseDistribution noise, float[] out, int count) {
        if (noise == NoiseDistribution.GAUSSIAN) {
            for (int i = 0; i < count; i++) {
                out[i] = (float) rng.nextGaussian();
            }
        } else {
            for (int i = 0; i < count; i++) {
                out[i] = (float) (2 * rng.nextDouble() - 1);
            }
        }
    }
}
