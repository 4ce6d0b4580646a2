package lab.minimax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import lab.minimax.bench.HashWorkloads;
import org.junit.jupiter.api.Test;

/** {@code bench hash}: bad options exit 2 naming the option; a run prints one hash line per workload. */
class BenchHashCommandTest {
    /** Exit code, stdout and stderr of one run. */
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            String[] all = new String[args.length + 2];
            all[0] = "bench";
            all[1] = "hash";
            System.arraycopy(args, 0, all, 2, args.length);
            code = Cli.run(all);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertRejected(Run r, String... mentions) {
        assertEquals(2, r.code(), r.err());
        for (String m : mentions) {
            assertTrue(r.err().contains(m), "'" + m + "' in: " + r.err());
        }
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(r.out().isEmpty(), r.out());
    }

    @Test
    void badOptionsExitTwoNamingTheOption() {
        assertRejected(run("--steps", "-1"), "--steps", "[0, 100000]", "-1");
        assertRejected(run("--steps", "many"), "--steps", "many");
        assertRejected(run("--threads", "3"), "--threads", "1 or 2", "3");
        assertRejected(run("--workloads", "some"), "--workloads", "bits, lessons or all", "'some'");
        assertRejected(run("--seeds", "1"), "--seeds");
    }

    @Test
    void printsOneHashPerWorkload() {
        Run r = run("--steps", "2", "--workloads", "bits");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().trim().split("\n");
        assertEquals(HashWorkloads.BITS.size(), lines.length, r.out());
        Pattern line = Pattern.compile("[a-z0-9-]+ (vector|plain) [0-9a-f]{16}");
        int i = 0;
        for (String name : HashWorkloads.BITS.keySet()) {
            assertTrue(line.matcher(lines[i]).matches(), lines[i]);
            assertTrue(lines[i].startsWith(name + " "), lines[i]);
            i++;
        }
        assertEquals(r.out(), run("--steps", "2", "--workloads", "bits").out(), "the same bits twice");
    }

    @Test
    void theLessonsCoverEveryLessonsExperiments() {
        assertTrue(HashWorkloads.lessons().size() >= 7, HashWorkloads.lessons().keySet().toString());
        assertTrue(HashWorkloads.lessons().keySet().stream().allMatch(k -> k.startsWith("lesson-")));
    }
}
