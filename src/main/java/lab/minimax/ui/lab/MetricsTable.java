package lab.minimax.ui.lab;

import lab.minimax.metrics.CsvNumbers;
import lab.minimax.live.LiveRun;
import lab.minimax.live.Metric;

/**
 * The metrics CSV the lab page downloads: a header {@code step,lossD,lossG,…} (one column per
 * {@link Metric}, see {@link Metric#csvName()}), then one line per metrics row of the run
 * ({@link LiveRun#metricsAfter}); cells formatted as the CLI's metrics.csv
 * ({@link CsvNumbers}), empty where a value was not computed.
 */
public final class MetricsTable {
    private MetricsTable() {
    }

    public static String header() {
        StringBuilder b = new StringBuilder("step");
        for (Metric m : Metric.values()) {
            b.append(',').append(m.csvName());
        }
        return b.toString();
    }

    /** {@code rows}: {@link Metric#COLUMNS} floats per row, the step first. */
    static String csv(float[] rows) {
        StringBuilder b = new StringBuilder(header()).append('\n');
        for (int r = 0; r + Metric.COLUMNS <= rows.length; r += Metric.COLUMNS) {
            b.append((long) rows[r]);
            for (int c = 1; c < Metric.COLUMNS; c++) {
                b.append(',').append(CsvNumbers.cell(rows[r + c]));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
