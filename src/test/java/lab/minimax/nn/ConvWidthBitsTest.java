package lab.minimax.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The convolutional stacks give the same bits at every vector width, on the plain fallback and on
 * two threads (the method of {@code gan.EngineBitsTest}): JVMs forked with
 * {@code -XX:MaxVectorSize=16/32/64}, without the Vector API module, and with two threads each
 * print a hash of a DCGAN generator step and a penalised critic step ({@link ConvBitsMain}).
 */
class ConvWidthBitsTest {
    private static String run(List<String> jvmArgs, String threads) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ConvBitsMain.class.getName(), threads));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "forked JVM finished");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), jvmArgs + ": " + text);
        for (String line : text.split("\n")) {
            String[] f = line.trim().split(" ");
            if (f.length == 2 && (f[0].equals("vector") || f[0].equals("plain"))) {
                return line.trim();
            }
        }
        throw new AssertionError("no hash in " + text);
    }

    @Test
    void everyVectorWidthThePlainFallbackAndTwoThreadsGiveTheSameBits() throws Exception {
        String vector = "--add-modules=jdk.incubator.vector";
        Map<String, String> runs = new LinkedHashMap<>();
        runs.put("vector, preferred width", run(List.of(vector), "1"));
        runs.put("vector, MaxVectorSize=16", run(List.of(vector, "-XX:MaxVectorSize=16"), "1"));
        runs.put("vector, MaxVectorSize=32", run(List.of(vector, "-XX:MaxVectorSize=32"), "1"));
        runs.put("vector, MaxVectorSize=64", run(List.of(vector, "-XX:MaxVectorSize=64"), "1"));
        runs.put("plain fallback (no vector module)", run(List.of(), "1"));
        runs.put("vector, two threads", run(List.of(vector), "2"));
        assertTrue(runs.get("plain fallback (no vector module)").startsWith("plain "), "the fallback used plain kernels");
        assertTrue(runs.get("vector, preferred width").startsWith("vector "), "the module's runs used vector kernels");
        String hash = runs.get("vector, preferred width").split(" ")[1];
        System.out.println("conv stack hash: " + hash);
        for (var e : runs.entrySet()) {
            assertEquals(hash, e.getValue().split(" ")[1], e.getKey());
        }
    }
}
