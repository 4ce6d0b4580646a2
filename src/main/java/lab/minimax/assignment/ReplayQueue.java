package lab.minimax.assignment;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import lab.minimax.experiment.Limits;
import lab.minimax.grading.Claim;
import lab.minimax.grading.Grader;
import lab.minimax.grading.Verdict;

/**
 * Verifies submissions by replaying them headless: a few threads of the lowest priority (one by
 * default, so that a class's submissions never take more than a core from the runs that train),
 * fed from the database, so that any instance verifies what any instance took. A submission is taken
 * with a conditional update (only one replayer wins it); one taken by an instance that died is put
 * back after {@link #STALE}.
 */
final class ReplayQueue implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ReplayQueue.class.getName());
    /** A submission being verified for longer than this is taken to be orphaned. */
    static final Duration STALE = Duration.ofMinutes(30);
    private static final long IDLE_POLL_MILLIS = 1000;

    private final AssignmentStore store;
    private final Limits limits;
    private final int evalSamples;
    private final long evalSeed;
    private final Clock clock;
    private final Thread[] workers;
    private final Object signal = new Object();
    private volatile boolean closed;
    private final AtomicLong verified = new AtomicLong();

    ReplayQueue(AssignmentStore store, int threads, int evalSamples, long evalSeed, Clock clock) {
        this(store, threads, evalSamples, evalSeed, clock, Limits.DEFAULTS);
    }

    /** @param limits the server's limits: a claim's configs must pass them (as every config of a page does) */
    ReplayQueue(AssignmentStore store, int threads, int evalSamples, long evalSeed, Clock clock, Limits limits) {
        this.limits = limits;
        this.store = store;
        this.evalSamples = evalSamples;
        this.evalSeed = evalSeed;
        this.clock = clock;
        this.workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(this::work, "replay-" + i);
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            workers[i] = t;
        }
    }

    void start() {
        try {
            store.requeueStale(clock.instant().minus(STALE));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not put back orphaned submissions: " + e);
        }
        for (Thread t : workers) {
            t.start();
        }
    }

    /** A submission is waiting. */
    void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /** Submissions this instance has decided. */
    long verified() {
        return verified.get();
    }

    private void work() {
        while (!closed) {
            boolean did = false;
            try {
                did = takeOne();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "replay queue: " + e);
            }
            if (!did) {
                synchronized (signal) {
                    try {
                        signal.wait(IDLE_POLL_MILLIS);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }

    /** Verifies one waiting submission, if there is one it can take. */
    boolean takeOne() {
        List<String> waiting = store.pending(workers.length + 4);
        for (String id : waiting) {
            if (store.take(id)) {
                verify(id);
                return true;
            }
        }
        return false;
    }

    private void verify(String id) {
        long start = System.nanoTime();
        Verdict v;
        try {
            Optional<Submission> s = store.submission(id);
            Optional<Assignment> a = s.flatMap(x -> store.assignment(x.assignmentId()));
            if (a.isEmpty()) {
                return; // deleted meanwhile
            }
            Claim claim = Claim.fromJson(store.claimJson(id), limits);
            v = new Grader(evalSamples, evalSeed, limits).grade(claim, a.get().rules());
        } catch (IllegalArgumentException e) {
            v = new Verdict(Verdict.Outcome.REFUSED, e.getMessage(), java.util.Map.of(), 0, 0);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            v = new Verdict(Verdict.Outcome.REFUSED, "the replay failed: " + e, java.util.Map.of(), 0, 0);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        store.decide(id, Submission.Status.valueOf(v.outcome().name()), v.reason(), MetricsJson.write(v.metrics()),
                clock.instant(), ms);
        verified.incrementAndGet();
    }

    @Override
    public void close() {
        closed = true;
        for (Thread t : workers) {
            t.interrupt();
        }
    }
}
