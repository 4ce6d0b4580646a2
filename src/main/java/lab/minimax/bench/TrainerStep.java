package lab.minimax.bench;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.gan.Probe;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import lab.minimax.nn.f32.FloatKernels;

/**
 * The product's step: {@link Trainer#step()} of the trainer that {@link TrainerFactory} builds
 * from a config (one generator update and its k discriminator updates), and with a probe one lab
 * frame after it. The trainer allocates nothing per step; the probe's frame does (as in the lab).
 */
public final class TrainerStep implements BenchStep {
    private final Trainer trainer;
    private final Probe probe;

    /**
     * @param config  a validated config
     * @param threads threads the trainer may use (1 or 2)
     * @param probe   whether each step also captures a lab frame ({@link LabProbe})
     */
    public TrainerStep(ExperimentConfig config, int threads, boolean probe) {
        this.trainer = TrainerFactory.create(config, threads);
        this.probe = probe ? LabProbe.of(trainer, config.seed()) : null;
    }

    @Override
    public void step() {
        trainer.step();
        if (probe != null) {
            probe.capture(trainer);
        }
    }

    /** The trainer being timed. */
    public Trainer trainer() {
        return trainer;
    }

    /** The engine's precision: "float32". */
    public String dtype() {
        return "float32";
    }

    /** The kernels in use: "vector" or "plain". */
    public String kernels() {
        return FloatKernels.selected().name();
    }
}
