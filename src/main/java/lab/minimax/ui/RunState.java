package lab.minimax.ui;

/** What a run is doing, as the status line says it. */
public enum RunState {
    RUNNING("running"), PAUSED("paused"), DIVERGED("diverged");

    private final String label;

    RunState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
