package lab.minimax.durable;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A durable run's id, the {@code _run} of a lab link: 256 random bits as URL-safe base64 without
 * padding (43 characters), unguessable, so a link names a run without letting anyone guess another.
 */
public final class RunId {
    /** Its length in characters (the {@code runs.id} column). */
    public static final int LENGTH = 43;
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RunId() {
    }

    /** A fresh id. */
    public static String fresh() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Whether {@code value} has the form of an id this server makes. */
    public static boolean valid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    /** What a malformed {@code _run} is told. */
    public static String describeInvalid() {
        return "_run: not a run id (" + LENGTH + " characters of A–Z, a–z, 0–9, - and _); a fresh run of the link's config";
    }
}
