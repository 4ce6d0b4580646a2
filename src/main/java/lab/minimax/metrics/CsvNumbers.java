package lab.minimax.metrics;

import java.util.Locale;

/**
 * Number cells of the metrics CSV files (the CLI's metrics.csv and the lab page's download):
 * six significant digits, locale-free, an empty cell for a value that is NaN or infinite
 * (not computed at that step, or diverged).
 */
public final class CsvNumbers {
    private CsvNumbers() {
    }

    /** {@code v} with 6 significant digits ("0.00123400", "1.00000e+06"), or "" when not finite. */
    public static String cell(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
    }

    /** Appends {@code ,cell(v)} for each value. */
    public static StringBuilder appendCells(StringBuilder row, double... values) {
        for (double v : values) {
            row.append(',').append(cell(v));
        }
        return row;
    }
}
