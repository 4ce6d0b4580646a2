package lab.minimax.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an instructor's username and password may be. A username is 3–64 characters of
 * {@code a-z 0-9 . _ -} (given in any case, stored lower-case). A password has at least 10
 * characters and at most 72 bytes in UTF-8 (72 ASCII characters): bcrypt reads no more, and Spring
 * Security refuses longer passwords rather than cut them.
 */
public final class AccountRules {
    public static final int MIN_USERNAME = 3;
    public static final int MAX_USERNAME = 64;
    public static final int MIN_PASSWORD = 10;
    /** bcrypt's input limit. */
    public static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]+");

    private AccountRules() {
    }

    /** The username lower-cased and trimmed, or an {@link AccountException} naming {@code username}. */
    public static String username(String raw) {
        String u = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if (u.length() < MIN_USERNAME || u.length() > MAX_USERNAME) {
            throw new AccountException("username", MIN_USERNAME + " to " + MAX_USERNAME + " characters; got "
                    + u.length());
        }
        if (!USERNAME.matcher(u).matches()) {
            throw new AccountException("username", "only the letters a-z, digits 0-9 and . _ - are allowed");
        }
        return u;
    }

    /** True when {@link #username} would accept the name. */
    static boolean isUsername(String raw) {
        try {
            username(raw);
            return true;
        } catch (AccountException e) {
            return false;
        }
    }

    /** Checks a new password; an {@link AccountException} naming {@code password} when it does not fit. */
    public static void password(String raw) {
        int chars = raw == null ? 0 : raw.codePointCount(0, raw.length());
        if (chars < MIN_PASSWORD) {
            throw new AccountException("password", "at least " + MIN_PASSWORD + " characters; got " + chars);
        }
        int bytes = raw.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_PASSWORD_BYTES) {
            throw new AccountException("password", "at most " + MAX_PASSWORD_BYTES
                    + " bytes in UTF-8, i.e. 72 ASCII characters (bcrypt's limit); got " + bytes);
        }
    }
}
