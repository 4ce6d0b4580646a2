package lab.minimax.classroom;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/** Class ids (128 random bits) and join codes (6 characters that cannot be misread: no 0/O, 1/I/L). */
public final class JoinCodes {
    /** The join codes' alphabet: digits 2–9 and the capitals but I, L and O. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    /** Characters per code. */
    public static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    /** A fresh join code. */
    static String fresh() {
        char[] c = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            c[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(c);
    }

    /** A fresh class id: URL-safe base64 of 128 random bits, 22 characters. */
    static String freshClassId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /**
     * What a typed code is counted under: upper case, only letters and digits, at most 12 characters
     * ("k7q2-xm " and "K7Q2XM" are the same attempt).
     */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        String up = typed.toUpperCase(Locale.ROOT);
        for (int i = 0; i < up.length() && b.length() < 12; i++) {
            char ch = up.charAt(i);
            if (ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9') {
                b.append(ch);
            }
        }
        return b.toString();
    }

    /** Whether a normalised code could be one of ours (else it is wrong without asking the database). */
    static boolean wellFormed(String normalised) {
        if (normalised.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(normalised.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code id} looks like a class id (22 URL-safe base64 characters). */
    public static boolean validClassId(String id) {
        return id != null && id.matches("[A-Za-z0-9_-]{22}");
    }
}
