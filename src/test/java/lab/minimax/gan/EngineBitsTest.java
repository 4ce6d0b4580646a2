package lab.minimax.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import lab.minimax.Main;
import lab.minimax.bench.HashWorkloads;
import org.junit.jupiter.api.Test;

/**
 * Same config + same seed = the same run, bit for bit, on every CPU: JVMs are forked with the
 * Vector API at every vector width ({@code -XX:MaxVectorSize=16/32/64}, i.e. 4, 8 and 16 float
 * lanes where the CPU has them), without the Vector API module (the plain fallback), and with a
 * second thread sharing the products; each trains GAN, WGAN-GP, hinge and a 1D target for 500
 * steps and prints a hash of both networks' parameters ({@code bench hash}), which must all agree.
 */
class EngineBitsTest {
    private static final int STEPS = 500;

    /** The kernels each forked run reported, by its description's JVM arguments. */
    private final Map<List<String>, String> kernels = new LinkedHashMap<>();

    private String run(List<String> jvmArgs, int threads) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.addAll(List.of(Main.class.getName(), "bench", "hash", "--workloads", "bits"));
        cmd.addAll(List.of("--steps", Integer.toString(STEPS), "--threads", Integer.toString(threads)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "forked JVM finished");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "forked JVM " + jvmArgs + ": " + text);
        StringBuilder hashes = new StringBuilder();
        for (String line : text.split("\n")) {
            String[] f = line.trim().split(" ");
            if (f.length == 3 && HashWorkloads.BITS.containsKey(f[0])) {
                hashes.append(f[0]).append('=').append(f[2]).append(' ');
                kernels.put(jvmArgs, f[1]);
            }
        }
        return hashes.toString().trim();
    }

    @Test
    void everyVectorWidthThePlainFallbackAndTwoThreadsGiveTheSameBits() throws Exception {
        String vector = "--add-modules=jdk.incubator.vector";
        Map<String, String> runs = new LinkedHashMap<>();
        runs.put("vector, preferred width", run(List.of(vector), 1));
        runs.put("vector, MaxVectorSize=16", run(List.of(vector, "-XX:MaxVectorSize=16"), 1));
        runs.put("vector, MaxVectorSize=32", run(List.of(vector, "-XX:MaxVectorSize=32"), 1));
        runs.put("vector, MaxVectorSize=64", run(List.of(vector, "-XX:MaxVectorSize=64"), 1));
        runs.put("plain fallback (no vector module)", run(List.of(), 1));
        runs.put("vector, two threads", run(List.of(vector), 2));
        assertEquals("plain", kernels.get(List.of()), "the run without the module used the plain kernels");
        assertEquals("vector", kernels.get(List.of(vector)), "the other runs used the Vector API kernels");
        String reference = runs.values().iterator().next();
        System.out.println("parameter hashes after " + STEPS + " steps: " + reference);
        assertEquals(HashWorkloads.BITS.size(), reference.split(" ").length, "every workload printed a hash");
        for (var e : runs.entrySet()) {
            assertEquals(reference, e.getValue(), e.getKey());
        }
    }
}
