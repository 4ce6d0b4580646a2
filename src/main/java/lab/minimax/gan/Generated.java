package lab.minimax.gan;

import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.nn.Network;
import org.ejml.data.FMatrixRMaj;

import java.util.random.RandomGenerator;

/**
 * Draws many generated samples x̃ = G(z) in chunks (bounded scratch, any sample count). The chunk
 * is {@link #CHUNK} rows: a network's forward caches grow to the largest input it is given and
 * never shrink, so probing a run in chunks no larger than a training batch keeps an idle run's
 * memory at what training needs (about 1 MB for the canonical 64-64 networks, instead of 8 MB
 * after one 48 × 48 heatmap).
 */
public final class Generated {
    /** Rows per forward pass when probing (the default batch size). */
    public static final int CHUNK = 256;

    private Generated() {
    }

    /** n samples of G(z), z from {@code rng}, row-major into a new array of n × G.outputDim(). */
    public static double[] sample(Network generator, NoiseDistribution noise, int n, RandomGenerator rng) {
        int dz = generator.inputDim();
        int dx = generator.outputDim();
        double[] out = new double[n * dx];
        FMatrixRMaj z = new FMatrixRMaj(Math.min(n, CHUNK), dz);
        for (int start = 0; start < n; start += CHUNK) {
            int rows = Math.min(CHUNK, n - start);
            z.reshape(rows, dz);
            Noise.sample(rng, noise, z.data, rows * dz);
            FMatrixRMaj x = generator.forward(z);
            for (int i = 0; i < rows * dx; i++) {
                out[start * dx + i] = x.data[i];
            }
        }
        return out;
    }

    /** V = D(x) for n rows of x, in chunks, into a new array. */
    public static double[] critic(Network discriminator, double[] x, int n) {
        return map(discriminator, x, n);
    }

    /** Y = f(X) for n rows of X (row-major), in chunks, into a new n × f.outputDim() array. */
    public static double[] map(Network f, double[] x, int n) {
        int din = f.inputDim();
        int dout = f.outputDim();
        double[] y = new double[n * dout];
        FMatrixRMaj in = new FMatrixRMaj(Math.min(Math.max(n, 1), CHUNK), din);
        for (int start = 0; start < n; start += CHUNK) {
            int rows = Math.min(CHUNK, n - start);
            in.reshape(rows, din);
            Floats.copy(x, start * din, in.data, rows * din);
            FMatrixRMaj out = f.forward(in);
            for (int i = 0; i < rows * dout; i++) {
                y[start * dout + i] = out.data[i];
            }
        }
        return y;
    }
}
