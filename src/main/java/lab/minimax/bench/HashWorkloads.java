package lab.minimax.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lab.minimax.experiment.ActivationName;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.NetworkSpec;
import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.experiment.NoiseSpec;
import lab.minimax.experiment.ObjectiveSpec;
import lab.minimax.experiment.OptimizerName;
import lab.minimax.experiment.OptimizerParams;
import lab.minimax.experiment.OptimizerSpec;
import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.Scheme;
import lab.minimax.experiment.TargetSpec;
import lab.minimax.gan.Trainer;
import lab.minimax.lesson.Lesson;
import lab.minimax.lesson.Lessons;
import lab.minimax.nn.Network;

/**
 * The workloads of {@code bench hash}: the four bit-identity workloads that {@code EngineBitsTest}
 * trains in JVMs forked at every vector width ({@link #BITS}), and the configs of every lesson
 * ({@link #lessons()}), and the hash printed for each.
 */
public final class HashWorkloads {
    private HashWorkloads() {
    }

    /** GAN (128-wide, so two threads share its products), WGAN-GP, hinge (simultaneous) and a 1D target, by name. */
    public static final Map<String, ExperimentConfig> BITS = new TreeMap<>(Map.of(
            "gan-ring8", of(target("ring8", Map.of()), 2, List.of(128, 128),
                    ActivationName.RELU, Divergence.GAN, 1e-3, 0.999, Schedule.COSINE, 500, 256, 1,
                    Scheme.ALTERNATING, 11),
            "wgan-gp-grid25", of(target("grid25", Map.of("spacing", 2.0, "sd", 0.05)), 2,
                    List.of(64, 64), ActivationName.LEAKY_RELU, Divergence.WGAN_GP, 1e-4, 0.9, Schedule.CONSTANT, 1,
                    128, 5, Scheme.ALTERNATING, 12),
            "hinge-moons", of(target("moons", Map.of()), 2, List.of(64, 64),
                    ActivationName.TANH, Divergence.HINGE, 5e-4, 0.999, Schedule.CONSTANT, 1, 128, 1,
                    Scheme.SIMULTANEOUS, 13),
            "kl-mixture-1d", of(target("mixture", Map.of("modes", 2.0, "spacing", 4.0, "sd", 0.5)),
                    1, List.of(32, 32), ActivationName.ELU, Divergence.KL, 5e-4, 0.999, Schedule.CONSTANT, 1, 128, 1,
                    Scheme.ALTERNATING, 14)));

    /**
     * The experiments of every lesson, in index order: {@code lesson-<id>} (the run the lesson
     * opens) and {@code lesson-<id>-b} (the run beside it, for lessons that compare two).
     */
    public static Map<String, ExperimentConfig> lessons() {
        Map<String, ExperimentConfig> out = new LinkedHashMap<>();
        for (Lesson l : Lessons.all()) {
            out.put("lesson-" + l.id(), l.config());
            if (l.compareWith() != null) {
                out.put("lesson-" + l.id() + "-b", l.compareWith());
            }
        }
        return out;
    }

    /** FNV-1a over the raw bits of every parameter of G then D. */
    public static long hash(Trainer t) {
        long h = 0xcbf29ce484222325L;
        for (Network net : new Network[]{t.generator(), t.discriminator()}) {
            for (float[] a : net.parameters()) {
                for (float v : a) {
                    h = (h ^ Float.floatToRawIntBits(v)) * 0x100000001b3L;
                }
            }
        }
        return h;
    }

    public static ExperimentConfig of(TargetSpec target, int noiseDim, List<Integer> hidden, ActivationName act,
                               Divergence div, double lr, double beta2, Schedule schedule, int decaySteps,
                               int batch, int dSteps, Scheme scheme, long seed) {
        OptimizerParams adam = new OptimizerParams(OptimizerName.ADAM, lr, 0.5, beta2, 0);
        return new ExperimentConfig(ExperimentConfig.CURRENT_VERSION, target,
                new NoiseSpec(noiseDim, NoiseDistribution.GAUSSIAN),
                new NetworkSpec(hidden, act), new NetworkSpec(hidden, act),
                new ObjectiveSpec(div, GeneratorLoss.NONSATURATING, 0.01, 0.1, 0, 1, 1),
                new OptimizerSpec(adam, adam, schedule, decaySteps), batch, dSteps, scheme, seed);
    }

    public static TargetSpec target(String name, Map<String, Double> params) {
        return new TargetSpec(name, params, null);
    }
}
