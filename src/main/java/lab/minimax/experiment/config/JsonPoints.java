package lab.minimax.experiment.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.Arrays;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.PointSet;

/**
 * Reads a drawn or uploaded point list {@code "points": [[x, y], …]} from the streaming parser:
 * counted while reading (never more than {@code maxPoints} pairs are stored), each pair two
 * finite numbers, the first few bad elements named by index.
 */
final class JsonPoints {
    private JsonPoints() {
    }

    /**
     * [[x, y], …] with at most maxPoints pairs, or null after reporting; the parser stands on the
     * list's START_ARRAY and is left on its END_ARRAY.
     */
    static PointSet read(JsonParser p, Limits limits, ErrorCollector errors) throws IOException {
        double[] xy = new double[16];
        int n = 0;
        int bad = 0;
        int i = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken(), i++) {
            if (i == limits.maxPoints()) {
                int total = i + JsonConfigReader.skipRest(p);
                errors.add("target.points", "must hold " + ConfigValidator.pointsAllowed(limits) + " (got " + total + " points)");
                return null;
            }
            double[] pair = t == JsonToken.START_ARRAY ? readPair(p) : null;
            if (pair == null) {
                if (bad < ConfigValidator.MAX_ELEMENT_ERRORS) {
                    errors.add("target.points[" + i + "]", "must be a pair [x, y] of " + ConfigValidator.coordinateAllowed());
                }
                bad++;
                if (t != JsonToken.START_ARRAY) {
                    p.skipChildren();
                }
                continue;
            }
            if (2 * n + 2 > xy.length) {
                xy = Arrays.copyOf(xy, Math.min(2 * xy.length, 2 * limits.maxPoints()));
            }
            xy[2 * n] = pair[0];
            xy[2 * n + 1] = pair[1];
            n++;
        }
        if (bad > ConfigValidator.MAX_ELEMENT_ERRORS) {
            errors.add("target.points", (bad - ConfigValidator.MAX_ELEMENT_ERRORS) + " more points are not pairs [x, y] of numbers");
        }
        return bad == 0 ? new PointSet(Arrays.copyOf(xy, 2 * n)) : null;
    }

    /** Reads the rest of an array that should hold exactly two finite numbers. */
    private static double[] readPair(JsonParser p) throws IOException {
        double[] pair = new double[2];
        int k = 0;
        boolean ok = true;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken(), k++) {
            Double d = t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
                    ? NumberText.parseDouble(p.getText()) : null;
            if (d == null || k >= 2) {
                ok = false;
                p.skipChildren();
            } else {
                pair[k] = d;
            }
        }
        return ok && k == 2 ? pair : null;
    }
}
