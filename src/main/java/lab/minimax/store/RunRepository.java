package lab.minimax.store;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import lab.minimax.durable.CheckpointStore.StoredCheckpoint;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The SQL of durable runs, declared here and portable between H2 and PostgreSQL (no upsert
 * dialects: an update, then an insert when it touched nothing, in one transaction of
 * {@link JdbcCheckpointStore}). No persistence context holds the checkpoint blobs: each is bound
 * and read once.
 */
interface RunRepository extends Repository<StoredRun, String> {
    @Modifying
    @Query("UPDATE runs SET opened_at = :at WHERE id = :id")
    int touch(@Param("id") String id, @Param("at") Timestamp at);

    @Modifying
    @Query("INSERT INTO runs (id, browser_id, config_json, engine, created_at, opened_at)"
            + " VALUES (:id, :browserId, :configJson, :engine, :at, :at)")
    int insertRun(@Param("id") String id, @Param("browserId") String browserId, @Param("configJson") String configJson,
                  @Param("engine") String engine, @Param("at") Timestamp at);

    @Modifying
    @Query("DELETE FROM checkpoints WHERE run_id = :runId AND step = :step")
    int deleteCheckpoint(@Param("runId") String runId, @Param("step") long step);

    @Modifying
    @Query("INSERT INTO checkpoints (run_id, step, written_at, engine, state) VALUES (:runId, :step, :at, :engine, :state)")
    int insertCheckpoint(@Param("runId") String runId, @Param("step") long step, @Param("at") Timestamp at,
                         @Param("engine") String engine, @Param("state") byte[] state);

    /** The run's checkpoint steps, newest first. */
    @Query("SELECT step FROM checkpoints WHERE run_id = :runId ORDER BY written_at DESC, step DESC")
    List<Long> steps(@Param("runId") String runId);

    @Query(value = "SELECT c.run_id, r.browser_id, c.step, c.written_at, c.engine, c.state"
            + " FROM checkpoints c JOIN runs r ON r.id = c.run_id WHERE c.run_id = :runId"
            + " ORDER BY c.written_at DESC, c.step DESC FETCH FIRST 1 ROWS ONLY",
            rowMapperClass = StoredCheckpointMapper.class)
    Optional<StoredCheckpoint> latest(@Param("runId") String runId);

    /** Removes the runs not opened since {@code cutoff}; their checkpoints go with them (ON DELETE CASCADE). */
    @Modifying
    @Query("DELETE FROM runs WHERE opened_at < :cutoff")
    int deleteNotOpenedSince(@Param("cutoff") Timestamp cutoff);

    @Query("SELECT COUNT(*) FROM checkpoints")
    long countCheckpoints();
}
