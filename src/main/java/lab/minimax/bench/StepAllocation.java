package lab.minimax.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.minimax.experiment.ActivationName;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.ObjectiveSpec;
import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.Scheme;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;

/**
 * What the steady-state {@link Trainer#step()} of each objective allocates: warm up until the JIT
 * has compiled the step (two consecutive chunks of 1,000 steps allocate ≤ 1 KiB each, at least
 * 2,000 and at most 30,000 warm-up steps), then count the bytes of 1,000 further steps. A
 * one-thread trainer steps on the calling thread only, so this thread's allocated bytes are the
 * step's. Ring8, 2-64-64 ReLU nets, B = 64, k = 2 critic steps for the Wasserstein games, else 1.
 */
public final class StepAllocation {
    private static final com.sun.management.ThreadMXBean MX =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    /** The bound on a clean chunk of the warm-up. */
    public static final long KIB = 1024;

    private StepAllocation() {
    }

    /** One objective's result: bytes over 1,000 steady-state steps, after {@code warmup} steps. */
    public record Result(String objective, int dSteps, long bytes, int warmup) {
    }

    /** Whether this JVM counts the bytes each thread allocates. */
    public static boolean supported() {
        return MX.isThreadAllocatedMemorySupported() && MX.isThreadAllocatedMemoryEnabled();
    }

    /** Measures every objective of {@link AllObjectives#specs()}, in that order. */
    public static List<Result> measureAll() {
        List<Result> out = new ArrayList<>();
        for (ObjectiveSpec spec : AllObjectives.specs()) {
            int k = spec.divergence() == Divergence.WGAN_GP || spec.divergence() == Divergence.WGAN_CLIP ? 2 : 1;
            ExperimentConfig cfg = HashWorkloads.of(HashWorkloads.target("ring8", Map.of()), 2, List.of(64, 64),
                    ActivationName.RELU, spec.divergence(), 1e-4, 0.9, Schedule.CONSTANT, 1, 64, k,
                    Scheme.ALTERNATING, 3).withObjective(spec);
            Trainer t = TrainerFactory.create(cfg);
            int done = 0, clean = 0;
            while (done < 30_000 && (done < 2_000 || clean < 2)) {
                long bytes = allocated(t, 1000);
                done += 1000;
                clean = bytes <= KIB ? clean + 1 : 0;
            }
            long bytes = allocated(t, 1000);
            if (k * t.generatorSteps() != t.discriminatorSteps()) {
                throw new IllegalStateException("discriminator steps " + t.discriminatorSteps());
            }
            out.add(new Result(AllObjectives.name(spec), k, bytes, done));
        }
        return out;
    }

    /** Bytes allocated by the threads the step uses (here: the current one) over n steps. */
    private static long allocated(Trainer t, int n) {
        long[] ids = {Thread.currentThread().getId()};
        long before = MX.getThreadAllocatedBytes(ids)[0];
        for (int i = 0; i < n; i++) {
            t.step();
        }
        return MX.getThreadAllocatedBytes(ids)[0] - before;
    }
}
