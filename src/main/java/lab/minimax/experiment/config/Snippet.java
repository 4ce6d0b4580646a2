package lab.minimax.experiment.config;

/**
 * Echoes of user input inside messages: short, quoted, and with control, format and unassigned
 * characters replaced, so that a message can be printed or shown as text whatever was sent.
 */
public final class Snippet {
    private Snippet() {
    }

    static final int MAX_CODE_POINTS = 32;

    /** {@code "abc"}, or {@code "abcdef…"} when longer than 32 code points; "null" for null. */
    public static String quote(String s) {
        return s == null ? "null" : "\"" + clean(s) + "\"";
    }

    /** The text without quotes, cleaned and truncated like {@link #quote}. */
    static String clean(String s) {
        return clean(s, MAX_CODE_POINTS);
    }

    /** The text cleaned and truncated to {@code max} code points (then "…"). */
    static String clean(String s, int max) {
        StringBuilder b = new StringBuilder();
        int count = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (count == max) {
                b.append('…');
                break;
            }
            b.appendCodePoint(printable(cp) ? cp : '?');
            count++;
        }
        return b.toString();
    }

    private static boolean printable(int cp) {
        int type = Character.getType(cp);
        return !(Character.isISOControl(cp) || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR);
    }
}
