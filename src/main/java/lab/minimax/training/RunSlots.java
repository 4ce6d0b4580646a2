package lab.minimax.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * Admission to the server's training slots: at most {@code capacity} runs train at once. A run
 * that asks for a slot when all are taken either waits in a FIFO queue (it learns its position
 * and is {@linkplain Holder#granted() granted} a slot as soon as one frees) or is refused,
 * depending on {@link Overflow}. Callbacks run on the {@code notifier} executor, never on the
 * caller's thread, so a holder may call {@link #release} while holding its own locks. Thread-safe.
 */
public final class RunSlots {
    /** A run that may hold or wait for a slot. */
    public interface Holder {
        /** A slot was given to this queued holder (it holds it now; release it if no longer wanted). */
        void granted();

        /** This holder's place in the queue changed. */
        void queueMoved();
    }

    /** The answer to {@link #request}. */
    public enum Outcome { GRANTED, QUEUED, REFUSED }

    private final int capacity;
    private final Overflow overflow;
    private final Executor notifier;
    private final Set<Holder> holders = new HashSet<>();
    private final LinkedHashSet<Holder> queue = new LinkedHashSet<>();

    /**
     * @param capacity slots (0: unlimited)
     * @param overflow queue or refuse when full
     * @param notifier where {@link Holder} callbacks run
     */
    public RunSlots(int capacity, Overflow overflow, Executor notifier) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0 (0: unlimited), got " + capacity);
        }
        this.capacity = capacity;
        this.overflow = overflow;
        this.notifier = notifier;
    }

    /** Callbacks on the common pool. */
    public RunSlots(int capacity, Overflow overflow) {
        this(capacity, overflow, ForkJoinPool.commonPool());
    }

    /** Slots without a limit. */
    public static RunSlots unlimited() {
        return new RunSlots(0, Overflow.QUEUE);
    }

    /** Asks for a slot: granted at once when one is free; otherwise queued (or already queued) or refused. */
    public synchronized Outcome request(Holder h) {
        if (holders.contains(h)) {
            return Outcome.GRANTED;
        }
        if (queue.contains(h)) {
            return Outcome.QUEUED;
        }
        if (capacity == 0 || holders.size() < capacity) {
            holders.add(h);
            return Outcome.GRANTED;
        }
        if (overflow == Overflow.REFUSE) {
            return Outcome.REFUSED;
        }
        queue.add(h);
        return Outcome.QUEUED;
    }

    /** Gives back {@code h}'s slot or takes it out of the queue (no-op when it has neither). */
    public void release(Holder h) {
        List<Holder> granted = new ArrayList<>();
        List<Holder> moved;
        synchronized (this) {
            if (!holders.remove(h) && !queue.remove(h)) {
                return;
            }
            while (!queue.isEmpty() && (capacity == 0 || holders.size() < capacity)) {
                Holder next = queue.iterator().next();
                queue.remove(next);
                holders.add(next);
                granted.add(next);
            }
            moved = List.copyOf(queue);
        }
        for (Holder g : granted) {
            notifier.execute(g::granted);
        }
        for (Holder m : moved) {
            notifier.execute(m::queueMoved);
        }
    }

    /** 1-based place of {@code h} in the queue; 0 when it is not queued. */
    public synchronized int position(Holder h) {
        int i = 1;
        for (Holder q : queue) {
            if (q == h) {
                return i;
            }
            i++;
        }
        return 0;
    }

    public synchronized boolean holds(Holder h) {
        return holders.contains(h);
    }

    /** Runs holding a slot now. */
    public synchronized int running() {
        return holders.size();
    }

    /** Runs waiting for a slot now. */
    public synchronized int queued() {
        return queue.size();
    }

    /** Slots in all (0: unlimited). */
    public int capacity() {
        return capacity;
    }

    public Overflow overflow() {
        return overflow;
    }

    /** What a refused run shows. */
    public String refusalMessage() {
        return "all " + capacity + " training slots of this server are in use (minimax.limits.max-training-runs); "
                + "press Play again in a minute";
    }

    /** What a queued run shows. */
    public static String queuedMessage(int position) {
        return "position " + position + " in line for a training slot; starts by itself";
    }
}
