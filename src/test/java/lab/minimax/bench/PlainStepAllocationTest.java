package lab.minimax.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import lab.minimax.nn.f32.FloatKernels;
import org.junit.jupiter.api.Test;

/** The float32 step on the plain-Java fallback kernels allocates nothing in steady state either. */
class PlainStepAllocationTest {
    @Test
    void smallStepAllocatesNothingWithPlainKernels() {
        Float32Step s = new Float32Step(Variant.SMALL, new SplittableRandom(5), FloatKernels.plain());
        long bytes = Float32StepAllocationTest.steadyState("float32 small [plain kernels]", s, Thread.currentThread().getId());
        assertTrue(bytes <= Float32StepAllocationTest.KIB, "plain: " + bytes + " bytes per 1000 steps");
    }
}
