package lab.minimax.durable;

import java.time.Instant;
import java.util.Optional;

/**
 * Where runs and their checkpoints are kept (the database, or memory in tests). Every method may
 * throw a {@link RuntimeException} when the store is unreachable; the {@link CheckpointWriter}
 * counts it and retries, and a page that cannot read a checkpoint starts a fresh run.
 */
public interface CheckpointStore {
    /**
     * Saves one checkpoint of {@code job.runId()} (creating its run row on the first), replacing one
     * at the same step, and keeps only the newest {@code keep} of the run.
     */
    void save(CheckpointJob job, int keep);

    /** The newest checkpoint of the run, with its owner, or empty when the run or its checkpoints are unknown. */
    Optional<StoredCheckpoint> latest(String runId);

    /** The run was opened by a page now (runs not opened for the TTL are removed). */
    void opened(String runId, Instant at);

    /** Removes the runs (and their checkpoints) not opened since {@code cutoff}; the number removed. */
    int removeNotOpenedSince(Instant cutoff);

    /**
     * A checkpoint as it was read back.
     *
     * @param browserId the browser that owns the run
     * @param state     the {@link RunCheckpointCodec} bytes, not yet checked
     */
    record StoredCheckpoint(String runId, String browserId, long step, Instant writtenAt, String engine, byte[] state) {
    }
}
