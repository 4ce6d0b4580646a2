package lab.minimax.training;

/**
 * What a run is doing: the life cycle of a training run, and (with its {@link #label()}) the
 * page's status line. A page shows {@link #FAILED} as {@link #DIVERGED}.
 */
public enum RunState {
    /** Waiting for Play (or single steps). */
    PAUSED("paused"),
    /** Training in slices on the shared scheduler. */
    RUNNING("running"),
    /** Waiting for a free training slot (the server's concurrency limit; the reason gives the position). */
    QUEUED("queued"),
    /** Paused by itself: a number became NaN or infinite. */
    DIVERGED("diverged"),
    /** Stopped because the engine threw; reported, other runs unaffected. */
    FAILED("failed"),
    /** Released or stopped for good (tab closed, idle, session lifetime, an operator, shutdown); Play starts a new run. */
    STOPPED("stopped"),
    /** The server refused to create the run (a limit); Play tries again. */
    REFUSED("refused");

    private final String label;

    RunState(String label) {
        this.label = label;
    }

    /** True when the run will never train again, so the page must make a new one to play. */
    public boolean ended() {
        return this == STOPPED || this == REFUSED;
    }

    /** The word of the page's status line. */
    public String label() {
        return label;
    }
}
