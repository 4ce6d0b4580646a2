package lab.minimax.durable;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The durable runs of this instance: each live run has a {@link Tracker} that captures its
 * checkpoint at most every {@code interval} while it trains and at once when asked (pause, a
 * settings change, release, shutdown), and hands it to the {@link CheckpointWriter}. A page that
 * opens a run finds its newest state here: the run itself when it still lives in this JVM (a
 * reload), the checkpoint still waiting for the writer, or the store's newest.
 */
public final class Checkpointing {
    private final CheckpointStore store;
    private final CheckpointWriter writer;
    private final long intervalNanos;
    private final Map<String, Tracker> live = new ConcurrentHashMap<>();

    public Checkpointing(CheckpointStore store, CheckpointWriter writer, Duration interval) {
        this.store = store;
        this.writer = writer;
        this.intervalNanos = interval.toNanos();
    }

    public CheckpointWriter writer() {
        return writer;
    }

    public Duration interval() {
        return Duration.ofNanos(intervalNanos);
    }

    /**
     * Tracks a new live run.
     *
     * @param capture takes the run's checkpoint (under its lock, on the calling thread)
     * @param stop    stops the live run (another page of its browser took it over)
     */
    public Tracker track(String runId, String browserId, String configJson, Supplier<RunCheckpoint> capture, Runnable stop) {
        Tracker t = new Tracker(runId, browserId, configJson, capture, stop);
        live.put(runId, t);
        return t;
    }

    /**
     * The newest state of {@code runId} for a page of {@code browserId}: a live run of this JVM is
     * stopped and its state taken; else the checkpoint waiting for the writer; else the store's.
     *
     * @throws RuntimeException when the store cannot be read
     */
    public Optional<Found> find(String runId, String browserId) {
        Tracker t = live.get(runId);
        if (t != null && t.browserId.equals(browserId)) {
            t.stop.run(); // first, so that no step is trained after the state is taken
            RunCheckpoint c = t.capture.get();
            return Optional.of(new Found(browserId, RunCheckpointCodec.write(c), Instant.ofEpochMilli(c.takenAtMillis())));
        }
        CheckpointJob waiting = writer.waiting(runId);
        if (waiting != null) {
            return Optional.of(new Found(waiting.browserId(), waiting.state(), waiting.takenAt()));
        }
        Optional<CheckpointStore.StoredCheckpoint> s = store.latest(runId);
        s.ifPresent(c -> store.opened(runId, Instant.now()));
        return s.map(c -> new Found(c.browserId(), c.state(), c.writtenAt()));
    }

    /** Live runs tracked here (tests, the operator). */
    public int liveRuns() {
        return live.size();
    }

    /**
     * A run's newest state as found.
     *
     * @param browserId the browser that owns the run
     * @param state     {@link RunCheckpointCodec} bytes, not yet checked
     */
    public record Found(String browserId, byte[] state, Instant takenAt) {
    }

    /** One live run's checkpoints. Thread-safe. */
    public final class Tracker {
        private final String runId;
        private final String browserId;
        private final String configJson;
        private final Supplier<RunCheckpoint> capture;
        private final Runnable stop;
        private volatile long lastNanos = System.nanoTime();
        private volatile boolean released;
        /** A checkpoint was handed to the writer (after that, step 0 is one too: a reset run). */
        private volatile boolean offered;

        Tracker(String runId, String browserId, String configJson, Supplier<RunCheckpoint> capture, Runnable stop) {
            this.runId = runId;
            this.browserId = browserId;
            this.configJson = configJson;
            this.capture = capture;
            this.stop = stop;
        }

        public String runId() {
            return runId;
        }

        /** After a training slice: a checkpoint when the interval has passed since the last. */
        public void trained() {
            if (!released && System.nanoTime() - lastNanos >= intervalNanos) {
                now();
            }
        }

        /** A checkpoint now (pause, settings change, shutdown); none of a run that never trained. */
        public void now() {
            if (released) {
                return;
            }
            lastNanos = System.nanoTime();
            RunCheckpoint c = capture.get();
            if (c.generatorSteps() == 0 && !offered) {
                return; // nothing trained yet: the link alone opens the same run (no row per page view)
            }
            offered = true;
            writer.offer(new CheckpointJob(runId, browserId, configJson, c.generatorSteps(),
                    Instant.ofEpochMilli(c.takenAtMillis()), RunCheckpointCodec.write(c)));
        }

        /** The run ends here: a last checkpoint, and no more. */
        public void release() {
            if (!released) {
                now();
                released = true;
                live.remove(runId, this);
            }
        }
    }
}
