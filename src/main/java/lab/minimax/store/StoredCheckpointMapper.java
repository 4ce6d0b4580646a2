package lab.minimax.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import lab.minimax.durable.CheckpointStore.StoredCheckpoint;
import org.springframework.jdbc.core.RowMapper;

/** Reads the row of {@link RunRepository#latest}: a checkpoint joined with its run's owner. */
class StoredCheckpointMapper implements RowMapper<StoredCheckpoint> {
    @Override
    public StoredCheckpoint mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new StoredCheckpoint(rs.getString("run_id"), rs.getString("browser_id"), rs.getLong("step"),
                rs.getTimestamp("written_at").toInstant(), rs.getString("engine"), rs.getBytes("state"));
    }
}
