package lab.minimax.classroom;

/** The rules for a class's name and a student's display name (pseudonym): trimmed, bounded, no control characters. */
public final class Names {
    /** Longest class name. */
    public static final int MAX_CLASS_NAME = 100;
    /** Longest display name. */
    public static final int MAX_DISPLAY_NAME = 40;

    private Names() {
    }

    /** The trimmed class name; IllegalArgumentException naming the field and the rule otherwise. */
    public static String className(String name) {
        return check("class name", name, MAX_CLASS_NAME);
    }

    /** The trimmed display name; IllegalArgumentException naming the field and the rule otherwise. */
    public static String displayName(String name) {
        return check("display name", name, MAX_DISPLAY_NAME);
    }

    private static String check(String field, String raw, int max) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty() || s.length() > max) {
            throw new IllegalArgumentException("The " + field + " must be 1 to " + max + " characters (got "
                    + s.length() + ").");
        }
        for (int i = 0; i < s.length(); i++) {
            int type = Character.getType(s.charAt(i));
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED
                    || Character.isSurrogate(s.charAt(i)) && !validSurrogate(s, i)) {
                throw new IllegalArgumentException("The " + field + " must not contain control or formatting characters"
                        + " (position " + (i + 1) + ").");
            }
        }
        return s;
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
