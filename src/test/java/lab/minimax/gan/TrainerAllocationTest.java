package lab.minimax.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lab.minimax.Main;
import lab.minimax.bench.AllObjectives;
import org.junit.jupiter.api.Test;

/**
 * The steady-state {@link Trainer#step()} of every objective allocates nothing: warm up until the
 * JIT has compiled the step (two consecutive chunks of 1,000 steps allocate ≤ 1 KiB each, at
 * least 2,000 and at most 30,000 warm-up steps), then 1,000 further steps must allocate ≤ 1 KiB in
 * total, summed over every thread the step uses. The step runs on the calling thread only (a
 * one-thread trainer starts no threads), so that sum is this thread's
 * {@code ThreadMXBean#getThreadAllocatedBytes}. Ring8, 2-64-64 ReLU nets, B = 64 (small, so the
 * warm-up is quick; reshaping is the same for any B). Not a timing test.
 *
 * <p>The steps run in a forked JVM that only trains ({@code bench alloc}), as a server's training
 * threads do: in the test JVM, after some 60 other test classes have driven the plain, vector and
 * two-thread kernels through the same call sites, C2 compiled the step with one small allocation
 * (384 B per step, the same for every objective) that a JVM that only trains does not make.
 */
class TrainerAllocationTest {
    private static final com.sun.management.ThreadMXBean MX =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final long KIB = 1024;

    @Test
    void steadyStateStepOfEveryObjectiveAllocatesNothing() throws Exception {
        assertTrue(MX.isThreadAllocatedMemorySupported() && MX.isThreadAllocatedMemoryEnabled());
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules=jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "bench", "alloc");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "forked JVM finished");
        System.out.print(out);
        assertEquals(0, p.exitValue(), out);
        int objectives = 0;
        for (String line : out.split("\n")) {
            if (line.startsWith("ALLOC ")) {
                String[] f = line.trim().split(" ");
                long bytes = Long.parseLong(f[2]);
                assertTrue(bytes <= KIB, f[1] + ": steady-state step allocated " + bytes + " bytes per 1000 steps");
                objectives++;
            }
        }
        assertEquals(AllObjectives.specs().size(), objectives, "every objective was measured");
    }
}
