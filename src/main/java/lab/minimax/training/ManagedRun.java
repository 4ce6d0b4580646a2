package lab.minimax.training;

/**
 * A run the server keeps in its {@link RunRegistry}: it can describe itself to an operator and be
 * stopped from outside its page (admin, idle timeout, shutdown).
 */
public interface ManagedRun extends AutoCloseable {
    /** A reading of the run now (never null). */
    RunInfo info(String token);

    /** Stops training for good with {@code reason} shown on the run's page, and releases it. */
    void stop(String reason);

    /** Releases the run (tab closed); equivalent to {@code stop("released")}. */
    @Override
    void close();
}
