package lab.minimax.cli;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.gan.Evaluator;
import lab.minimax.gan.MetricInputs;
import lab.minimax.gan.StepStats;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code train --config FILE.json [--steps N] [--out DIR]}: trains headless, writes metrics and a summary. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train one experiment headless; writes DIR/metrics.csv and DIR/summary.json.")
public final class TrainCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, paramLabel = "FILE.json", description = "experiment config (JSON)")
    Path config;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "5000", description = "generator steps (default ${DEFAULT-VALUE})")
    long steps;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "output folder (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--every", paramLabel = "M", defaultValue = "0",
            description = "write a metrics row every M steps (default: steps/20)")
    long every;

    @Option(names = "--samples", paramLabel = "S", defaultValue = "10000",
            description = "samples per metric evaluation (default ${DEFAULT-VALUE})")
    int samples;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        if (steps < 1 || steps > 100_000_000L) {
            err.println("--steps: must be an integer in [1, 100000000]");
            return 2;
        }
        if (samples < 100 || samples > 1_000_000) {
            err.println("--samples: must be an integer in [100, 1000000]");
            return 2;
        }
        var cfg = ConfigFile.read("--config", config, err);
        if (cfg.isEmpty()) {
            return 2;
        }
        return train(cfg.get());
    }

    private int train(ExperimentConfig cfg) throws IOException {
        Files.createDirectories(out);
        long rowEvery = every > 0 ? every : Math.max(1, steps / 20);
        Trainer trainer = TrainerFactory.create(cfg);
        Evaluator evaluator = new Evaluator(trainer, samples, cfg.seed());
        String diverged = null;
        MetricInputs last = null;
        long start = System.nanoTime();
        long lastPrint = start;
        try (MetricsCsv csv = new MetricsCsv(out.resolve("metrics.csv"))) {
            long n = 0;
            while (n < steps) {
                StepStats s = trainer.step();
                n++;
                diverged = s.divergence(true, true);
                boolean end = n == steps || diverged != null;
                if (n % rowEvery == 0 || end) {
                    last = MetricInputs.evaluate(trainer, evaluator);
                    csv.row(n, last);
                }
                long now = System.nanoTime();
                if (now - lastPrint >= 2_000_000_000L || end) {
                    double secs = (now - start) / 1e9;
                    System.out.printf("step %d/%d  lossD=%.4f lossG=%.4f bound=%.4f  %.0f steps/s%n",
                            n, steps, s.lossD, s.lossG, s.bound, n / secs);
                    lastPrint = now;
                }
                if (diverged != null) {
                    System.err.println("diverged: " + diverged + " at step " + n);
                    break;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            // the last row is the run's end (the loop stops only at the last step or a divergence)
            Summary.write(out.resolve("summary.json"), cfg, last, trainer.generatorSteps(), seconds, diverged);
            System.out.println("wrote " + out.resolve("metrics.csv") + " and " + out.resolve("summary.json"));
        }
        return diverged == null ? 0 : 3;
    }
}
