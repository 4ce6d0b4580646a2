package lab.minimax.gan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.Scheme;
import lab.minimax.bench.Float64Step;
import lab.minimax.bench.Variant;
import lab.minimax.nn.Adam;
import lab.minimax.nn.Init;
import lab.minimax.nn.MatrixKernels;
import lab.minimax.nn.Mlp;
import lab.minimax.nn.Relu;
import lab.minimax.target.Ring8Target;
import org.junit.jupiter.api.Test;

/**
 * The steady-state {@link Trainer#step()} allocates nothing (issue 4's acceptance): warm up until
 * the JIT has compiled the step (two consecutive chunks of 1,000 steps allocate ≤ 1 KiB each, at
 * least 2,000 and at most 30,000 warm-up steps), then 1,000 further small steps must allocate
 * ≤ 1 KiB in total, summed over every thread the step uses. The step runs on the calling thread
 * only (the engine starts no threads), so that sum is this thread's
 * {@code ThreadMXBean#getThreadAllocatedBytes}. Not a timing test.
 */
class TrainerAllocationTest {
    private static final com.sun.management.ThreadMXBean MX =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final long KIB = 1024;

    /** Bytes allocated by the threads the step uses (here: the current one) over n steps. */
    private static long allocated(Trainer t, int n) {
        long[] ids = {Thread.currentThread().getId()};
        long before = MX.getThreadAllocatedBytes(ids)[0];
        for (int i = 0; i < n; i++) {
            t.step();
        }
        return MX.getThreadAllocatedBytes(ids)[0] - before;
    }

    private static long steadyState(String what, Trainer t) {
        int done = 0, clean = 0;
        while (done < 30_000 && (done < 2_000 || clean < 2)) {
            long bytes = allocated(t, 1000);
            done += 1000;
            clean = bytes <= KIB ? clean + 1 : 0;
        }
        long bytes = allocated(t, 1000);
        System.out.printf("%s [%s kernels]: %d bytes over 1000 steps after %d warm-up steps%n",
                what, MatrixKernels.selected().name(), bytes, done);
        return bytes;
    }

    @Test
    void canonicalSmallStepAllocatesNothing() {
        assertTrue(MX.isThreadAllocatedMemorySupported() && MX.isThreadAllocatedMemoryEnabled());
        Trainer t = Float64Step.canonicalTrainer(Variant.SMALL, new SplittableRandom(3));
        long bytes = steadyState("canonical small (ring8, 2-64-64, B=256, GAN non-saturating, Adam)", t);
        assertTrue(bytes <= KIB, "steady-state step allocated " + bytes + " bytes per 1000 steps");
        assertTrue(t.generatorSteps() >= 4000 && Double.isFinite(t.stats().lossD));
    }

    @Test
    void wganGpSmallStepAllocatesNothing() {
        SplittableRandom root = new SplittableRandom(4);
        Variant v = Variant.SMALL;
        Mlp g = new Mlp(2, v.hidden(), 2, new Relu(), Init.PYTORCH, root.split());
        Mlp d = new Mlp(2, v.hidden(), 1, new Relu(), Init.PYTORCH, root.split());
        // k = 2 critic updates per generator update (the paper's 5 only repeats the same update), λ = 10
        TrainerSettings settings = new TrainerSettings(2, Scheme.ALTERNATING, 1e-4, 1e-4, Schedule.CONSTANT, 1);
        Trainer t = new Trainer(new Ring8Target(2, 0.02), g, d, new WassersteinGp(10),
                new Adam(1e-4, 0.5, 0.9, 1e-8, g.parameters()), new Adam(1e-4, 0.5, 0.9, 1e-8, d.parameters()),
                root.split(), NoiseDistribution.GAUSSIAN, v.batch, settings);
        long bytes = steadyState("WGAN-GP small (k=2, λ=10)", t);
        assertTrue(bytes <= KIB, "steady-state WGAN-GP step allocated " + bytes + " bytes per 1000 steps");
        assertTrue(t.discriminatorSteps() == 2 * t.generatorSteps());
    }
}
