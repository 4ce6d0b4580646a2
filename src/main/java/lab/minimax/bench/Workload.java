package lab.minimax.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The bench's named workloads, each an {@code ExperimentConfig} file in {@code examples/} (the
 * file {@code train --config} reads), optionally with one lab probe frame per step.
 */
public enum Workload {
    /** bench/WORKLOAD.md's small variant: ring8, 2-64-64, B = 256, GAN non-saturating, Adam 1e-3. */
    CANONICAL_SMALL("canonical-small", "canonical-small.json", false),
    /** bench/WORKLOAD.md's large variant: 2-256-256-256, B = 512. */
    CANONICAL_LARGE("canonical-large", "canonical-large.json", false),
    /** grid25, 2-256-256-256, B = 256, 5 critic steps with λ = 0.1 gradient penalty per G step. */
    WGAN_GP_GRID25("wgan-gp-grid25", "grid25-wgan-gp.json", false),
    /** The lab's default config, plus the probe frame the lab draws after every step. */
    LAB_DEFAULT("lab-default", "lab-default.json", true),
    /**
     * Issue 14's MLP on MNIST: G 64-256-512-784 (tanh), D 784-512-256-1, LeakyReLU 0.2, B = 64 + 64,
     * GAN non-saturating, Adam 2e-4, β = (0.5, 0.999).
     */
    MNIST_MLP("mnist-mlp", "mnist-mlp.json", false),
    /**
     * Issue 14's DCGAN on MNIST: G z 64 → dense 7×7×64 → convT 4×4/2 → 14×14×32 → convT 4×4/2 → 28×28×1,
     * D conv 4×4/2 ×32 → conv 4×4/2 ×64 → dense 1, no batch norm; otherwise as {@link #MNIST_MLP}.
     */
    MNIST_DCGAN("mnist-dcgan", "mnist-dcgan.json", false);

    /** The folder of the workload files, relative to the working directory (the repository root). */
    public static final Path EXAMPLES = Path.of("examples");

    /** Name on the command line and in the output lines. */
    public final String id;
    /** The config file under {@link #EXAMPLES}. */
    public final String file;
    /** Whether each step also captures one lab frame ({@link LabProbe}). */
    public final boolean probe;

    Workload(String id, String file, boolean probe) {
        this.id = id;
        this.file = file;
        this.probe = probe;
    }

    /** The config file's path. */
    public Path path() {
        return EXAMPLES.resolve(file);
    }

    /** The workload named {@code id}, if any. */
    public static Optional<Workload> find(String id) {
        return Arrays.stream(values()).filter(w -> w.id.equals(id)).findFirst();
    }

    /** Every id, in order, separated by '|'. */
    public static String ids() {
        return Arrays.stream(values()).map(w -> w.id).collect(Collectors.joining("|"));
    }
}
