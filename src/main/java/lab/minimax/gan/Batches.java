package lab.minimax.gan;

import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.nn.Mlp;
import lab.minimax.target.Target;
import org.ejml.data.DMatrixRMaj;

import java.util.random.RandomGenerator;

/**
 * A step's data, drawn from the run's stream: real rows X ~ p, noise rows Z and generated rows
 * X̃ = G(Z). Every matrix is sized once for the batch B, so drawing allocates nothing.
 */
final class Batches {
    /** X, B × dx. */
    final DMatrixRMaj realX;
    /** Z, B × dz. */
    final DMatrixRMaj z;
    /** X̃, B × dx: a copy of G(Z), since G's own output is overwritten by its next forward. */
    final DMatrixRMaj fakeX;

    private final Target target;
    private final NoiseDistribution noise;
    private final RandomGenerator rng;
    private final int batch;

    Batches(Target target, NoiseDistribution noise, RandomGenerator rng, int batch, int dz) {
        this.target = target;
        this.noise = noise;
        this.rng = rng;
        this.batch = batch;
        realX = new DMatrixRMaj(batch, target.dim());
        z = new DMatrixRMaj(batch, dz);
        fakeX = new DMatrixRMaj(batch, target.dim());
    }

    /** X ~ p. */
    void sampleReal() {
        target.sample(rng, realX.data, batch);
    }

    /** Z ~ noise, X̃ = G(Z) (G keeps its forward cache for a generator update). */
    void generateFake(Mlp generator) {
        Noise.sample(rng, noise, z.data, z.data.length);
        DMatrixRMaj out = generator.forward(z);
        System.arraycopy(out.data, 0, fakeX.data, 0, fakeX.data.length);
    }
}
