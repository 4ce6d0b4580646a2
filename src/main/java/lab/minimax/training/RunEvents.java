package lab.minimax.training;

/**
 * What runs and pages report to operations (metrics): a run was created, stopped, failed or paused
 * on a NaN/Inf, a frame was pushed to a page. Called on the thread where it happens, often with a
 * lock held: an implementation must be fast and must not throw. {@link #all()} is the JVM's hub
 * that every run reports to; operations subscribes to it.
 */
public interface RunEvents {
    /** A run was created (a lab page got its run). */
    default void runStarted() {
    }

    /** A run was stopped for good ({@code reason}: released, idle, stopped by the administrator, …). */
    default void runStopped(String reason) {
    }

    /** The engine threw: the run is FAILED. */
    default void runFailed(String reason) {
    }

    /** A NaN/Inf paused the run (DIVERGED). */
    default void runDiverged(String reason) {
    }

    /** One frame was drawn into a page (pushed to the browser). */
    default void framePushed() {
    }

    /** The hub every run and page reports to (forwards to its subscribers). */
    static RunEventHub all() {
        return RunEventHub.INSTANCE;
    }
}
