package lab.minimax.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import lab.minimax.bench.HashWorkloads;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import lab.minimax.nn.f32.FloatKernels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench hash}: trains each workload for {@code --steps} steps and prints a hash of both
 * networks' parameters, one line {@code <workload> <kernels> <hash>} each (the same config, seed
 * and engine version give the same hash on every machine, kernel set, vector width and thread count).
 */
@Command(name = "hash", mixinStandardHelpOptions = true,
        description = "Print a hash of both networks' parameters per workload after N steps "
                + "(the bit-identity workloads and the experiments of every lesson).")
public final class BenchHashCommand implements Callable<Integer> {
    @Option(names = "--steps", paramLabel = "N", defaultValue = "60",
            description = "training steps before hashing, in [0, 100000] (default ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--threads", paramLabel = "1|2", defaultValue = "1",
            description = "threads the trainer may use (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--workloads", paramLabel = "bits|lessons|all", defaultValue = "all",
            description = "bits: the four bit-identity workloads; lessons: every lesson's experiments "
                    + "(default ${DEFAULT-VALUE})")
    String workloads;

    @Override
    public Integer call() {
        if (steps < 0 || steps > 100_000) {
            System.err.println("--steps: must be an integer in [0, 100000], got " + steps);
            return 2;
        }
        if (threads != 1 && threads != 2) {
            System.err.println("--threads: must be 1 or 2, got " + threads);
            return 2;
        }
        Map<String, ExperimentConfig> jobs = new LinkedHashMap<>();
        switch (workloads.toLowerCase(Locale.ROOT)) {
            case "bits" -> jobs.putAll(HashWorkloads.BITS);
            case "lessons" -> jobs.putAll(HashWorkloads.lessons());
            case "all" -> {
                jobs.putAll(HashWorkloads.BITS);
                jobs.putAll(HashWorkloads.lessons());
            }
            default -> {
                System.err.println("--workloads: must be bits, lessons or all, got '" + workloads + "'");
                return 2;
            }
        }
        for (var e : jobs.entrySet()) {
            Trainer t = TrainerFactory.create(e.getValue(), threads);
            for (int i = 0; i < steps; i++) {
                t.step();
            }
            System.out.printf(Locale.ROOT, "%s %s %016x%n", e.getKey(), FloatKernels.selected().name(),
                    HashWorkloads.hash(t));
            System.out.flush();
        }
        return 0;
    }
}
