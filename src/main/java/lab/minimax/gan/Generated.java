package lab.minimax.gan;

import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.nn.Mlp;
import org.ejml.data.DMatrixRMaj;

import java.util.random.RandomGenerator;

/** Draws many generated samples x̃ = G(z) in chunks (bounded scratch, any sample count). */
public final class Generated {
    private static final int CHUNK = 4096;

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
        int dx = discriminator.inputDim();
        double[] v = new double[n];
        DMatrixRMaj in = new DMatrixRMaj(Math.min(n, CHUNK), dx);
        for (int start = 0; start < n; start += CHUNK) {
            int rows = Math.min(CHUNK, n - start);
            in.reshape(rows, dx);
            System.arraycopy(x, start * dx, in.data, 0, rows * dx);
            DMatrixRMaj out = discriminator.forward(in);
            System.arraycopy(out.data, 0, v, start, rows);
        }
        return v;
    }
}
