package lab.minimax.gan;

import java.util.List;
import java.util.Map;
import lab.minimax.experiment.ActivationName;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.Scheme;
import lab.minimax.nn.Mlp;
import lab.minimax.nn.f32.FloatKernels;

/**
 * Prints, for each of the bit-identity workloads, a hash of both networks' parameters after
 * {@code steps} steps: one line {@code <name> <kernels> <hash>} each. {@link EngineBitsTest} runs
 * it in JVMs forked with different vector widths, kernels and thread counts.
 *
 * <p>Usage: {@code RunHash <steps> <threads>}.
 */
public final class RunHash {
    private RunHash() {
    }

    /** The workloads: GAN (128-wide, so two threads share its products), WGAN-GP, hinge, and a 1D target. */
    static Map<String, ExperimentConfig> workloads() {
        return Map.of(
                "gan-ring8", TestConfigs.of(TestConfigs.target("ring8", Map.of()), 2, List.of(128, 128),
                        ActivationName.RELU, Divergence.GAN, 1e-3, 0.999, Schedule.COSINE, 500, 256, 1,
                        Scheme.ALTERNATING, 11),
                "wgan-gp-grid25", TestConfigs.of(TestConfigs.target("grid25", Map.of("spacing", 2.0, "sd", 0.05)), 2,
                        List.of(64, 64), ActivationName.LEAKY_RELU, Divergence.WGAN_GP, 1e-4, 0.9, Schedule.CONSTANT, 1,
                        128, 5, Scheme.ALTERNATING, 12),
                "hinge-moons", TestConfigs.of(TestConfigs.target("moons", Map.of()), 2, List.of(64, 64),
                        ActivationName.TANH, Divergence.HINGE, 5e-4, 0.999, Schedule.CONSTANT, 1, 128, 1,
                        Scheme.SIMULTANEOUS, 13),
                "kl-mixture-1d", TestConfigs.of(TestConfigs.target("mixture", Map.of("modes", 2.0, "spacing", 4.0, "sd", 0.5)),
                        1, List.of(32, 32), ActivationName.ELU, Divergence.KL, 5e-4, 0.999, Schedule.CONSTANT, 1, 128, 1,
                        Scheme.ALTERNATING, 14));
    }

    /** FNV-1a over the raw bits of every parameter of G then D. */
    static long hash(Trainer t) {
        long h = 0xcbf29ce484222325L;
        for (Mlp net : new Mlp[]{t.generator(), t.discriminator()}) {
            for (float[] a : net.parameters()) {
                for (float v : a) {
                    h = (h ^ Float.floatToRawIntBits(v)) * 0x100000001b3L;
                }
            }
        }
        return h;
    }

    public static void main(String[] args) {
        int steps = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        for (var e : new java.util.TreeMap<>(workloads()).entrySet()) {
            Trainer t = TrainerFactory.create(e.getValue(), threads);
            for (int i = 0; i < steps; i++) {
                t.step();
            }
            System.out.printf("%s %s %016x%n", e.getKey(), FloatKernels.selected().name(), hash(t));
        }
        System.exit(0); // the two-thread kernels' worker is a daemon; exit at once
    }
}
