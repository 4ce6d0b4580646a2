package lab.minimax.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import lab.minimax.nn.f32.FloatKernels;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The steady-state training step allocates nothing: after a JIT warm-up (at least 5,000
 * iterations, then until two consecutive chunks of 1,000 iterations allocate ≤ 1 KiB each, at
 * most 150,000: on a quiet machine the reading drops to ~0 within the first 2,000, but a loaded
 * one delays the C2 compiles whose escape analysis removes the last temporaries), 1,000 further
 * iterations must allocate ≤ 1 KiB in total on this thread. Batch sizes alternate between two
 * sizes seen before, so reshaping is covered too. Not a timing test.
 */
class MlpAllocationTest {
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

    private static long steadyState(String what, Runnable step, int minWarmUp) {
        int done = 0, clean = 0;
        while (done < 150_000 && (done < minWarmUp || clean < 2)) {
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
    void forwardBackwardAdamStepAllocatesNothing() {
        assertTrue(MX.isThreadAllocatedMemorySupported());
        SplittableRandom rng = new SplittableRandom(1);
        Mlp net = new Mlp(2, new int[]{64, 64}, 1, new Relu(), Init.PYTORCH, rng);
        Adam adam = new Adam(1e-4, 0.5, 0.999, 1e-8, net.parameters());
        FMatrixRMaj[] X = {MlpOracleTest.randomFloats(rng, 512, 2, 1), MlpOracleTest.randomFloats(rng, 256, 2, 1)};
        FMatrixRMaj[] dY = {MlpOracleTest.randomFloats(rng, 512, 1, 1e-3), MlpOracleTest.randomFloats(rng, 256, 1, 1e-3)};
        FMatrixRMaj dX = new FMatrixRMaj(1, 1);
        int[] t = {0};
        Runnable step = () -> {
            int s = (t[0]++ & 7) == 7 ? 1 : 0; // mostly 512 rows, sometimes 256
            net.zeroGrad();
            net.forward(X[s]);
            net.backward(dY[s], true, dX);
            adam.step(net.parameters(), net.gradients());
        };
        long bytes = steadyState("forward+backward+Adam 2-64-64-1 relu, 512/256 rows", step, 5_000);
        assertTrue(bytes <= KIB, "steady-state step allocated " + bytes + " bytes per 1000 iterations");
    }

    @Test
    void gradientPenaltyStepAllocatesNothing() {
        SplittableRandom rng = new SplittableRandom(2);
        for (Activation act : new Activation[]{new Relu(), new Elu()}) {
            Mlp net = new Mlp(2, new int[]{64, 64}, 1, act, Init.PYTORCH, rng);
            Adam adam = new Adam(1e-4, 0.5, 0.9, 1e-8, net.parameters());
            FMatrixRMaj xHat = MlpOracleTest.randomFloats(rng, 256, 2, 1);
            FMatrixRMaj dY = MlpOracleTest.randomFloats(rng, 256, 1, 1e-3);
            FMatrixRMaj gx = new FMatrixRMaj(1, 1);
            Runnable step = () -> {
                net.zeroGrad();
                net.forward(xHat);
                net.backward(dY, true, null);
                net.gradientPenalty(xHat, 0.1);
                net.inputGradient(xHat, gx);
                adam.step(net.parameters(), net.gradients());
            };
            long bytes = steadyState("WGAN-GP critic step 2-64-64-1 " + act.name() + ", 256 rows", step, 5_000);
            assertTrue(bytes <= KIB, act.name() + ": steady-state GP step allocated " + bytes + " bytes per 1000");
        }
    }
}
