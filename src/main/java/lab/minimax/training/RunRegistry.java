package lab.minimax.training;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's live training runs (one per open lab tab), each under an unguessable token. A run
 * registers when it is created and leaves when it is released, whichever comes first of the UI's
 * detach, a page-hide beacon carrying its token, or a missed heartbeat. Thread-safe; the count is
 * what tests and operators read.
 */
public final class RunRegistry {
    private final Map<String, ManagedRun> runs = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    /** Registers {@code run} and returns its token (128 random bits, hex). */
    public String register(ManagedRun run) {
        byte[] b = new byte[16];
        random.nextBytes(b);
        String token = HexFormat.of().formatHex(b);
        runs.put(token, run);
        return token;
    }

    /** Forgets the run under {@code token} (no-op when unknown). */
    public void unregister(String token) {
        if (token != null) {
            runs.remove(token);
        }
    }

    /** Releases (closes) the run under {@code token}; false when there is none. */
    public boolean release(String token) {
        ManagedRun run = token == null ? null : runs.remove(token);
        if (run == null) {
            return false;
        }
        try {
            run.close();
        } catch (RuntimeException e) {
            // a failing close still leaves the registry
        }
        return true;
    }

    /** Stops the run under {@code token} with {@code reason} (admin, idle timeout); false when there is none. */
    public boolean stop(String token, String reason) {
        ManagedRun run = token == null ? null : runs.remove(token);
        if (run == null) {
            return false;
        }
        try {
            run.stop(reason);
        } catch (RuntimeException e) {
            // a failing stop still leaves the registry
        }
        return true;
    }

    /** Stops every run with {@code reason}; returns how many were stopped. */
    public int stopAll(String reason) {
        int n = 0;
        for (String token : List.copyOf(runs.keySet())) {
            if (stop(token, reason)) {
                n++;
            }
        }
        return n;
    }

    /** A reading of every live run, in no particular order. */
    public List<RunInfo> list() {
        List<RunInfo> out = new ArrayList<>();
        runs.forEach((token, run) -> out.add(run.info(token)));
        return out;
    }

    /** The run under {@code token}, or null when there is none (the classroom's status publisher reads its frames). */
    public ManagedRun find(String token) {
        return token == null ? null : runs.get(token);
    }

    /** Number of runs alive now. */
    public int active() {
        return runs.size();
    }
}
