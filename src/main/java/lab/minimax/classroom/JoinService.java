package lab.minimax.classroom;

import java.util.Optional;

/**
 * The join page's logic: a code names a class that takes joins, a browser joins it (or renames itself
 * there) under a pseudonym. Wrong codes are limited by {@link JoinLimiter}; a wrong display name is
 * not a wrong code and is not counted.
 */
public final class JoinService {
    /** What a join attempt gave: the class joined, or why not. */
    public record Outcome(boolean joined, String message, SchoolClass joinedClass) {
        static Outcome refused(String message) {
            return new Outcome(false, message, null);
        }
    }

    static final String WRONG_CODE = "No class takes joins with this code: check it with your instructor.";
    private final Classes classes;
    private final JoinLimiter limiter;

    public JoinService(Classes classes, ClassroomProperties limits, java.time.Clock clock) {
        this(classes, new JoinLimiter(limits, clock::millis));
    }

    JoinService(Classes classes, JoinLimiter limiter) {
        this.classes = classes;
        this.limiter = limiter;
    }

    /**
     * The class that takes joins under {@code typedCode}, for the join page to show before the student
     * picks a name; empty (and counted as a wrong code) when there is none. A locked browser gets the lock's message.
     */
    public Outcome lookUp(String typedCode, String browserId) {
        String code = JoinCodes.normalise(typedCode);
        String who = browserKey(browserId);
        JoinLimiter.Lock lock = limiter.lockFor(who, code);
        if (lock != null) {
            return Outcome.refused(message(lock));
        }
        Optional<SchoolClass> c = JoinCodes.wellFormed(code) ? classes.byCode(code) : Optional.empty();
        if (c.isEmpty()) {
            limiter.failed(who, code);
            return Outcome.refused(WRONG_CODE);
        }
        return new Outcome(false, "", c.get());
    }

    /** Joins the class under {@code typedCode} as {@code displayName} (checked by {@link Names}). */
    public Outcome join(String typedCode, String browserId, String displayName) {
        if (browserId == null || browserId.isEmpty()) {
            return Outcome.refused("Joining needs cookies: allow them for this site and open the link again.");
        }
        String name;
        try {
            name = Names.displayName(displayName);
        } catch (IllegalArgumentException e) {
            return Outcome.refused(e.getMessage());
        }
        Outcome found = lookUp(typedCode, browserId);
        if (found.joinedClass() == null) {
            return found;
        }
        classes.upsertMember(found.joinedClass().id(), browserId, name);
        return new Outcome(true, "You joined " + found.joinedClass().name() + " as " + name + ".", found.joinedClass());
    }

    private static String browserKey(String browserId) {
        return browserId == null || browserId.isEmpty() ? "?" : browserId;
    }

    static String message(JoinLimiter.Lock lock) {
        String who = switch (lock.scope()) {
            case BROWSER -> "from this browser";
            case CODE -> "for this code";
            case SERVER -> "on this server";
        };
        return "Too many wrong codes " + who + ": try again in " + lock.minutes() + " minute" + (lock.minutes() == 1 ? "" : "s") + ".";
    }
}
