package lab.minimax.ui;

import lab.minimax.experiment.preset.Presets;
import lab.minimax.gan.Generated;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;

/** Tool: the parts of a light frame (D on the grid, G on samples) in ms. */
public final class ProbeCost {
    private ProbeCost() {
    }

    public static void main(String[] args) {
        Trainer t = TrainerFactory.create(Presets.get(args.length > 0 ? args[0] : "ring8-gan").config());
        double[] grid = new double[48 * 48 * 2];
        double[] z = new double[512 * t.generator().inputDim()];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = Math.sin(i);
        }
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                Generated.critic(t.discriminator(), grid, 48 * 48);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                Generated.map(t.generator(), z, 512);
            }
            long t2 = System.nanoTime();
            System.out.printf("D on 48x48 grid %.3f ms, G on 512 %.3f ms%n", (t1 - t0) / 1e8, (t2 - t1) / 1e8);
        }
    }
}
