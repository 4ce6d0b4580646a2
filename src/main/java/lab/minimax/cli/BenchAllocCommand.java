package lab.minimax.cli;

import java.util.concurrent.Callable;
import lab.minimax.bench.StepAllocation;
import lab.minimax.nn.f32.FloatKernels;
import picocli.CommandLine.Command;

/**
 * {@code bench alloc}: the bytes that 1,000 steady-state steps of each objective allocate, one line
 * {@code ALLOC <objective> <bytes>} each after a line saying how it was measured. Run it in a JVM
 * that only trains (as a server's training threads do): a JVM whose call sites other work has
 * driven through several kernel sets may compile the step with an allocation of its own.
 */
@Command(name = "alloc", mixinStandardHelpOptions = true,
        description = "Print the bytes 1,000 steady-state training steps of each objective allocate (after a JIT warm-up).")
public final class BenchAllocCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        if (!StepAllocation.supported()) {
            System.err.println("alloc: this JVM does not count the bytes a thread allocates");
            return 2;
        }
        for (StepAllocation.Result r : StepAllocation.measureAll()) {
            System.out.printf("%s (k=%d) [%s kernels]: %d bytes over 1000 steps after %d warm-up steps%n",
                    r.objective(), r.dSteps(), FloatKernels.selected().name(), r.bytes(), r.warmup());
            System.out.println("ALLOC " + r.objective() + " " + r.bytes());
            System.out.flush();
        }
        return 0;
    }
}
