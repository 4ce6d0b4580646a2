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
 * The image presets (issue 14): MNIST digits with the non-saturating GAN and DCGAN's optimiser,
 * Adam 2e-4, β = (0.5, 0.999), batch 64, LeakyReLU 0.2, z ~ N(0, I) of 64 dimensions, a tanh
 * generator (pixels in [−1, 1]).
 */
final class ImagePresets {
    private ImagePresets() {
    }

    private static final OptimizerParams ADAM_DCGAN = new OptimizerParams(OptimizerName.ADAM, 2e-4, 0.5, 0.999, 0);
    private static final NoiseSpec NOISE = new NoiseSpec(64, NoiseDistribution.GAUSSIAN);

    static final List<Preset> ALL = List.of(
            new Preset("mnist-gan", "MNIST digits — GAN (MLP)",
                    "Digits from noise: an MLP generator 64-256-512-784 with a tanh output against an MLP "
                            + "discriminator 784-512-256-1, LeakyReLU 0.2, Adam 2e-4, β = (0.5, 0.999), batch 64.",
                    images(mlp(256, 512, OutputActivation.TANH), mlp(512, 256, OutputActivation.LINEAR))),
            new Preset("mnist-dcgan", "MNIST digits — DCGAN",
                    "Convolutional nets: G z 64 → dense 7×7×64 → convT 4×4/2 → 14×14×32 → convT 4×4/2 → 28×28, "
                            + "D conv 4×4/2 ×32 → conv 4×4/2 ×64 → dense 1, no batch norm.",
                    images(conv(64, 32, OutputActivation.TANH), conv(32, 64, OutputActivation.LINEAR))),
            new Preset("mnist-cgan", "MNIST digits — conditional GAN",
                    "Mirza & Osindero's conditional GAN: the digit's one-hot label is fed to G beside z and to D "
                            + "beside the image, so the generator can be asked for a given digit.",
                    images(mlp(256, 512, OutputActivation.TANH), mlp(512, 256, OutputActivation.LINEAR))
                            .withConditional(true)));

    private static ExperimentConfig images(NetworkSpec g, NetworkSpec d) {
        return Defaults.CONFIG.withTarget(TargetSpec.of(TargetCatalog.MNIST))
                .withNetworks(NOISE, g, d)
                .withOptimizer(new OptimizerSpec(ADAM_DCGAN, ADAM_DCGAN, Schedule.CONSTANT, Defaults.DECAY_STEPS))
                .withSteps(64, 1, Scheme.ALTERNATING);
    }

    private static NetworkSpec mlp(int a, int b, OutputActivation out) {
        return new NetworkSpec(NetworkKind.MLP, List.of(a, b), List.of(), ActivationName.LEAKY_RELU, out);
    }

    private static NetworkSpec conv(int c0, int c1, OutputActivation out) {
        return new NetworkSpec(NetworkKind.CONV, List.of(), List.of(c0, c1), ActivationName.LEAKY_RELU, out);
    }
}
