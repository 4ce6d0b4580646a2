package lab.minimax.nn;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Prints the time of an MLP training step (forward + backward + Adam) and of a WGAN-GP critic
 * step, per chunk, so JIT warm-up is visible (not a test).
 */
public final class StepBench {
    private StepBench() {
    }

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 512;
        String actId = args.length > 1 ? args[1] : "relu";
        SplittableRandom rng = new SplittableRandom(1);
        Mlp net = new Mlp(2, new int[]{64, 64}, 1, Activations.byId(actId), Init.PYTORCH, rng);
        Adam adam = new Adam(1e-4, 0.5, 0.999, 1e-8, net.parameters());
        DMatrixRMaj X = ReferenceMlp.randomMatrix(rng, rows, 2, 1);
        DMatrixRMaj dY = ReferenceMlp.randomMatrix(rng, rows, 1, 1e-3);
        DMatrixRMaj dX = new DMatrixRMaj(1, 1);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean)
                java.lang.management.ManagementFactory.getThreadMXBean();
        for (String kind : new String[]{"step", "gp"}) {
            for (int chunk = 0; chunk < 12; chunk++) {
                long a0 = mx.getCurrentThreadAllocatedBytes();
                long t0 = System.nanoTime();
                for (int i = 0; i < 1000; i++) {
                    net.zeroGrad();
                    if (kind.equals("step")) {
                        net.forward(X);
                        net.backward(dY, true, dX);
                    } else {
                        net.gradientPenalty(X, 0.1);
                    }
                    adam.step(net.parameters(), net.gradients());
                }
                long t1 = System.nanoTime();
                System.out.printf("%s %s rows=%d chunk %d: %.1f µs/iter, %d bytes%n", kind, actId, rows, chunk,
                        (t1 - t0) / 1e3 / 1000, mx.getCurrentThreadAllocatedBytes() - a0);
            }
        }
    }
}
