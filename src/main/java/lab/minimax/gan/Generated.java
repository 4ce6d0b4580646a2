package lab.minimax.gan;

import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.nn.Mlp;
import org.ejml.data.DMatrixRMaj;

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
    public static double[] sample(Mlp generator, NoiseDistribution noise, int n, RandomGenerator rng) {
        int dz = generator.inputDim();
        int dx = generator.outputDim();
        double[] out = new double[n * dx];
        DMatrixRMaj z = new DMatrixRMaj(Math.min(n, CHUNK), dz);
        for (int start = 0; start < n; start += CHUNK) {
            int rows = Math.min(CHUNK, n - start);
            z.reshape(rows, dz);
            Noise.sample(rng, noise, z.data, rows * dz);
            DMatrixRMaj x = generator.forward(z);
            System.arraycopy(x.data, 0, out, start * dx, rows * dx);
        }
        return out;
    }

    /** V = D(x) for n rows of x, in chunks, into a new array. */
    public static double[] critic(Mlp discriminator, double[] x, int n) {
        return map(discriminator, x, n);
    }

    /** Y = f(X) for n rows of X (row-major), in chunks, into a new n × f.outputDim() array. */
    public static double[] map(Mlp f, double[] x, int n) {
        int din = f.inputDim();
        int dout = f.outputDim();
        double[] y = new double[n * dout];
        DMatrixRMaj in = new DMatrixRMaj(Math.min(n, CHUNK), din);
        for (int start = 0; start < n; start += CHUNK) {
            int rows = Math.min(CHUNK, n - start);
            in.reshape(rows, din);
            System.arraycopy(x, start * din, in.data, 0, rows * din);
            DMatrixRMaj out = f.forward(in);
            System.arraycopy(out.data, 0, y, start * dout, rows * dout);
        }
        return y;
    }
}
