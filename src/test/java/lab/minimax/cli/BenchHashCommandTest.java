package lab.minimax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import lab.minimax.bench.HashWorkloads;
import org.junit.jupiter.api.Test;

/** {@code bench hash}: bad options exit 2 naming the option; a run prints one hash line per workload. */
class BenchHashCommandTest {
    private static CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "bench";
        all[1] = "hash";
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private static void assertRejected(CliRun r, String... mentions) {
        r.assertRejected(mentions);
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
        CliRun r = run("--steps", "2", "--workloads", "bits");
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
