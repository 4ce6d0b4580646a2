package lab.minimax.cli;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.config.Snippet;
import lab.minimax.experiment.preset.Preset;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.distribution.MnistTarget;
import lab.minimax.gan.Evaluator;
import lab.minimax.gan.Generated;
import lab.minimax.gan.MetricInputs;
import lab.minimax.gan.Probe;
import lab.minimax.gan.StepStats;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import lab.minimax.random.SplitMix64;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code train (--config FILE.json | --preset NAME) [--seed S] [--steps N] [--out DIR]}: trains
 * headless, writes metrics, a summary and a picture of the last samples.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train one experiment headless; writes DIR/metrics.csv, DIR/summary.json and DIR/samples.png.")
public final class TrainCommand implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "FILE.json", description = "experiment config (JSON)")
    Path config;

    @Option(names = "--preset", paramLabel = "NAME", description = "a preset of the lab (ring8-gan, mixture-1d-kl, …)")
    String preset;

    @Option(names = "--seed", paramLabel = "S", description = "overrides the config's or preset's seed")
    Long seed;

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
        if ((config == null) == (preset == null)) {
            err.println("train: give exactly one of --config FILE.json and --preset NAME");
            return 2;
        }
        Optional<ExperimentConfig> cfg;
        if (config != null) {
            cfg = ConfigFile.read("--config", config, err);
        } else {
            cfg = Presets.find(preset).map(Preset::config);
            if (cfg.isEmpty()) {
                err.println("--preset: no preset named " + Snippet.quote(preset) + "; the presets are "
                        + Presets.ALL.stream().map(Preset::id).collect(Collectors.joining(", ")));
            }
        }
        if (cfg.isEmpty()) {
            return 2;
        }
        return train(seed == null ? cfg.get() : cfg.get().withSeed(seed));
    }

    /** Samples drawn in samples.png, from each side. */
    static final int PICTURE_SAMPLES = 4000;

    /**
     * n target and n generated samples over the plane's view box, from their own stream of the seed;
     * an image run's grid of generated digits ({@link DigitGridPng}).
     */
    private static void writeSamples(Trainer t, Path file, int n, long seed) throws IOException {
        if (t.target() instanceof MnistTarget) {
            DigitGridPng.write(t, file, seed);
            return;
        }
        SplitMix64 rng = new SplitMix64(seed ^ 0x5A3D1E5L);
        double[] fake = Generated.sample(t.generator(), t.noise(), n, rng);
        double[] real = new double[n * t.target().dim()];
        t.target().sample(rng, real, n);
        SamplesPng.write(file, Probe.viewBox(t.target().box()), real, fake);
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
            writeSamples(trainer, out.resolve("samples.png"), Math.min(samples, PICTURE_SAMPLES), cfg.seed());
            System.out.println("wrote " + out.resolve("metrics.csv") + ", " + out.resolve("summary.json") + " and "
                    + out.resolve("samples.png"));
        }
        return diverged == null ? 0 : 3;
    }
}
