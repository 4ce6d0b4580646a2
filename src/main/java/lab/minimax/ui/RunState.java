package lab.minimax.ui;

/** What a run is doing, as the status line says it. */
public enum RunState {
    RUNNING("running"), PAUSED("paused"), DIVERGED("diverged"),
    /** Waiting for one of the server's training slots (the reason gives the position). */
    QUEUED("queued"),
    /** Stopped for good (idle, session lifetime, an operator, shutdown); Play starts a new run. */
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

    public String label() {
        return label;
    }
}
