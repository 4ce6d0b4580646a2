package lab.minimax.store;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lab.minimax.durable.CheckpointJob;
import lab.minimax.durable.CheckpointStore.StoredCheckpoint;
import lab.minimax.durable.RunId;
import lab.minimax.random.SplitMix64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the store of durable runs must do on every database (run by {@link H2CheckpointStoreTest}
 * and {@link PostgresCheckpointStoreTest} through Spring Data JDBC and the Flyway schema): a
 * checkpoint comes back byte for byte with its owner, step and time; a second save at the same step
 * replaces the first; only the newest {@code keep} survive; the TTL removes runs not opened since
 * the cutoff with their checkpoints and keeps the others; an unknown run has none.
 */
abstract class CheckpointStoreContract {
    @Autowired
    RunRepository runs;
    @Autowired
    PlatformTransactionManager tm;

    private JdbcCheckpointStore store() {
        return new JdbcCheckpointStore(runs, new TransactionTemplate(tm), Clock.systemUTC());
    }

    private static byte[] bytes(long seed, int n) {
        SplitMix64 r = new SplitMix64(seed);
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) r.nextLong();
        }
        return b;
    }

    private static CheckpointJob job(String run, String browser, long step, Instant at, byte[] state) {
        return new CheckpointJob(run, browser, "{\"target\": \"ring8\"}", step, at, state);
    }

    @Test
    void aCheckpointComesBackByteForByteWithItsOwner() {
        JdbcCheckpointStore s = store();
        String run = RunId.fresh();
        Instant at = Instant.parse("2026-12-03T18:02:11.250Z");
        byte[] state = bytes(1, 3 << 20); // 3 MiB: a large MNIST run's checkpoint
        s.save(job(run, "b".repeat(32), 4210, at, state), 2);
        StoredCheckpoint c = s.latest(run).orElseThrow();
        assertEquals(run, c.runId());
        assertEquals("b".repeat(32), c.browserId());
        assertEquals(4210, c.step());
        assertEquals(at.truncatedTo(ChronoUnit.MICROS), c.writtenAt());
        assertTrue(Arrays.equals(state, c.state()), "the blob must come back byte for byte");
        assertEquals(Optional.empty(), s.latest(RunId.fresh()));
    }

    @Test
    void theSameStepReplacesAndOnlyTheNewestKeepSurvive() {
        JdbcCheckpointStore s = store();
        String run = RunId.fresh();
        Instant t0 = Instant.parse("2026-12-03T10:00:00Z");
        s.save(job(run, "owner", 100, t0, bytes(2, 64)), 2);
        s.save(job(run, "owner", 100, t0.plusSeconds(1), bytes(3, 64)), 2);
        assertEquals(List.of(100L), runs.steps(run));
        assertArrayEquals(bytes(3, 64), s.latest(run).orElseThrow().state());
        s.save(job(run, "owner", 200, t0.plusSeconds(10), bytes(4, 64)), 2);
        s.save(job(run, "owner", 300, t0.plusSeconds(20), bytes(5, 64)), 2);
        assertEquals(List.of(300L, 200L), runs.steps(run));
        // a reset run checkpoints step 0 later than step 300: the newest by time wins
        s.save(job(run, "owner", 0, t0.plusSeconds(30), bytes(6, 64)), 2);
        assertEquals(0, s.latest(run).orElseThrow().step());
        assertEquals(List.of(0L, 300L), runs.steps(run));
    }

    @Test
    void theOwnerIsTheFirstSaversAndStaysSo() {
        JdbcCheckpointStore s = store();
        String run = RunId.fresh();
        Instant t0 = Instant.parse("2026-12-03T10:00:00Z");
        s.save(job(run, "first", 1, t0, bytes(7, 8)), 2);
        s.save(job(run, "second", 2, t0.plusSeconds(1), bytes(8, 8)), 2);
        assertEquals("first", s.latest(run).orElseThrow().browserId());
    }

    @Test
    void theTtlRemovesRunsNotOpenedSinceTheCutoffWithTheirCheckpoints() {
        JdbcCheckpointStore s = store();
        String old = RunId.fresh();
        String recent = RunId.fresh();
        Instant now = Instant.now();
        s.save(job(old, "owner", 5, now, bytes(9, 16)), 2);
        s.save(job(recent, "owner", 5, now, bytes(10, 16)), 2);
        s.opened(old, now.minus(8, ChronoUnit.DAYS));
        s.opened(recent, now.minus(6, ChronoUnit.DAYS));
        long before = s.checkpoints();
        int removed = s.removeNotOpenedSince(now.minus(7, ChronoUnit.DAYS));
        assertTrue(removed >= 1, "the old run is removed: " + removed);
        assertEquals(Optional.empty(), s.latest(old));
        assertEquals(List.of(), runs.steps(old));
        assertEquals(5, s.latest(recent).orElseThrow().step());
        assertTrue(s.checkpoints() <= before - 1, "its checkpoints went with it (ON DELETE CASCADE)");
    }
}
