package lab.minimax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench}: bad options exit 2 naming the option and its allowed values; a short run prints the reference line. */
class BenchCommandTest {
    private static CliRun run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "bench";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.of(all);
    }

    private static void assertRejected(CliRun r, String... mentions) {
        r.assertRejected(mentions);
        assertFalse(r.out().contains("steps_per_s"), r.out());
    }

    @Test
    void unknownWorkloadNamesTheAllowedOnes() {
        assertRejected(run("--workload", "small"), "--workload", "'small'", "canonical-small", "canonical-large",
                "wgan-gp-grid25", "lab-default", "all");
    }

    @Test
    void badThreadsSecondsAndWarmupAreRejected() {
        assertRejected(run("--threads", "4"), "--threads", "1, 2 or all", "'4'");
        assertRejected(run("--seconds", "0"), "--seconds", "[0.2, 600]");
        assertRejected(run("--seconds", "NaN"), "--seconds", "[0.2, 600]");
        assertRejected(run("--warmup", "0.1"), "--warmup", "[0.5, 600]");
        assertRejected(run("--seconds", "abc"), "--seconds", "abc");
        assertRejected(run("--dtype", "float32"), "--dtype");
    }

    @Test
    void missingOrInvalidConfigIsRejected(@TempDir Path dir) throws Exception {
        assertRejected(run("--config", dir.resolve("nope.json").toString()), "--config", "no such file", "nope.json");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"batchSize\": 0}");
        assertRejected(run("--config", bad.toString()), "invalid config", "batchSize");
    }

    @Test
    void shortRunPrintsTheReferenceLine(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("tiny-ring.json");
        Files.writeString(cfg, "{\"generator\": {\"hidden\": [8]}, \"discriminator\": {\"hidden\": [8]}, \"batchSize\": 16}");
        CliRun r = run("--config", cfg.toString(), "--threads", "1", "--seconds", "0.2", "--warmup", "0.5");
        assertEquals(0, r.code(), r.err());
        Pattern line = Pattern.compile("(?m)^minimax-ejml float(32|64) tiny-ring threads=1 steps_per_s=[0-9.]+ best=[0-9.]+ "
                + "chunks=([0-9]+) steps=[0-9]+ other_cpu=[0-9.]+ kernels=(vector|plain)$");
        var m = line.matcher(r.out());
        assertTrue(m.find(), r.out());
        assertTrue(Integer.parseInt(m.group(2)) >= 5, r.out());
        assertEquals(1, r.out().lines().filter(l -> l.startsWith("minimax-ejml ")).count(), "--config alone times only it");
    }
}
