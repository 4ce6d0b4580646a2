package lab.minimax.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import lab.minimax.nn.f32.FloatKernels;
import org.junit.jupiter.api.Test;

/**
 * The float32 canonical step allocates nothing in steady state (same protocol as
 * {@code TrainerAllocationTest}: warm up until two consecutive chunks of 1,000 steps allocate
 * ≤ 1 KiB, then 1,000 small steps must allocate ≤ 1 KiB on the one thread the step uses), and it
 * learns the ring (the workload's --check, 8/8 modes). Not a timing test.
 */
class Float32StepAllocationTest {
    private static final com.sun.management.ThreadMXBean MX =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final long KIB = 1024;

    private static long allocated(BenchStep s, int n) {
        long[] ids = {Thread.currentThread().getId()};
        long before = MX.getThreadAllocatedBytes(ids)[0];
        for (int i = 0; i < n; i++) {
            s.step();
        }
        return MX.getThreadAllocatedBytes(ids)[0] - before;
    }

    @Test
    void smallStepAllocatesNothingForBothKernels() {
        for (FloatKernels k : new FloatKernels[]{FloatKernels.vector(), FloatKernels.plain()}) {
            Float32Step s = new Float32Step(Variant.SMALL, new SplittableRandom(5), k);
            int done = 0, clean = 0;
            while (done < 30_000 && (done < 2_000 || clean < 2)) {
                clean = allocated(s, 1000) <= KIB ? clean + 1 : 0;
                done += 1000;
            }
            long bytes = allocated(s, 1000);
            System.out.printf("float32 small [%s kernels]: %d bytes over 1000 steps after %d warm-up steps%n",
                    k.name(), bytes, done);
            assertTrue(bytes <= KIB, k.name() + ": " + bytes + " bytes per 1000 steps");
        }
    }

    @Test
    void float32StepLearnsTheRing() {
        BenchStep s = new Float32Step(Variant.SMALL, 0);
        ModeCheck.Coverage c = ModeCheck.train(s, 3000, 4096, new SplittableRandom(1));
        System.out.println("float32 small check after 3000 steps: " + c);
        assertTrue(c.modes() == 8 && c.fractionNear() > 0.6, c.toString());
    }
}
