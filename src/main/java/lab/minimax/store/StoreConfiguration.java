package lab.minimax.store;

import java.time.Clock;
import java.time.Duration;
import lab.minimax.durable.CheckpointStore;
import lab.minimax.durable.CheckpointWriter;
import lab.minimax.durable.Checkpointing;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Durable runs on the application's DataSource (H2 under {@code minimax.data-dir} by default,
 * PostgreSQL in production; Flyway migrates it): the store, its one writer thread, the
 * {@link Checkpointing} the lab's runs use, the TTL sweep and meters (the {@code checkpoints}
 * health component, {@link CheckpointHealth}, reads the writer when there is one). {@code minimax.checkpoint.enabled=false} turns it all off (runs then live only
 * in their JVM). On shutdown the runs are stopped first ({@code RunShutdown}, whose stop offers each
 * run's last checkpoint), then the writer drains for up to {@link #DRAIN} before the DataSource closes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckpointProperties.class)
@ConditionalOnProperty(prefix = "minimax.checkpoint", name = "enabled", havingValue = "true", matchIfMissing = true)
public class StoreConfiguration {
    /** How long shutdown waits for the waiting checkpoints to be written. */
    static final Duration DRAIN = Duration.ofSeconds(10);

    @Bean
    JdbcCheckpointStore checkpointStore(RunRepository runs, PlatformTransactionManager tm) {
        return new JdbcCheckpointStore(runs, new TransactionTemplate(tm), Clock.systemUTC());
    }

    @Bean(destroyMethod = "")
    CheckpointWriter checkpointWriter(JdbcCheckpointStore store, CheckpointProperties p) {
        return new CheckpointWriter(store, p.queue(), p.keep());
    }

    /** Drains the writer at shutdown (a bean of its own: destroyed before the writer and the DataSource it needs). */
    @Bean
    WriterDrain checkpointWriterDrain(CheckpointWriter writer) {
        return new WriterDrain(writer, DRAIN);
    }

    @Bean
    public Checkpointing checkpointing(JdbcCheckpointStore store, CheckpointWriter writer, CheckpointProperties p) {
        return new Checkpointing(store, writer, p.interval());
    }

    @Bean(destroyMethod = "close")
    CheckpointSweeper checkpointSweeper(JdbcCheckpointStore store, CheckpointProperties p) {
        return new CheckpointSweeper(store, p.ttl(), p.sweep(), Clock.systemUTC());
    }

    @Bean
    CheckpointMeters checkpointMeters(CheckpointWriter writer) {
        return new CheckpointMeters(writer);
    }

    /** Flushes, then closes, the writer when the context closes. */
    record WriterDrain(CheckpointWriter writer, Duration timeout) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            try {
                writer.flush(timeout);
            } finally {
                writer.close();
            }
        }
    }
}
