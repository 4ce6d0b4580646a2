package lab.minimax.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import lab.minimax.nn.f32.FloatKernels;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The steady-state steps of convolutional stacks allocate nothing (the method of
 * {@link MlpAllocationTest}: at least 5,000 warm-up iterations, then until two chunks of 1,000
 * allocate ≤ 1 KiB each, at most 150,000 as the JIT lags on a loaded machine; then 1,000 more must allocate ≤ 1 KiB), on small DCGAN-shaped nets
 * (dense → batch norm → convT 4/2/1 → batch norm → convT 4/2/1; conv 4/2/1 → conv 4/2/1 → dense) with batch sizes
 * alternating between two seen before. Not a timing test.
 */
class ConvAllocationTest {
    private static final com.sun.management.ThreadMXBean MX =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final long KIB = 1024;

    private static long allocated(Runnable step, int iterations) {
        long before = MX.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < iterations; i++) {
            step.run();
        }
        return MX.getCurrentThreadAllocatedBytes() - before;
    }

    private static long steadyState(String what, Runnable step) {
        int done = 0, clean = 0;
        while (done < 150_000 && (done < 5_000 || clean < 2)) {
            long bytes = allocated(step, 1000);
            done += 1000;
            clean = bytes <= KIB ? clean + 1 : 0;
        }
        long bytes = allocated(step, 1000);
        System.out.printf("%s [%s kernels]: %d bytes over 1000 iterations after %d warm-up iterations%n",
                what, FloatKernels.selected().name(), bytes, done);
        return bytes;
    }

    @Test
    void generatorAndPenalisedCriticStepsAllocateNothing() {
        assertTrue(MX.isThreadAllocatedMemorySupported());
        SplittableRandom rng = new SplittableRandom(4);
        FloatKernels K = FloatKernels.selected();
        // G: 8 → dense 2·2·8 → BN → convT 4/2/1 → 4×4×4 → BN → convT 4/2/1 → 8×8×1; D: 8×8×1 → conv ×4 → conv ×8 → dense 1
        LayerStack g = LayerStack.builder(8).dense(32).image(2, 2, 8).batchNorm().convTranspose(4, 4, 2, 1).batchNorm()
                .convTranspose(1, 4, 2, 1).build(new Relu(), Init.PYTORCH, rng, K);
        LayerStack d = LayerStack.builder(64).image(8, 8, 1).conv(4, 4, 2, 1).conv(8, 4, 2, 1).dense(1)
                .build(new Tanh(), Init.PYTORCH, rng, K);
        Adam adamG = new Adam(2e-4, 0.5, 0.999, 1e-8, g.parameters());
        Adam adamD = new Adam(1e-4, 0.5, 0.9, 1e-8, d.parameters());
        FMatrixRMaj[] z = {MlpOracleTest.randomFloats(rng, 16, 8, 1), MlpOracleTest.randomFloats(rng, 8, 8, 1)};
        FMatrixRMaj[] dV = {MlpOracleTest.randomFloats(rng, 16, 1, 1e-3), MlpOracleTest.randomFloats(rng, 8, 1, 1e-3)};
        FMatrixRMaj x = new FMatrixRMaj(16, 64), dx = new FMatrixRMaj(1, 1);
        int[] t = {0};
        Runnable step = () -> {
            int s = (t[0]++ & 7) == 7 ? 1 : 0;
            int n = z[s].numRows;
            // critic: V(G(z)), back to θ_D and to the images, then the penalty at those images
            FMatrixRMaj fake = g.forward(z[s]);
            x.reshape(n, 64);
            System.arraycopy(fake.data, 0, x.data, 0, n * 64);
            d.zeroGrad();
            d.forward(x);
            d.backward(dV[s], true, dx);
            d.gradientPenalty(x, 10);
            adamD.step(d.parameters(), d.gradients());
            // generator: back through the critic's input gradient
            g.zeroGrad();
            g.backward(dx, true, null);
            adamG.step(g.parameters(), g.gradients());
        };
        long bytes = steadyState("conv G + penalised conv D step, 16/8 rows", step);
        assertTrue(bytes <= KIB, "steady-state conv step allocated " + bytes + " bytes per 1000 iterations");
    }
}
