package lab.minimax.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lab.minimax.durable.CheckpointJob;
import lab.minimax.durable.CheckpointStore;
import lab.minimax.experiment.Engine;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database behind durable runs (H2 by default, PostgreSQL in production): a run row, created
 * with its first checkpoint, and its newest {@code keep} checkpoints. Each save is one
 * transaction, so a reader sees the old checkpoints or the new one, never half of it.
 */
class JdbcCheckpointStore implements CheckpointStore {
    private final RunRepository runs;
    private final TransactionTemplate tx;
    private final Clock clock;

    JdbcCheckpointStore(RunRepository runs, TransactionTemplate tx, Clock clock) {
        this.runs = runs;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void save(CheckpointJob job, int keep) {
        Timestamp now = Timestamp.from(clock.instant());
        String engine = Integer.toString(Engine.VERSION);
        tx.executeWithoutResult(status -> {
            // a run that trains is open: its TTL counts from now
            if (runs.touch(job.runId(), now) == 0) {
                runs.insertRun(job.runId(), job.browserId(), job.configJson(), engine, now);
            }
            runs.deleteCheckpoint(job.runId(), job.step());
            runs.insertCheckpoint(job.runId(), job.step(), Timestamp.from(job.takenAt()), engine, job.state());
            List<Long> steps = runs.steps(job.runId());
            for (int i = keep; i < steps.size(); i++) {
                runs.deleteCheckpoint(job.runId(), steps.get(i));
            }
        });
    }

    @Override
    public Optional<StoredCheckpoint> latest(String runId) {
        return runs.latest(runId);
    }

    @Override
    public void opened(String runId, Instant at) {
        runs.touch(runId, Timestamp.from(at));
    }

    @Override
    public int removeNotOpenedSince(Instant cutoff) {
        return runs.deleteNotOpenedSince(Timestamp.from(cutoff));
    }

    /** Checkpoints in the store (the operator, tests). */
    long checkpoints() {
        return runs.countCheckpoints();
    }
}
