package lab.minimax.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import lab.minimax.bench.ChunkTimer;
import lab.minimax.bench.FrameCostCommand;
import lab.minimax.bench.OtherCpu;
import lab.minimax.bench.TrainerStep;
import lab.minimax.bench.Workload;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.gan.Evaluation;
import lab.minimax.gan.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: times the product's {@link lab.minimax.gan.Trainer} on workloads given as
 * experiment configs (the named ones in {@code examples/}, or any {@code --config} file, read as
 * {@code train --config} reads it), with bench/WORKLOAD.md's protocol, one line per configuration:
 * {@code minimax-ejml <dtype> <workload> threads=<n> steps_per_s=<x> best=<x> chunks=<n> steps=<n> other_cpu=<x> kernels=<k>}.
 * A step is one generator update with its k discriminator updates.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {BenchHashCommand.class, BenchAllocCommand.class, FrameCostCommand.class},
        description = "Time the lab's Trainer on experiment configs (bench/WORKLOAD.md's protocol) and print steps/s per configuration.")
public final class BenchCommand implements Callable<Integer> {
    /** Steps and samples of {@code --check} (ref_torch.py --check: 3000 steps, 4096 points). */
    static final int CHECK_STEPS = 3000;
    static final int CHECK_SAMPLES = 4096;

    @Option(names = "--workload", paramLabel = "canonical-small|canonical-large|wgan-gp-grid25|lab-default|all",
            description = "named workload, examples/<file>.json from the working directory "
                    + "(default all, or none when --config is given)")
    String workload;

    @Option(names = "--config", paramLabel = "FILE.json",
            description = "also time this experiment config (repeatable; named after the file)")
    List<Path> configs = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "1|2|all", defaultValue = "all",
            description = "threads the trainer may use (default ${DEFAULT-VALUE})")
    String threads;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "2.5",
            description = "measured seconds per configuration, in [0.2, 600] (default ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "5",
            description = "warm-up seconds per configuration, in [0.5, 600] (default ${DEFAULT-VALUE}: the JIT compiles the step meanwhile; a 256-wide step reaches its steady rate ~5 s after the start)")
    double warmup;

    @Option(names = "--check", description = "instead of timing: train each workload for " + CHECK_STEPS
            + " steps and report its mode coverage on " + CHECK_SAMPLES + " samples")
    boolean check;

    /** A workload to time: its name in the output, its config, and whether a lab frame follows each step. */
    private record Job(String name, ExperimentConfig config, boolean probe) {
    }

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        List<Integer> threadCounts = new ArrayList<>();
        switch (threads) {
            case "1" -> threadCounts.add(1);
            case "2" -> threadCounts.add(2);
            case "all" -> threadCounts.addAll(List.of(1, 2));
            default -> {
                err.println("--threads: must be 1, 2 or all, got '" + threads + "'");
                return 2;
            }
        }
        if (!(seconds >= 0.2 && seconds <= 600)) {
            err.println("--seconds: must be a number in [0.2, 600], got " + seconds);
            return 2;
        }
        if (!(warmup >= 0.5 && warmup <= 600)) {
            err.println("--warmup: must be a number in [0.5, 600], got " + warmup);
            return 2;
        }
        List<Workload> named = new ArrayList<>();
        String w = workload == null ? (configs.isEmpty() ? "all" : "") : workload.toLowerCase(Locale.ROOT);
        if (w.equals("all")) {
            named.addAll(List.of(Workload.values()));
        } else if (!w.isEmpty()) {
            Optional<Workload> found = Workload.find(w);
            if (found.isEmpty()) {
                err.println("--workload: must be " + Workload.ids().replace("|", ", ") + " or all, got '" + workload + "'");
                return 2;
            }
            named.add(found.get());
        }
        List<Job> jobs = new ArrayList<>();
        for (Workload n : named) {
            Optional<ExperimentConfig> c = ConfigFile.read("--workload " + n.id, n.path(), err);
            if (c.isEmpty()) {
                err.println("--workload " + n.id + ": reads " + n.path()
                        + " (run from the repository root, or pass the file with --config)");
                return 2;
            }
            jobs.add(new Job(n.id, c.get(), n.probe));
        }
        for (Path p : configs) {
            Optional<ExperimentConfig> c = ConfigFile.read("--config", p, err);
            if (c.isEmpty()) {
                return 2;
            }
            jobs.add(new Job(stem(p), c.get(), false));
        }
        System.out.printf(Locale.ROOT, "# minimax-ejml java=%s cpus=%d vector_module=%s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent());
        return check ? check(jobs) : measure(jobs, threadCounts);
    }

    /** The file name without its directory and ".json". */
    static String stem(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    private int check(List<Job> jobs) {
        for (Job j : jobs) {
            TrainerStep s = new TrainerStep(j.config(), 1, false);
            for (int i = 0; i < CHECK_STEPS; i++) {
                s.step();
            }
            Evaluation e = new Evaluator(s.trainer(), CHECK_SAMPLES, j.config().seed()).evaluate(s.trainer());
            System.out.printf(Locale.ROOT, "# check: minimax-ejml %s %s steps=%d modes_covered=%.0f/%d high_quality=%.2f kernels=%s%n",
                    s.dtype(), j.name(), CHECK_STEPS, e.modesCovered(), e.modeCount(), e.highQualityFraction(), s.kernels());
        }
        return 0;
    }

    private int measure(List<Job> jobs, List<Integer> threadCounts) {
        for (int th : threadCounts) {
            for (Job j : jobs) {
                TrainerStep s = new TrainerStep(j.config(), th, j.probe());
                OtherCpu load = OtherCpu.start();
                ChunkTimer.Result r = ChunkTimer.run(s, warmup, seconds);
                double other = load.stop();
                System.out.printf(Locale.ROOT,
                        "minimax-ejml %s %s threads=%d steps_per_s=%.2f best=%.2f chunks=%d steps=%d other_cpu=%.2f kernels=%s%n",
                        s.dtype(), j.name(), th, r.stepsPerSecond(), r.best(), r.chunks(), r.steps(), other, s.kernels());
                System.out.flush();
            }
        }
        return 0;
    }
}
