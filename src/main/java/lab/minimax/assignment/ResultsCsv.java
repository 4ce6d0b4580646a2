package lab.minimax.assignment;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The board as CSV for a gradebook: the same rows in the same order, one column per metric, the
 * pass mark, the step and the submission's id (RFC 4180 quoting; a cell starting with = + - @ is
 * prefixed with ' so a spreadsheet does not run it as a formula).
 */
final class ResultsCsv {
    private ResultsCsv() {
    }

    static String write(Board board) {
        StringBuilder b = new StringBuilder("pseudonym,passed");
        board.metrics().forEach(c -> b.append(',').append(c.metric()));
        b.append(",step,submitted_at,submission\r\n");
        for (Board.Row r : board.rows()) {
            b.append(cell(r.pseudonym())).append(',').append(r.passed());
            for (Board.Column c : board.metrics()) {
                Double v = r.values().get(c.metric());
                b.append(',').append(v == null || v.isNaN() ? "" : String.format(Locale.ROOT, "%.6g", v));
            }
            b.append(',').append(r.step()).append(',').append(DateTimeFormatter.ISO_INSTANT.format(r.submittedAt()))
                    .append(',').append(r.submissionId()).append("\r\n");
        }
        return b.toString();
    }

    static String cell(String s) {
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
