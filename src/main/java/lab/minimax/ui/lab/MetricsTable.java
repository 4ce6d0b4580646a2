package lab.minimax.ui.lab;

import lab.minimax.gan.Metric;
import lab.minimax.live.LiveRun;

/**
 * The metrics CSV the lab page downloads: the columns of the CLI's metrics.csv
 * ({@link Metric#csvHeader()}), then one line per metrics row of the run
 * ({@link LiveRun#metricsAfter}), empty where a value was not computed (heavy metrics between
 * heavy passes).
 */
public final class MetricsTable {
    private MetricsTable() {
    }

    public static String header() {
        return Metric.csvHeader();
    }

    /** {@code rows}: {@link Metric#COLUMNS} floats per row, the step first. */
    static String csv(float[] rows) {
        StringBuilder b = new StringBuilder(header()).append('\n');
        double[] values = new double[Metric.COLUMNS - 1];
        for (int r = 0; r + Metric.COLUMNS <= rows.length; r += Metric.COLUMNS) {
            for (int c = 1; c < Metric.COLUMNS; c++) {
                values[c - 1] = rows[r + c];
            }
            b.append(Metric.csvLine((long) rows[r], values)).append('\n');
        }
        return b.toString();
    }
}
