package lab.minimax.experiment;

import java.util.StringJoiner;

/**
 * A non-empty set of the digits 0–9 (the config's {@code target.digits}, e.g. {@code 0,1,7}),
 * immutable. Its text form lists the digits ascending, comma-separated.
 */
public final class DigitSubset {
    /** The config field this set is read from, named in every error message. */
    public static final String FIELD = "target.digits";
    private static final int ALL_MASK = (1 << TargetCatalog.CLASSES) - 1;
    private static final DigitSubset ALL = new DigitSubset(ALL_MASK);

    private final int mask;

    private DigitSubset(int mask) {
        this.mask = mask;
    }

    /** All ten digits. */
    public static DigitSubset all() {
        return ALL;
    }

    /** The set of the given digits; each must be in 0–9, listed once, and at least one given. */
    public static DigitSubset of(int... digits) {
        if (digits.length == 0) {
            throw new IllegalArgumentException(FIELD + ": give at least one digit from 0–9");
        }
        int mask = 0;
        for (int d : digits) {
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException(FIELD + ": " + d + " is not a digit, allowed 0–9");
            }
            if ((mask & (1 << d)) != 0) {
                throw new IllegalArgumentException(FIELD + ": " + d + " is listed twice");
            }
            mask |= 1 << d;
        }
        return mask == ALL_MASK ? ALL : new DigitSubset(mask);
    }

    /**
     * Reads a comma-separated list such as {@code "0,1,7"} (spaces around the digits allowed). A bad
     * list throws {@link IllegalArgumentException} whose message names {@link #FIELD}, the bad entry
     * and the allowed range.
     */
    public static DigitSubset parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(FIELD + ": give at least one digit from 0–9, e.g. 0,1,7");
        }
        String[] parts = text.split(",", -1);
        int[] digits = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            String p = parts[k].strip();
            if (p.length() != 1 || p.charAt(0) < '0' || p.charAt(0) > '9') {
                throw new IllegalArgumentException(FIELD + ": '" + shorten(p) + "' is not a digit, allowed 0–9"
                        + " separated by commas, e.g. 0,1,7");
            }
            digits[k] = p.charAt(0) - '0';
        }
        return of(digits);
    }

    private static String shorten(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }

    /** Whether digit d (any int) is in the set. */
    public boolean contains(int d) {
        return d >= 0 && d <= 9 && (mask & (1 << d)) != 0;
    }

    /** Number of digits in the set, 1–10. */
    public int size() {
        return Integer.bitCount(mask);
    }

    /** Whether the set holds all ten digits. */
    public boolean isAll() {
        return mask == ALL_MASK;
    }

    /** The digits, ascending. */
    public int[] digits() {
        int[] out = new int[size()];
        int k = 0;
        for (int d = 0; d < TargetCatalog.CLASSES; d++) {
            if (contains(d)) {
                out[k++] = d;
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DigitSubset s && s.mask == mask;
    }

    @Override
    public int hashCode() {
        return mask;
    }

    /** The digits ascending, comma-separated: {@code parse(toString())} gives an equal set. */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(",");
        for (int d : digits()) {
            j.add(Integer.toString(d));
        }
        return j.toString();
    }
}
