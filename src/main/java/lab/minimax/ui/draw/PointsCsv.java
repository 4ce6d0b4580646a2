package lab.minimax.ui.draw;

import lab.minimax.experiment.Limits;
import lab.minimax.experiment.PointSet;
import lab.minimax.experiment.TargetCatalog;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A CSV file of 2D points for the {@code points} target: one point per line, two columns
 * {@code x,y} (comma, semicolon or tab between them), an optional header line of non-numbers,
 * blank lines ignored. At most {@link #MAX_BYTES} bytes and {@code limits.maxPoints()} points,
 * coordinates in [−{@value TargetCatalog#POINT_RANGE}, {@value TargetCatalog#POINT_RANGE}].
 * A bad file is rejected with a {@link CsvException} naming the line and the problem.
 */
final class PointsCsv {
    /** Largest accepted file. */
    static final int MAX_BYTES = 256 * 1024;

    private PointsCsv() {
    }

    /** A rejected file; the message names the line (1-based) and what is wrong with it. */
    static final class CsvException extends Exception {
        CsvException(String message) {
            super(message);
        }
    }

    static PointSet parse(byte[] bytes, Limits limits) throws CsvException {
        if (bytes.length > MAX_BYTES) {
            throw new CsvException("the file has " + bytes.length + " bytes; at most " + MAX_BYTES
                    + " (256 KB) are accepted");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CsvException("the file is not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        double[] xy = new double[64];
        int n = 0;
        boolean seenData = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int lineNo = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            String[] cols = line.split("\\s*[,;\\t]\\s*", -1);
            if (!seenData && isHeader(cols)) {
                seenData = true;
                continue;
            }
            seenData = true;
            if (cols.length != 2) {
                throw new CsvException("line " + lineNo + ": expected 2 columns x,y, got " + cols.length
                        + " (\"" + shortened(line) + "\")");
            }
            if (n == limits.maxPoints()) {
                throw new CsvException("line " + lineNo + ": too many points; at most " + limits.maxPoints()
                        + " are accepted");
            }
            if (2 * n + 2 > xy.length) {
                xy = Arrays.copyOf(xy, xy.length * 2);
            }
            xy[2 * n] = coordinate(cols[0], "x", lineNo);
            xy[2 * n + 1] = coordinate(cols[1], "y", lineNo);
            n++;
        }
        if (n < 2) {
            throw new CsvException("the file holds " + n + " point" + (n == 1 ? "" : "s")
                    + "; at least 2 are needed (one x,y pair per line)");
        }
        return new PointSet(Arrays.copyOf(xy, 2 * n));
    }

    /** A first line whose columns are not all numbers (e.g. "x,y"). */
    private static boolean isHeader(String[] cols) {
        for (String c : cols) {
            if (!c.isEmpty() && !isNumber(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return !s.endsWith("d") && !s.endsWith("D") && !s.endsWith("f") && !s.endsWith("F");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double coordinate(String s, String axis, int lineNo) throws CsvException {
        if (!isNumber(s)) {
            throw new CsvException("line " + lineNo + ": " + axis + " is not a number (\"" + shortened(s) + "\")");
        }
        double v = Double.parseDouble(s);
        double r = TargetCatalog.POINT_RANGE;
        if (!(Math.abs(v) <= r)) {
            throw new CsvException("line " + lineNo + ": " + axis + " must be a number in [" + (-r) + ", " + r
                    + "] (got " + shortened(s) + ")");
        }
        return v;
    }

    private static String shortened(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
