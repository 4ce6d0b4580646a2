package lab.minimax.gan;

import lab.minimax.distribution.MnistTarget;
import lab.minimax.distribution.Target;
import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.nn.Network;
import org.ejml.data.FMatrixRMaj;

import java.util.random.RandomGenerator;

/**
 * A step's data, drawn from the run's stream: real rows X ~ p, noise rows Z and generated rows
 * X̃ = G(Z). A 1D/2D target samples in double and the rows are rounded to float32, the networks'
 * precision; the image target writes its float pixels directly. Every matrix is sized once for
 * the batch B, so drawing allocates nothing.
 *
 * <p>Conditional runs ({@link LabelColumns}): the real rows carry their digits' one-hot vectors,
 * and the generated batch is asked for the same digits as the last real batch (so y of both sides
 * follows the data's class frequencies, and WGAN-GP's interpolates keep their label columns).
 */
final class Batches {
    /** X, B × dD (dD = dx, plus the label columns when conditional). */
    final FMatrixRMaj realX;
    /** Z, B × (dz + label columns). */
    final FMatrixRMaj z;
    /** X̃, B × dD: a copy of G(Z) (with the label columns), since G's output is overwritten by its next forward. */
    final FMatrixRMaj fakeX;
    /** The digits of the last real batch (conditional runs). */
    final int[] labels;

    private final Target target;
    private final MnistTarget images;
    private final NoiseDistribution noise;
    private final RandomGenerator rng;
    private final int batch;
    private final int dx;
    private final int dz;
    private final boolean conditional;
    private final double[] realD;
    private final float[] realF;
    private final float[] zF;

    Batches(Target target, NoiseDistribution noise, RandomGenerator rng, int batch, int dz, boolean conditional) {
        this.target = target;
        this.images = target instanceof MnistTarget m ? m : null;
        this.noise = noise;
        this.rng = rng;
        this.batch = batch;
        this.dx = target.dim();
        this.dz = dz;
        this.conditional = conditional;
        int l = conditional ? LabelColumns.L : 0;
        realX = new FMatrixRMaj(batch, dx + l);
        z = new FMatrixRMaj(batch, dz + l);
        fakeX = new FMatrixRMaj(batch, dx + l);
        labels = new int[batch];
        for (int i = 0; i < batch; i++) {
            labels[i] = i % LabelColumns.L;
        }
        realD = images == null ? new double[batch * dx] : null;
        realF = conditional ? new float[batch * dx] : null;
        zF = conditional ? new float[batch * dz] : null;
    }

    /** X ~ p (with its digits when conditional). */
    void sampleReal() {
        if (images == null) {
            target.sample(rng, realD, batch);
            Floats.copy(realD, 0, realX.data, realD.length);
        } else if (!conditional) {
            images.sample(rng, realX.data, null, batch);
        } else {
            images.sample(rng, realF, labels, batch);
            LabelColumns.append(realF, dx, labels, batch, realX.data);
        }
    }

    /** Z ~ noise, X̃ = G(Z) (G keeps its forward cache for a generator update). */
    void generateFake(Network generator) {
        if (!conditional) {
            Noise.sample(rng, noise, z.data, z.data.length);
            FMatrixRMaj out = generator.forward(z);
            System.arraycopy(out.data, 0, fakeX.data, 0, fakeX.data.length);
            return;
        }
        Noise.sample(rng, noise, zF, zF.length);
        LabelColumns.append(zF, dz, labels, batch, z.data);
        FMatrixRMaj out = generator.forward(z);
        LabelColumns.append(out.data, dx, labels, batch, fakeX.data);
    }
}
