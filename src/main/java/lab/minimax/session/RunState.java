package lab.minimax.session;

/** Life cycle of a training run. */
public enum RunState {
    /** Waiting for Play (or single steps). */
    PAUSED,
    /** Training in slices on the shared scheduler. */
    RUNNING,
    /** Waiting for a free training slot (the server's concurrency limit). */
    QUEUED,
    /** Paused by itself: a number became NaN or infinite. */
    DIVERGED,
    /** Stopped because the engine threw; reported, other runs unaffected. */
    FAILED,
    /** Released (tab closed, idle, stopped by an admin); cannot be restarted. */
    STOPPED
}
