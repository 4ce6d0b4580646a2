package lab.minimax.experiment.config;

import java.util.regex.Pattern;

/**
 * Numbers as text in JSON and URLs: the shortest form that reads back to the same double, bit
 * for bit, and a strict decimal grammar for reading (no NaN, Infinity, hex, "1d" or blanks, which
 * {@link Double#parseDouble} would otherwise accept).
 */
final class NumberText {
    private NumberText() {
    }

    /** Longest accepted number text; JSON numbers are capped to the same length by the parser. */
    static final int MAX_LENGTH = 100;

    private static final Pattern DECIMAL = Pattern.compile("-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,19}");
    /** 2^63 as a double: integral doubles strictly below it (in magnitude) fit in a long. */
    private static final double TWO_63 = 0x1p63;

    /**
     * Compact text that {@link Double#parseDouble} turns back into exactly {@code d}: "2", "0.001",
     * "-0", "1e-4", "1.5e10". Double.toString already round-trips; this only drops a trailing
     * ".0", trailing zeros of the fraction and writes the exponent as "e". Non-finite values give
     * "NaN", "Infinity", "-Infinity", which {@link #parseDouble} refuses.
     */
    static String format(double d) {
        if (!Double.isFinite(d)) {
            return Double.toString(d);
        }
        String s = Double.toString(d);
        int e = s.indexOf('E');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String exponent = e < 0 ? "" : "e" + s.substring(e + 1);
        if (mantissa.indexOf('.') >= 0) {
            int end = mantissa.length();
            while (mantissa.charAt(end - 1) == '0') {
                end--;
            }
            if (mantissa.charAt(end - 1) == '.') {
                end--;
            }
            mantissa = mantissa.substring(0, end);
        }
        return mantissa + exponent;
    }

    /** The finite double written in {@code text} (decimal grammar only), or {@code null}. */
    static Double parseDouble(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH || !DECIMAL.matcher(text).matches()) {
            return null;
        }
        double d = Double.parseDouble(text);
        return Double.isFinite(d) ? d : null;
    }

    /**
     * The integer written in {@code text}, or {@code null} when it is not an integer or does not
     * fit in a long. Integral decimals such as "256.0" or "1e3" are accepted (JSON writers differ).
     */
    static Long parseLong(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return null;
        }
        if (INTEGER.matcher(text).matches()) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException overflow) {
                return null;
            }
        }
        Double d = parseDouble(text);
        if (d == null || d != Math.rint(d) || Math.abs(d) >= TWO_63) {
            return null;
        }
        return (long) d.doubleValue();
    }
}
