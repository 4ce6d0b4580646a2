package lab.minimax.assignment;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Unguessable ids of assignments and submissions: 128 random bits, URL-safe base64 (22 characters). */
final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{22}");

    private Ids() {
    }

    static String fresh() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Whether {@code id} could be one (anything else is not looked up). */
    static boolean valid(String id) {
        return id != null && VALID.matcher(id).matches();
    }
}
