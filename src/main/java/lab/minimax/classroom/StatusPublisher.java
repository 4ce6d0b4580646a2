package lab.minimax.classroom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.live.EngineLiveRun;
import lab.minimax.live.LiveRun;
import lab.minimax.live.frame.LabSnapshot;
import lab.minimax.training.ManagedRun;
import lab.minimax.training.RunInfo;
import lab.minimax.training.RunRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a status row for every live run of this instance whose browser is in a class, on a thread
 * of its own every {@code minimax.classroom.publish-interval} (never on a UI or training thread):
 * only rows that changed are written; the rows of runs that left the registry become STOPPED; and the
 * runs whose row carries the instructor's stop are stopped here. A database that does not answer is
 * logged and tried again at the next tick; training goes on.
 */
public final class StatusPublisher implements AutoCloseable {
    /** The reason a run stopped by the dashboard shows on its page. */
    public static final String STOPPED_BY_INSTRUCTOR = "stopped by your instructor";
    private static final Logger LOG = LoggerFactory.getLogger(StatusPublisher.class);
    private final RunRegistry registry;
    private final Classes classes;
    private final RunStatusStore store;
    /** Per published run id: what was written last and what the frames left behind. */
    private final Map<String, Tracked> published = new HashMap<>();
    private ScheduledExecutorService timer;
    private boolean failing;

    /** What one run's row was built from. */
    private static final class Tracked {
        final KeyMetrics metrics = new KeyMetrics();
        String signature;
        float[] real;
        float[] fake;
        lab.minimax.live.frame.ViewBox box;
        float[] target;
        float[] hist;
        long snapshotVersion = -1;
        byte[] thumbnail;
    }

    public StatusPublisher(RunRegistry registry, Classes classes, RunStatusStore store) {
        this.registry = registry;
        this.classes = classes;
        this.store = store;
    }

    /** Starts publishing every {@code everyMillis} on a daemon thread. */
    public StatusPublisher start(long everyMillis) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "class-status");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::tickQuietly, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
        return this;
    }

    void tickQuietly() {
        try {
            tick();
            if (failing) {
                LOG.info("class status rows are written again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("class status rows not written (tried again every tick): {}", e.toString());
                failing = true;
            }
        }
    }

    /** One round: write what changed, mark what left, stop what the instructor stopped. Not thread-safe: one caller. */
    synchronized void tick() {
        List<RunInfo> infos = registry.list();
        Set<String> browsers = new HashSet<>();
        for (RunInfo i : infos) {
            if (!i.browserId().isEmpty()) {
                browsers.add(i.browserId());
            }
        }
        Map<String, Membership> members = classes.latestMemberships(browsers);
        Map<String, String> tokens = new HashMap<>();
        for (RunInfo info : infos) {
            Membership m = members.get(info.browserId());
            ManagedRun managed = registry.find(info.token());
            if (m == null || !(managed instanceof LiveRun run)) {
                continue;
            }
            String runId = run.durableId() != null ? run.durableId() : info.token();
            tokens.put(runId, info.token());
            Tracked t = published.computeIfAbsent(runId, k -> new Tracked());
            try {
                publish(runId, t, info, run, m);
            } catch (org.springframework.dao.DataAccessException storeDown) {
                throw storeDown; // the tick's own handling: logged once, tried again
            } catch (RuntimeException oneRun) {
                // a run being made or released at this moment must not keep the others' rows back
            }
        }
        List<String> gone = new ArrayList<>();
        for (String id : published.keySet()) {
            if (!tokens.containsKey(id)) {
                gone.add(id);
            }
        }
        if (!gone.isEmpty()) {
            store.markStopped(gone);
            gone.forEach(published::remove);
        }
        for (String id : store.stopRequested(tokens.keySet())) {
            registry.stop(tokens.get(id), STOPPED_BY_INSTRUCTOR);
        }
    }

    private void publish(String runId, Tracked t, RunInfo info, LiveRun run, Membership m) {
        long step = info.generatorSteps();
        if (step < t.metrics.lastStep()) {
            t.metrics.clear(); // a reset
        }
        t.metrics.read(run.metricsAfter(t.metrics.lastStep()));
        LabSnapshot s = run.latest();
        if (s == null) {
            return; // registered, its first frame not made yet: next tick
        }
        if (s.version() != t.snapshotVersion) {
            t.snapshotVersion = s.version();
            t.thumbnail = thumbnail(t, s);
        }
        String summary = summary(run, info);
        String metrics = t.metrics.json();
        String state = info.state().name();
        String signature = m.classId() + "|" + summary + "|" + step + "|" + state + "|" + metrics + "|"
                + (t.thumbnail == null ? 0 : java.util.Arrays.hashCode(t.thumbnail));
        if (!Objects.equals(signature, t.signature)) {
            store.upsert(runId, m.classId(), info.browserId(), summary, step, state, metrics, t.thumbnail);
            t.signature = signature; // only once written: a failed write is tried again next tick
        }
    }

    private static String summary(LiveRun run, RunInfo info) {
        if (run instanceof EngineLiveRun e) {
            ExperimentConfig c = e.trainingRun().config();
            return c.objective().divergence().id() + " · " + c.target().name();
        }
        return info.summary();
    }

    /** The thumbnail from this snapshot and what earlier ones left (a null component keeps the last). */
    private static byte[] thumbnail(Tracked t, LabSnapshot s) {
        if (s.plane() != null) {
            var p = s.plane();
            t.box = p.box() != null ? p.box().padded(lab.minimax.live.frame.ViewBox.VIEW_MARGIN) : t.box;
            t.real = p.real() != null ? p.real() : t.real;
            t.fake = p.fake() != null ? p.fake() : t.fake;
            return t.box == null ? t.thumbnail : Thumbnails.plane(t.box, t.real, t.fake);
        }
        if (s.line() != null) {
            var l = s.line();
            t.target = l.target() != null ? l.target() : t.target;
            t.hist = l.hist() != null ? l.hist() : t.hist;
            return Thumbnails.line(t.target, t.hist);
        }
        if (s.image() != null && s.image().grid() != null && s.image().grid().pixels() != null) {
            return Thumbnails.digits(s.image().grid().pixels(), s.image().grid().count());
        }
        return t.thumbnail;
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
