package lab.minimax.bench;

import lab.minimax.experiment.preset.Presets;
import lab.minimax.gan.Frame;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import lab.minimax.live.FrameBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * {@code bench frame-cost [PRESET]}: what one lab run costs the server, by part, for a preset: a
 * training step, a light frame (probe: samples, arrows, D grid, manifold, then the frame) and a
 * heavy pass (evaluator metrics, KDE q̂, D*, coverage, lesson metrics). Prints the median
 * milliseconds of repeated measurements, three rounds (the first still runs partly interpreted).
 */
@Command(name = "frame-cost", mixinStandardHelpOptions = true,
        description = "Median ms of a training step, a light frame and a heavy metrics pass of the lab's frames for a preset.")
public final class FrameCostCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "PRESET", defaultValue = "ring8-gan",
            description = "preset id (default ${DEFAULT-VALUE})")
    String preset;

    @Override
    public Integer call() {
        Trainer t = TrainerFactory.create(Presets.get(preset).config());
        FrameBuilder b = new FrameBuilder(t, 1);
        for (int round = 0; round < 3; round++) {
            double step = median(200, t::step);
            double capture = median(100, b::capture);
            Frame f = b.capture();
            double plane = median(100, () -> b.plane(f));
            double light = capture + plane;
            double row = median(100, b::lightRow);
            double heavy = median(10, () -> b.heavy(b.capture(), b.lightRow()));
            System.out.printf("%s round %d: step %.3f ms, light frame %.3f ms (probe %.3f + frame %.3f), light row %.4f ms, heavy %.1f ms%n",
                    preset, round, step, light, capture, plane, row, heavy);
        }
        return 0;
    }

    private static double median(int n, Runnable r) {
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[n / 2];
    }
}
