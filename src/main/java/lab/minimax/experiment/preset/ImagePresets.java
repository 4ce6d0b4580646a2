package lab.minimax.experiment.preset;

import java.util.List;
import lab.minimax.experiment.ActivationName;
import lab.minimax.experiment.Defaults;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.NetworkKind;
import lab.minimax.experiment.NetworkSpec;
import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.experiment.NoiseSpec;
import lab.minimax.experiment.OptimizerName;
import lab.minimax.experiment.OptimizerParams;
import lab.minimax.experiment.OptimizerSpec;
import lab.minimax.experiment.OutputActivation;
import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.Scheme;
import lab.minimax.experiment.TargetCatalog;
import lab.minimax.experiment.TargetSpec;

/**
 * The image presets (issue 14): MNIST digits with the non-saturating GAN, batch 64, LeakyReLU 0.2,
 * z ~ N(0, I) of 64 dimensions, a tanh generator (pixels in [−1, 1]) and Adam with DCGAN's
 * β = (0.5, 0.999), at 5e-4 rather than DCGAN's 2e-4: at seed 1 after 5,000 steps the MLP GAN
 * then covers 10 digits with 0.67 of its samples confident (9 and 0.31 at 2e-4), the DCGAN 10
 * and 0.60 (10 and 0.57 at 2e-4). bench's mnist-mlp and mnist-dcgan keep 2e-4, the PyTorch
 * references' step.
 */
final class ImagePresets {
    private ImagePresets() {
    }

    private static final OptimizerParams ADAM = new OptimizerParams(OptimizerName.ADAM, 5e-4, 0.5, 0.999, 0);
    /** Lesson 9's fast optimiser (lesson 4's on the ring): Adam 1e-3 with β1 = 0.9. */
    private static final OptimizerParams ADAM_FAST = new OptimizerParams(OptimizerName.ADAM, 1e-3, 0.9, 0.999, 0);
    private static final NoiseSpec NOISE = new NoiseSpec(64, NoiseDistribution.GAUSSIAN);

    static final List<Preset> ALL = List.of(
            new Preset("mnist-gan", "MNIST digits — GAN (MLP)",
                    "Digits from noise: an MLP generator 64-256-512-784 with a tanh output against an MLP "
                            + "discriminator 784-512-256-1, LeakyReLU 0.2, Adam 5e-4, β = (0.5, 0.999), batch 64.",
                    mlpImages(ADAM)),
            new Preset("mnist-dcgan", "MNIST digits — DCGAN",
                    "Convolutional nets: G z 64 → dense 7×7×64 → convT 4×4/2 → 14×14×32 → convT 4×4/2 → 28×28, "
                            + "D conv 4×4/2 ×32 → conv 4×4/2 ×64 → dense 1, no batch norm; Adam 5e-4, β = (0.5, 0.999).",
                    images(conv(64, 32, OutputActivation.TANH), conv(32, 64, OutputActivation.LINEAR), ADAM)),
            new Preset("mnist-cgan", "MNIST digits — conditional GAN",
                    "Mirza & Osindero's conditional GAN: the digit's one-hot label is fed to G beside z and to D "
                            + "beside the image, so the generator can be asked for a given digit (the nets and "
                            + "optimiser of mnist-gan).",
                    mlpImages(ADAM).withConditional(true)),
            new Preset("lesson-digit-collapse", "Lesson 9 — mode collapse on digits",
                    "mnist-gan with lesson 4's fast optimiser, Adam 1e-3 with β1 = 0.9: the generator "
                            + "collapses and every z gives the same image.",
                    mlpImages(ADAM_FAST)));

    private static ExperimentConfig mlpImages(OptimizerParams adam) {
        return images(mlp(256, 512, OutputActivation.TANH), mlp(512, 256, OutputActivation.LINEAR), adam);
    }

    private static ExperimentConfig images(NetworkSpec g, NetworkSpec d, OptimizerParams adam) {
        return Defaults.CONFIG.withTarget(TargetSpec.of(TargetCatalog.MNIST))
                .withNetworks(NOISE, g, d)
                .withOptimizer(new OptimizerSpec(adam, adam, Schedule.CONSTANT, Defaults.DECAY_STEPS))
                .withSteps(64, 1, Scheme.ALTERNATING);
    }

    private static NetworkSpec mlp(int a, int b, OutputActivation out) {
        return new NetworkSpec(NetworkKind.MLP, List.of(a, b), List.of(), ActivationName.LEAKY_RELU, out);
    }

    private static NetworkSpec conv(int c0, int c1, OutputActivation out) {
        return new NetworkSpec(NetworkKind.CONV, List.of(), List.of(c0, c1), ActivationName.LEAKY_RELU, out);
    }
}
