package lab.minimax.experiment.config;

import java.util.ArrayList;
import java.util.List;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.PointSet;

/**
 * Reads one field's value from text (a URL parameter, or the text of a JSON number or string).
 * Only the representation is checked here (a number, an integer that fits, a known id, a list of
 * the right length); ranges are left to {@link ConfigValidator} so that each range message is
 * written in one place.
 */
final class FieldText {
    private FieldText() {
    }

    /** Longest value text of any field except the point list. */
    static final int MAX_VALUE_LENGTH = 200;

    /**
     * The value of {@code f} written in {@code text}, or {@code null} after reporting why not.
     *
     * @param suffix appended to each message (lenient mode: "; using the default …")
     */
    static Object read(ConfigField f, String text, Limits limits, String suffix, ErrorCollector errors) {
        if (text.length() > MAX_VALUE_LENGTH) {
            errors.add(f.path, "must be " + f.allowed(limits) + " (got " + text.length() + " characters)" + suffix);
            return null;
        }
        Object value = switch (f.kind) {
            case INT -> {
                Long n = NumberText.parseLong(text);
                yield n != null && n == n.intValue() ? (Object) n.intValue() : null;
            }
            case LONG -> NumberText.parseLong(text);
            case REAL -> NumberText.parseDouble(text);
            case ENUM -> f.byId(text);
            case WIDTHS -> widths(f, text, limits, suffix, errors);
            case BOOL -> text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null;
        };
        if (value == null && f.kind != ConfigField.Kind.WIDTHS) {
            errors.add(f.path, "must be " + f.allowed(limits) + " (got " + Snippet.quote(text) + ")" + suffix);
        }
        return value;
    }

    /** "64,64" → [64, 64]; "" → []; null after reporting a bad list. */
    private static List<Integer> widths(ConfigField f, String text, Limits limits, String suffix, ErrorCollector errors) {
        if (text.isEmpty()) {
            return List.of();
        }
        String[] parts = text.split(",", -1);
        if (parts.length > f.maxCount(limits)) {
            errors.add(f.path, "must have at most " + f.maxCount(limits) + " " + f.countNoun + " (got " + parts.length + ")" + suffix);
            return null;
        }
        List<Integer> widths = new ArrayList<>(parts.length);
        boolean ok = true;
        for (int i = 0; i < parts.length; i++) {
            Long n = NumberText.parseLong(parts[i]);
            if (n == null || n != n.intValue()) {
                errors.add(f.path + "[" + i + "]", "must be " + f.rule(limits).allowed() + " (got "
                        + Snippet.quote(parts[i]) + ")" + suffix);
                ok = false;
            } else {
                widths.add(n.intValue());
            }
        }
        return ok ? List.copyOf(widths) : null;
    }

    /**
     * "x,y;x,y;…" → the point set, or {@code null} after reporting why not. The number of points
     * is checked against the limit before anything is allocated.
     */
    static PointSet points(String text, Limits limits, String suffix, ErrorCollector errors) {
        int n = text.isEmpty() ? 0 : 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ';') {
                n++;
            }
        }
        if (n > limits.maxPoints()) {
            errors.add("target.points", "must hold " + ConfigValidator.pointsAllowed(limits) + " (got " + n + " points)" + suffix);
            return null;
        }
        double[] xy = new double[2 * n];
        int bad = 0;
        int start = 0;
        for (int i = 0; i < n; i++) {
            int end = text.indexOf(';', start);
            String pair = text.substring(start, end < 0 ? text.length() : end);
            start = end + 1;
            int comma = pair.indexOf(',');
            Double x = comma < 0 ? null : NumberText.parseDouble(pair.substring(0, comma));
            Double y = comma < 0 ? null : NumberText.parseDouble(pair.substring(comma + 1));
            if (x == null || y == null) {
                if (bad < ConfigValidator.MAX_ELEMENT_ERRORS) {
                    errors.add("target.points[" + i + "]", "must be a pair x,y of " + ConfigValidator.coordinateAllowed()
                            + " (got " + Snippet.quote(pair) + ")" + suffix);
                }
                bad++;
            } else {
                xy[2 * i] = x;
                xy[2 * i + 1] = y;
            }
        }
        if (bad > ConfigValidator.MAX_ELEMENT_ERRORS) {
            errors.add("target.points", (bad - ConfigValidator.MAX_ELEMENT_ERRORS) + " more points are not pairs x,y of numbers" + suffix);
        }
        return bad == 0 ? new PointSet(xy) : null;
    }

    /** "x,y;x,y;…" with compact numbers (the URL form of a point set). */
    static String points(PointSet p) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < p.size(); i++) {
            if (i > 0) {
                b.append(';');
            }
            b.append(NumberText.format(p.x(i))).append(',').append(NumberText.format(p.y(i)));
        }
        return b.toString();
    }
}
