package lab.minimax.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import lab.minimax.nn.f32.FloatKernels;
import lab.minimax.nn.f32.ParallelFloatKernels;
import org.junit.jupiter.api.Test;

/**
 * The two-thread float32 step: bit-identical to one thread (rows are split, never a sum), and
 * allocation-free summed over both threads it uses (caller and worker). Not a timing test.
 */
class ParallelStepTest {
    @Test
    void twoThreadStepAllocatesNothingOnEitherThread() {
        // threshold 2^20: the small step's 64×64 products (2^21 multiply-adds) are split
        try (ParallelFloatKernels par = new ParallelFloatKernels(FloatKernels.vector(), 1L << 20)) {
            Float32Step s = new Float32Step(Variant.SMALL, new SplittableRandom(6), par);
            long bytes = Float32StepAllocationTest.steadyState("float32 small, 2 threads [vector kernels]", s,
                    Thread.currentThread().getId(), par.workerThread().getId());
            assertTrue(bytes <= Float32StepAllocationTest.KIB, bytes + " bytes per 1000 steps over both threads");
        }
    }

    @Test
    void twoThreadStepIsBitIdenticalToOneThread() {
        Float32Step one = new Float32Step(Variant.SMALL, new SplittableRandom(8), FloatKernels.vector());
        try (ParallelFloatKernels par = new ParallelFloatKernels(FloatKernels.vector(), 0)) {
            Float32Step two = new Float32Step(Variant.SMALL, new SplittableRandom(8), par);
            for (int i = 0; i < 200; i++) {
                one.step();
                two.step();
            }
            org.junit.jupiter.api.Assertions.assertArrayEquals(one.generate(new SplittableRandom(9), 512),
                    two.generate(new SplittableRandom(9), 512));
        }
    }

}
