package lab.minimax.training;

import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The runs a test started, told apart from the registry's other runs by token. Browser and HTTP
 * tests share a server with earlier tests whose closed pages may still be on their way out (a
 * page-hide beacon or a missed heartbeat releases them asynchronously), so counting
 * {@link RunRegistry#active()} before and after races with them; following tokens does not.
 */
public final class LiveRuns {
    private final RunRegistry registry;
    private final Set<String> baseline;

    private LiveRuns(RunRegistry registry) {
        this.registry = registry;
        this.baseline = tokens(registry);
    }

    /** Remembers the runs alive now; everything registered later is this test's. */
    public static LiveRuns since(RunRegistry registry) {
        return new LiveRuns(registry);
    }

    /** Tokens of the runs registered since {@link #since} that are still alive. */
    public Set<String> added() {
        Set<String> now = tokens(registry);
        now.removeAll(baseline);
        return now;
    }

    /** Waits up to {@code timeoutMs} until no run registered since {@link #since} is alive; true when none is. */
    public boolean awaitNoneAdded(long timeoutMs) throws InterruptedException {
        return await(() -> added().isEmpty(), timeoutMs);
    }

    /** Waits up to {@code timeoutMs} until the run under {@code token} is gone; true when it is. */
    public boolean awaitGone(String token, long timeoutMs) throws InterruptedException {
        return await(() -> !tokens(registry).contains(token), timeoutMs);
    }

    private static boolean await(BooleanSupplier done, long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return done.getAsBoolean();
    }

    private static Set<String> tokens(RunRegistry registry) {
        Set<String> out = new HashSet<>();
        registry.list().forEach(r -> out.add(r.token()));
        return out;
    }
}
