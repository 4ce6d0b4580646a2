package lab.minimax.durable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link CheckpointStore} in memory for tests, with the database's semantics (the newest
 * {@code keep} per run, same step replaces, TTL by last opening) and a switch that makes every call
 * throw, as an unreachable database does.
 */
public final class MemoryCheckpointStore implements CheckpointStore {
    private final Map<String, String> owners = new HashMap<>();
    private final Map<String, Instant> opened = new HashMap<>();
    private final Map<String, List<StoredCheckpoint>> checkpoints = new HashMap<>();
    /** While true, every call throws (the store is down). */
    public final AtomicBoolean down = new AtomicBoolean();
    /** Successful saves. */
    public final AtomicInteger saves = new AtomicInteger();

    @Override
    public synchronized void save(CheckpointJob job, int keep) {
        check();
        owners.putIfAbsent(job.runId(), job.browserId());
        opened.put(job.runId(), Instant.now());
        List<StoredCheckpoint> list = checkpoints.computeIfAbsent(job.runId(), k -> new ArrayList<>());
        list.removeIf(c -> c.step() == job.step());
        list.add(new StoredCheckpoint(job.runId(), owners.get(job.runId()), job.step(), job.takenAt(),
                "test", job.state().clone()));
        list.sort(Comparator.comparing(StoredCheckpoint::writtenAt).thenComparingLong(StoredCheckpoint::step).reversed());
        while (list.size() > keep) {
            list.remove(list.size() - 1);
        }
        saves.incrementAndGet();
    }

    @Override
    public synchronized Optional<StoredCheckpoint> latest(String runId) {
        check();
        List<StoredCheckpoint> list = checkpoints.get(runId);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    @Override
    public synchronized void opened(String runId, Instant at) {
        check();
        if (owners.containsKey(runId)) {
            opened.put(runId, at);
        }
    }

    @Override
    public synchronized int removeNotOpenedSince(Instant cutoff) {
        check();
        List<String> old = opened.entrySet().stream().filter(e -> e.getValue().isBefore(cutoff)).map(Map.Entry::getKey).toList();
        old.forEach(id -> {
            owners.remove(id);
            opened.remove(id);
            checkpoints.remove(id);
        });
        return old.size();
    }

    /** The steps kept of {@code runId}, newest first. */
    public synchronized List<Long> steps(String runId) {
        return checkpoints.getOrDefault(runId, List.of()).stream().map(StoredCheckpoint::step).toList();
    }

    /** Replaces the newest checkpoint's bytes of {@code runId} (a corrupt or foreign row). */
    public synchronized void replaceNewest(String runId, byte[] state) {
        List<StoredCheckpoint> list = checkpoints.get(runId);
        StoredCheckpoint c = list.get(0);
        list.set(0, new StoredCheckpoint(c.runId(), c.browserId(), c.step(), c.writtenAt(), c.engine(), state));
    }

    private void check() {
        if (down.get()) {
            throw new IllegalStateException("store down (test)");
        }
    }
}
