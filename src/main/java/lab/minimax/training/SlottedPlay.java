package lab.minimax.training;

/**
 * Couples one {@link TrainingRun}'s Play to the server's {@link RunSlots}: Play trains at once
 * when a slot is free, otherwise waits in the queue (and starts by itself when granted) or is
 * refused with a message. The slot is given back as soon as the run stops training for any
 * reason (pause, single step, divergence, failure, stop), via {@link #runChanged()}.
 */
public final class SlottedPlay implements RunSlots.Holder {
    private final TrainingRun run;
    private final RunSlots slots;
    private final Runnable changed;
    private final Object lock = new Object();
    private volatile String refusal = "";
    private volatile boolean wanted;

    /**
     * @param changed called (on some thread) when the queue position changes or the run is granted
     */
    public SlottedPlay(TrainingRun run, RunSlots slots, Runnable changed) {
        this.run = run;
        this.slots = slots;
        this.changed = changed;
    }

    /** Play: train now, queue, or be refused. */
    public void play() {
        synchronized (lock) {
            refusal = "";
            if (run.state() == RunState.STOPPED || run.state() == RunState.FAILED) {
                return;
            }
            wanted = true;
            switch (slots.request(this)) {
                case GRANTED -> run.play();
                case QUEUED -> { }
                case REFUSED -> {
                    wanted = false;
                    refusal = slots.refusalMessage();
                }
            }
        }
    }

    /** The run no longer wants to train (pause, step, stop): leave the queue or give the slot back. */
    public void leave() {
        synchronized (lock) {
            wanted = false;
            refusal = "";
            slots.release(this);
        }
    }

    /** Call after every change of the run: gives the slot back once it has stopped training. */
    public void runChanged() {
        if (run.state() != RunState.RUNNING && slots.holds(this)) {
            synchronized (lock) {
                if (run.state() != RunState.RUNNING) {
                    wanted = false;
                    slots.release(this);
                }
            }
        }
    }

    @Override
    public void granted() {
        synchronized (lock) {
            if (wanted && slots.holds(this)) {
                run.play();
            }
            if (run.state() != RunState.RUNNING) {
                wanted = false;
                slots.release(this);
            }
        }
        changed.run();
    }

    @Override
    public void queueMoved() {
        changed.run();
    }

    /** 1-based queue position; 0 when not waiting. */
    public int position() {
        return slots.position(this);
    }

    /** The message of the last refused Play ("" when the last Play was not refused). */
    public String refusal() {
        return refusal;
    }
}
