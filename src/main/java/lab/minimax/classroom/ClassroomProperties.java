package lab.minimax.classroom;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code minimax.classroom.*} (README "Classes"): the join page's limits against guessing codes,
 * the status rows' cadence and the retention of archived classes. Limits are kept in memory per
 * instance; wrong codes only ever count, never successful joins.
 *
 * @param maxFailuresPerBrowser wrong codes one browser (the mm-browser cookie) may try per window
 * @param maxFailuresPerCode    wrong attempts counted under one normalised code per window
 * @param maxFailuresGlobal     wrong codes the whole instance accepts per window (dropping the cookie does not help)
 * @param failureWindow         how long a failure counts (and a lock lasts at most)
 * @param archiveTtl            archived classes are purged this long after archiving
 * @param sweep                 how often the archive TTL is applied
 * @param publishInterval       how often each instance writes its class runs' status rows
 */
@ConfigurationProperties("minimax.classroom")
public record ClassroomProperties(@DefaultValue("10") int maxFailuresPerBrowser,
                                  @DefaultValue("20") int maxFailuresPerCode,
                                  @DefaultValue("500") int maxFailuresGlobal,
                                  @DefaultValue("15m") Duration failureWindow,
                                  @DefaultValue("180d") Duration archiveTtl,
                                  @DefaultValue("1h") Duration sweep,
                                  @DefaultValue("500ms") Duration publishInterval) {
    /** The defaults (tests, code outside Spring). */
    public static final ClassroomProperties DEFAULTS = new ClassroomProperties(10, 20, 500, Duration.ofMinutes(15),
            Duration.ofDays(180), Duration.ofHours(1), Duration.ofSeconds(1));

    public ClassroomProperties {
        require(maxFailuresPerBrowser >= 1 && maxFailuresPerBrowser <= 10_000, "max-failures-per-browser", "1 to 10000",
                maxFailuresPerBrowser);
        require(maxFailuresPerCode >= 1 && maxFailuresPerCode <= 10_000, "max-failures-per-code", "1 to 10000",
                maxFailuresPerCode);
        require(maxFailuresGlobal >= 1 && maxFailuresGlobal <= 10_000_000, "max-failures-global", "1 to 10000000",
                maxFailuresGlobal);
        require(failureWindow.compareTo(Duration.ofSeconds(1)) >= 0, "failure-window", "at least 1s", failureWindow);
        require(archiveTtl.compareTo(Duration.ofMinutes(1)) >= 0, "archive-ttl", "at least 1m", archiveTtl);
        require(sweep.compareTo(Duration.ofSeconds(1)) >= 0, "sweep", "at least 1s", sweep);
        require(publishInterval.compareTo(Duration.ofMillis(100)) >= 0
                && publishInterval.compareTo(Duration.ofSeconds(2)) <= 0, "publish-interval", "100ms to 2s", publishInterval);
    }

    private static void require(boolean ok, String field, String allowed, Object value) {
        if (!ok) {
            throw new IllegalArgumentException("minimax.classroom." + field + " must be " + allowed + " (got " + value + ")");
        }
    }
}
