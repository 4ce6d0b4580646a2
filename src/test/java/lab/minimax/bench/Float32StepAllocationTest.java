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
    static final long KIB = 1024;

    /** Bytes allocated over n steps, summed over the given threads. */
    static long allocated(BenchStep s, int n, long... ids) {
        long before = sum(MX.getThreadAllocatedBytes(ids));
        for (int i = 0; i < n; i++) {
            s.step();
        }
        return sum(MX.getThreadAllocatedBytes(ids)) - before;
    }

    private static long sum(long[] x) {
        long s = 0;
        for (long v : x) {
            s += v;
        }
        return s;
    }

    static long steadyState(String what, BenchStep s, long... ids) {
        int done = 0, clean = 0;
        while (done < 30_000 && (done < 2_000 || clean < 2)) {
            // 24 bytes per reading are the long[] getThreadAllocatedBytes returns
            clean = allocated(s, 1000, ids) <= KIB ? clean + 1 : 0;
            done += 1000;
        }
        long bytes = allocated(s, 1000, ids);
        System.out.printf("%s: %d bytes over 1000 steps after %d warm-up steps%n", what, bytes, done);
        return bytes;
    }

    @Test
    void smallStepAllocatesNothingWithVectorKernels() {
        for (FloatKernels k : new FloatKernels[]{FloatKernels.vector()}) {
            Float32Step s = new Float32Step(Variant.SMALL, new SplittableRandom(5), k);
            long bytes = steadyState("float32 small [" + k.name() + " kernels]", s, Thread.currentThread().getId());
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
