package lab.minimax.gan;

import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.nn.Network;
import lab.minimax.distribution.Target;
import org.ejml.data.FMatrixRMaj;

import java.util.random.RandomGenerator;

/**
 * A step's data, drawn from the run's stream: real rows X ~ p, noise rows Z and generated rows
 * X̃ = G(Z). The target samples in double and the rows are rounded to float32, the networks'
 * precision. Every matrix is sized once for the batch B, so drawing allocates nothing.
 */
final class Batches {
    /** X, B × dx. */
    final FMatrixRMaj realX;
    /** Z, B × dz. */
    final FMatrixRMaj z;
    /** X̃, B × dx: a copy of G(Z), since G's own output is overwritten by its next forward. */
    final FMatrixRMaj fakeX;

    private final Target target;
    private final NoiseDistribution noise;
    private final RandomGenerator rng;
    private final int batch;
    private final double[] realD;

    Batches(Target target, NoiseDistribution noise, RandomGenerator rng, int batch, int dz) {
        this.target = target;
        this.noise = noise;
        this.rng = rng;
        this.batch = batch;
        realX = new FMatrixRMaj(batch, target.dim());
        z = new FMatrixRMaj(batch, dz);
        fakeX = new FMatrixRMaj(batch, target.dim());
        realD = new double[batch * target.dim()];
    }

    /** X ~ p. */
    void sampleReal() {
        target.sample(rng, realD, batch);
        Floats.copy(realD, 0, realX.data, realD.length);
    }

    /** Z ~ noise, X̃ = G(Z) (G keeps its forward cache for a generator update). */
    void generateFake(Network generator) {
        Noise.sample(rng, noise, z.data, z.data.length);
        FMatrixRMaj out = generator.forward(z);
        System.arraycopy(out.data, 0, fakeX.data, 0, fakeX.data.length);
    }
}
