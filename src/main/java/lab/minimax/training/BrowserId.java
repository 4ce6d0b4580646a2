package lab.minimax.training;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A browser's long-lived identity: 128 random bits in a first-party cookie that outlives HTTP
 * sessions (a closed laptop, an expired session), so per-browser caps hold for a class behind one
 * NAT address where per-address caps cannot tell students apart. The server's filter sets the
 * cookie and copies its value into the HTTP session; a browser that refuses cookies is known by its
 * session id instead.
 */
public final class BrowserId {
    /** The cookie's name. */
    public static final String COOKIE = "mm-browser";
    /** The HTTP-session attribute holding the browser id of the session's requests. */
    public static final String SESSION_ATTRIBUTE = "lab.minimax.browserId";
    /** The cookie lives a year; every visit renews it. */
    public static final int MAX_AGE_SECONDS = 365 * 24 * 3600;

    private static final Pattern VALID = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private BrowserId() {
    }

    /** Whether {@code value} is an id this server could have made (anything else is replaced). */
    public static boolean valid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    /** A fresh id: 32 lower-case hex digits. */
    public static String fresh() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
