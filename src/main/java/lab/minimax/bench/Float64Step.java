package lab.minimax.bench;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.Scheme;
import lab.minimax.gan.FGanObjective;
import lab.minimax.gan.GanDivergence;
import lab.minimax.gan.Noise;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerSettings;
import lab.minimax.nn.Adam;
import lab.minimax.nn.Init;
import lab.minimax.nn.MatrixKernels;
import lab.minimax.nn.Mlp;
import lab.minimax.nn.Relu;
import lab.minimax.target.Ring8Target;
import org.ejml.data.DMatrixRMaj;

/**
 * The canonical workload on the lab's own double-precision engine: a {@link Trainer} (k = 1,
 * alternating, the fake batch of the D update reused for the G update) with ring8 (radius 2,
 * σ 0.02), Goodfellow's GAN with the non-saturating generator loss, Adam lr 1e-3, β (0.5, 0.999),
 * ε 1e-8 for both nets, PyTorch initialisation.
 *
 * <p>The engine's D loss is −E log σ(V(x)) − E log(1 − σ(V(x̃))), twice WORKLOAD.md's
 * mean BCE over the 2B rows; Adam's update is invariant to that factor (up to ε).
 */
public final class Float64Step implements BenchStep {
    /** Ring radius and per-coordinate standard deviation of WORKLOAD.md. */
    public static final double RADIUS = 2.0;
    public static final double SD = 0.02;
    public static final double LR = 1e-3;

    private final Trainer trainer;

    public Float64Step(Variant v, long seed) {
        this.trainer = canonicalTrainer(v, new SplittableRandom(seed));
    }

    /** The canonical trainer for a variant; the three streams are split from {@code root} in the order G, D, data. */
    public static Trainer canonicalTrainer(Variant v, SplittableRandom root) {
        SplittableRandom initG = root.split();
        SplittableRandom initD = root.split();
        SplittableRandom data = root.split();
        Mlp g = new Mlp(2, v.hidden(), 2, new Relu(), Init.PYTORCH, initG);
        Mlp d = new Mlp(2, v.hidden(), 1, new Relu(), Init.PYTORCH, initD);
        Adam optG = new Adam(LR, 0.5, 0.999, 1e-8, g.parameters());
        Adam optD = new Adam(LR, 0.5, 0.999, 1e-8, d.parameters());
        TrainerSettings settings = new TrainerSettings(1, Scheme.ALTERNATING, LR, LR, Schedule.CONSTANT, 1);
        return new Trainer(new Ring8Target(RADIUS, SD), g, d,
                new FGanObjective(new GanDivergence(), GeneratorLoss.NONSATURATING),
                optG, optD, data, NoiseDistribution.GAUSSIAN, v.batch, settings);
    }

    /** The trainer behind this step (for tests). */
    public Trainer trainer() {
        return trainer;
    }

    @Override
    public void step() {
        trainer.step();
    }

    @Override
    public String dtype() {
        return "float64";
    }

    @Override
    public String kernels() {
        return MatrixKernels.selected().name();
    }

    @Override
    public double[] generate(RandomGenerator rng, int n) {
        DMatrixRMaj z = new DMatrixRMaj(n, 2);
        Noise.sample(rng, NoiseDistribution.GAUSSIAN, z.data, 2 * n);
        return java.util.Arrays.copyOf(trainer.generator().forward(z).data, 2 * n);
    }
}
