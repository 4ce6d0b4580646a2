package lab.minimax.store;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.TimeUnit;
import lab.minimax.durable.CheckpointJob;
import lab.minimax.durable.CheckpointWriter;

/**
 * The checkpoint writer's meters (Prometheus names in brackets): counters
 * {@code minimax.checkpoint.writes} [minimax_checkpoint_writes_total],
 * {@code minimax.checkpoint.failures} [minimax_checkpoint_failures_total] (a save that threw: the
 * store is down or refused it) and {@code minimax.checkpoint.dropped} [minimax_checkpoint_dropped_total]
 * (the queue was full); the gauge {@code minimax.checkpoint.pending}; the timer
 * {@code minimax.checkpoint.write} [minimax_checkpoint_write_seconds] and the summary
 * {@code minimax.checkpoint.size} [minimax_checkpoint_size_bytes] of each written checkpoint.
 */
final class CheckpointMeters implements MeterBinder {
    private final CheckpointWriter writer;

    CheckpointMeters(CheckpointWriter writer) {
        this.writer = writer;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("minimax.checkpoint.writes", writer, w -> w.stats().writes())
                .description("Checkpoints written to the store").register(registry);
        FunctionCounter.builder("minimax.checkpoint.failures", writer, w -> w.stats().failures())
                .description("Checkpoint writes that failed (the store was down or refused it)").register(registry);
        FunctionCounter.builder("minimax.checkpoint.dropped", writer, w -> w.stats().dropped())
                .description("Checkpoints not queued because the writer's queue was full").register(registry);
        Gauge.builder("minimax.checkpoint.pending", writer, w -> w.stats().pending())
                .description("Checkpoints waiting for the writer").strongReference(true).register(registry);
        Timer write = Timer.builder("minimax.checkpoint.write").description("Time to write one checkpoint")
                .register(registry);
        DistributionSummary size = DistributionSummary.builder("minimax.checkpoint.size").baseUnit("bytes")
                .description("Size of a written checkpoint").register(registry);
        writer.setListener(new CheckpointWriter.Listener() {
            @Override
            public void written(CheckpointJob job, long nanos) {
                write.record(nanos, TimeUnit.NANOSECONDS);
                size.record(job.state().length);
            }

            @Override
            public void failed(CheckpointJob job, RuntimeException e) {
                // counted by the writer itself (minimax.checkpoint.failures), logged there too
            }
        });
    }
}
