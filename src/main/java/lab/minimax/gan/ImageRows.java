package lab.minimax.gan;

import java.util.random.RandomGenerator;
import lab.minimax.distribution.MnistTarget;
import lab.minimax.nn.Network;
import org.ejml.data.FMatrixRMaj;

/**
 * A run's generator and critic on image rows, in chunks of {@link Generated#CHUNK} (bounded
 * scratch, any count): G(z) for given noise rows and (conditional runs) digits, and D's raw score
 * of given images. Between steps only: the networks' forward caches are reused.
 */
public final class ImageRows {
    private ImageRows() {
    }

    /** n noise rows (n × dz) from rng, as training draws them. */
    public static float[] noise(Trainer t, RandomGenerator rng, int n) {
        float[] z = new float[n * t.noiseDim()];
        Noise.sample(rng, t.noise(), z, z.length);
        return z;
    }

    /**
     * Digits for n generated samples of a conditional run: the trained digits in turn (sample i
     * asks for the (i mod |S|)-th digit of the subset S), so every digit is asked for equally often.
     */
    public static int[] balancedLabels(MnistTarget target, int n) {
        int[] digits = target.subset().digits();
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = digits[i % digits.length];
        }
        return y;
    }

    /**
     * G(z) for n noise rows z (n × dz) asking for {@code labels} (used only by a conditional run;
     * may be null otherwise): n × 784 pixels in the target's scale, in a new array.
     *
     * <p>With {@code generator.batchNorm} each chunk of up to {@link Generated#CHUNK} rows is
     * normalised with its own batch statistics (training-mode {@link lab.minimax.nn.BatchNorm}, no
     * running averages), so one image's pixels depend on the other rows of its chunk. The result is
     * still a pure function of (parameters, z, labels, n): the same rows give the same bits, which is
     * what keeps the image view and the metrics reproducible for a config and seed.
     */
    public static float[] generate(Trainer t, float[] z, int[] labels, int n) {
        Network g = t.generator();
        int dz = t.noiseDim();
        int dx = g.outputDim();
        float[] out = new float[n * dx];
        FMatrixRMaj in = new FMatrixRMaj(Math.min(Math.max(n, 1), Generated.CHUNK), g.inputDim());
        for (int start = 0; start < n; start += Generated.CHUNK) {
            int rows = Math.min(Generated.CHUNK, n - start);
            in.reshape(rows, g.inputDim());
            fill(t, z, dz, labels, start, rows, in.data);
            FMatrixRMaj x = g.forward(in);
            System.arraycopy(x.data, 0, out, start * dx, rows * dx);
        }
        return out;
    }

    /** D's raw output V for n images x (n × 784, the target's scale) with their digits (conditional runs). */
    public static double[] critic(Trainer t, float[] x, int[] labels, int n) {
        Network d = t.discriminator();
        int dx = t.target().dim();
        double[] v = new double[n];
        FMatrixRMaj in = new FMatrixRMaj(Math.min(Math.max(n, 1), Generated.CHUNK), d.inputDim());
        for (int start = 0; start < n; start += Generated.CHUNK) {
            int rows = Math.min(Generated.CHUNK, n - start);
            in.reshape(rows, d.inputDim());
            fill(t, x, dx, labels, start, rows, in.data);
            FMatrixRMaj out = d.forward(in);
            for (int i = 0; i < rows; i++) {
                v[start + i] = out.data[i];
            }
        }
        return v;
    }

    /** Rows [start, start + rows) of src (width w), with their one-hot digits when conditional, into dst. */
    private static void fill(Trainer t, float[] src, int w, int[] labels, int start, int rows, float[] dst) {
        if (!t.conditional()) {
            System.arraycopy(src, start * w, dst, 0, rows * w);
            return;
        }
        for (int i = 0; i < rows; i++) {
            int o = i * (w + LabelColumns.L);
            System.arraycopy(src, (start + i) * w, dst, o, w);
            for (int k = 0; k < LabelColumns.L; k++) {
                dst[o + w + k] = labels[start + i] == k ? 1f : 0f;
            }
        }
    }

    /** The images mapped to [0, 1] (the classifier's and the view's range), in a new array. */
    public static float[] toUnit(MnistTarget target, float[] x) {
        float[] u = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            u[i] = Math.min(1f, Math.max(0f, target.toUnit(x[i])));
        }
        return u;
    }
}
