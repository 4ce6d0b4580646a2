package lab.minimax.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * {@code bench alloc}: an unknown option exits 2 naming it, before any training. (The measurement
 * itself runs in the JVM that {@code TrainerAllocationTest} forks.)
 */
class BenchAllocCommandTest {
    @Test
    void anUnknownOptionExitsTwoNamingIt() {
        CliRun r = CliRun.of("bench", "alloc", "--steps", "5");
        r.assertRejected("--steps");
        assertFalse(r.out().contains("ALLOC"));
    }
}
