package lab.minimax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifierCommandTest {
    @Test
    void oneEpochWritesTheWeightsAndStatesTheirAccuracyAndChecksum(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sub/weights.bin");
        CliRun r = CliRun.of("train-classifier", "--epochs", "1", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("epoch 1/1"), r.out());
        // 20-byte header + (784·256 + 256) + (256·128 + 128) + (128·10 + 10) float32
        assertEquals(20 + 4 * (784 * 256 + 256 + 256 * 128 + 128 + 128 * 10 + 10), Files.size(out));
        Matcher acc = Pattern.compile("held-out accuracy (\\d+)/2000").matcher(r.out());
        assertTrue(acc.find(), r.out());
        assertTrue(Integer.parseInt(acc.group(1)) > 1700, "one epoch already learns most digits: " + acc.group(1));
        Matcher sha = Pattern.compile("SHA-256 ([0-9a-f]{64})").matcher(r.out());
        assertTrue(sha.find(), r.out());
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        assertEquals(java.util.HexFormat.of().formatHex(md.digest(Files.readAllBytes(out))), sha.group(1));
    }

    @Test
    void badOptionsAreRefusedWithTheirRange(@TempDir Path dir) {
        CliRun.of("train-classifier", "--epochs", "0", "--out", dir.resolve("w.bin").toString())
                .assertRejected("--epochs must be in 1–1000, got 0");
        CliRun.of("train-classifier", "--epochs", "1").assertRejected("--out");
    }
}
