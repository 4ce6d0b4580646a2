package lab.minimax.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import lab.minimax.bench.BenchStep;
import lab.minimax.bench.BenchSteps;
import lab.minimax.bench.ChunkTimer;
import lab.minimax.bench.ModeCheck;
import lab.minimax.bench.OtherCpu;
import lab.minimax.bench.Variant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: the canonical GAN-step workload of {@code shared/bench/WORKLOAD.md}, one line per
 * configuration in the reference format:
 * {@code minimax-ejml <dtype> <variant> threads=<n> steps_per_s=<x> best=<x> chunks=<n> steps=<n> other_cpu=<x> kernels=<k>}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time the canonical GAN training step (WORKLOAD.md) and print steps/s per configuration.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--variant", paramLabel = "small|large|all", defaultValue = "all",
            description = "network size (default ${DEFAULT-VALUE})")
    String variant;

    @Option(names = "--dtype", paramLabel = "float32|float64|all", defaultValue = "all",
            description = "precision (default ${DEFAULT-VALUE})")
    String dtype;

    @Option(names = "--threads", paramLabel = "1|2|all", defaultValue = "all",
            description = "threads (default ${DEFAULT-VALUE}; float32 shares the large products with a second thread, "
                    + "float64 runs single-threaded and says note=single-threaded)")
    String threads;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "2.5",
            description = "measured seconds per configuration, in [0.2, 600] (default ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "2",
            description = "warm-up seconds per configuration, in [0.5, 600] (default ${DEFAULT-VALUE}: the JIT compiles the step meanwhile)")
    double warmup;

    @Option(names = "--check", description = "train small for 3000 steps and report mode coverage of 4096 samples")
    boolean check;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        List<Variant> variants = new ArrayList<>();
        List<String> dtypes = new ArrayList<>();
        List<Integer> threadCounts = new ArrayList<>();
        switch (variant.toLowerCase(Locale.ROOT)) {
            case "small" -> variants.add(Variant.SMALL);
            case "large" -> variants.add(Variant.LARGE);
            case "all" -> variants.addAll(List.of(Variant.SMALL, Variant.LARGE));
            default -> {
                err.println("--variant: must be small, large or all, got '" + variant + "'");
                return 2;
            }
        }
        switch (dtype.toLowerCase(Locale.ROOT)) {
            case "float32", "float64" -> dtypes.add(dtype.toLowerCase(Locale.ROOT));
            case "all" -> dtypes.addAll(List.of(BenchSteps.DTYPES));
            default -> {
                err.println("--dtype: must be float32, float64 or all, got '" + dtype + "'");
                return 2;
            }
        }
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
        System.out.printf(Locale.ROOT, "# minimax-ejml java=%s cpus=%d vector_module=%s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent());
        return check ? check(dtypes) : measure(variants, dtypes, threadCounts);
    }

    private int check(List<String> dtypes) {
        for (String d : dtypes) {
            Optional<BenchStep> s = BenchSteps.create(d, Variant.SMALL, 0);
            if (s.isEmpty()) {
                System.out.println("# " + d + ": not implemented in this build");
                continue;
            }
            ModeCheck.Coverage c = ModeCheck.train(s.get(), 3000, 4096, new SplittableRandom(1));
            System.out.printf(Locale.ROOT, "# check: minimax-ejml %s small steps=3000 modes_covered=%d/8 frac_near_mode=%.2f kernels=%s%n",
                    d, c.modes(), c.fractionNear(), s.get().kernels());
        }
        return 0;
    }

    private int measure(List<Variant> variants, List<String> dtypes, List<Integer> threadCounts) {
        for (int th : threadCounts) {
            for (Variant v : variants) {
                for (String d : dtypes) {
                    Optional<BenchStep> s = BenchSteps.create(d, v, 0, th);
                    if (s.isEmpty()) {
                        System.out.println("# minimax-ejml " + d + " " + v.id() + ": not implemented in this build");
                        continue;
                    }
                    OtherCpu load = OtherCpu.start();
                    ChunkTimer.Result r = ChunkTimer.run(s.get(), warmup, seconds);
                    double other = load.stop();
                    System.out.printf(Locale.ROOT,
                            "minimax-ejml %s %s threads=%d steps_per_s=%.2f best=%.2f chunks=%d steps=%d other_cpu=%.2f kernels=%s%s%n",
                            d, v.id(), th, r.stepsPerSecond(), r.best(), r.chunks(), r.steps(), other,
                            s.get().kernels(), s.get().threads() < th ? " note=single-threaded" : "");
                    System.out.flush();
                }
            }
        }
        return 0;
    }
}
