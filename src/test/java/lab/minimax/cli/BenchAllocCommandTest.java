package lab.minimax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code bench alloc}: an unknown option exits 2 naming it, before any training. (The measurement
 * itself runs in the JVM that {@code TrainerAllocationTest} forks.)
 */
class BenchAllocCommandTest {
    @Test
    void anUnknownOptionExitsTwoNamingIt() {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Cli.run(new String[]{"bench", "alloc", "--steps", "5"});
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, e);
        assertTrue(e.contains("--steps"), e);
        assertFalse(e.contains("Exception"), e);
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("ALLOC"));
    }
}
