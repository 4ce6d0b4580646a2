package lab.minimax.training;

/** What happens to a run whose Play finds every training slot taken. */
public enum Overflow {
    /** The run waits in a visible queue (its position on the page) and starts by itself when a slot frees. */
    QUEUE,
    /** Play is refused with a message naming the limit; the run stays paused. */
    REFUSE
}
