package lab.minimax.store;

import java.sql.Timestamp;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A row of {@code runs} (V1 migration): a durable run, owned by a browser token. The aggregate of
 * {@link RunRepository}; its checkpoints are rows of their own, written and read by declared SQL.
 */
@Table("runs")
record StoredRun(@Id String id, String browserId, String configJson, String engine, Timestamp createdAt,
                 Timestamp openedAt) {
}
