package lab.minimax.gan;

import lab.minimax.distribution.MnistTarget;

import java.util.random.RandomGenerator;

/**
 * STUB (branch imageview): the signatures of the lead's image rows (G(z) and D's score of image
 * rows), so that the image view compiles before the engine lands; on merging main, take main's file.
 */
public final class ImageRows {
    private ImageRows() {
    }

    private static UnsupportedOperationException stub() {
        return new UnsupportedOperationException("ImageRows is a stub until the engine lands");
    }

    public static float[] noise(Trainer t, RandomGenerator rng, int n) {
        throw stub();
    }

    public static float[] generate(Trainer t, float[] z, int[] labels, int n) {
        throw stub();
    }

    public static double[] critic(Trainer t, float[] x, int[] labels, int n) {
        throw stub();
    }

    public static float[] toUnit(MnistTarget target, float[] x) {
        throw stub();
    }
}
