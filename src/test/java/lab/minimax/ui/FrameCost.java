package lab.minimax.ui;

import lab.minimax.experiment.Presets;
import lab.minimax.gan.Frame;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import lab.minimax.live.FrameBuilder;

/**
 * What one run costs the server, by part, for a preset (a tool, not a test): a training step, a
 * light frame (probe: samples, arrows, D grid, manifold) and a heavy pass (evaluator metrics, KDE
 * q̂, D*, coverage, lesson metrics). Prints median milliseconds of repeated measurements.
 *
 * <pre>java --add-modules jdk.incubator.vector -cp target/classes:target/test-classes:$(cat cp.txt) lab.minimax.ui.FrameCost ring8-gan</pre>
 */
public final class FrameCost {
    private FrameCost() {
    }

    public static void main(String[] args) {
        String id = args.length > 0 ? args[0] : "ring8-gan";
        Trainer t = TrainerFactory.create(Presets.get(id).config());
        FrameBuilder b = new FrameBuilder(t, 1);
        for (int round = 0; round < 3; round++) {
            double step = median(200, () -> t.step());
            double capture = median(100, b::capture);
            Frame f = b.capture();
            double plane = median(100, () -> b.plane(f));
            double light = capture + plane;
            double row = median(100, b::lightRow);
            double heavy = median(10, () -> b.heavy(b.capture(), b.lightRow()));
            System.out.printf("%s round %d: step %.3f ms, light frame %.3f ms (probe %.3f + frame %.3f), light row %.4f ms, heavy %.1f ms%n",
                    id, round, step, light, capture, plane, row, heavy);
        }
    }

    private static double median(int n, Runnable r) {
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        java.util.Arrays.sort(ms);
        return ms[n / 2];
    }
}
