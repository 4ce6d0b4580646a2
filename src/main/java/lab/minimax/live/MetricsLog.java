package lab.minimax.live;

import lab.minimax.gan.Metric;

import java.util.Arrays;

/**
 * The metrics rows of one run ({@link Metric#COLUMNS} floats each, ascending step), bounded:
 * past {@link #MAX_ROWS} the older half is dropped. Thread-safe.
 */
final class MetricsLog {
    static final int MAX_ROWS = 20_000;
    private float[] rows = new float[256 * Metric.COLUMNS];
    private int count;

    synchronized void append(float[] row) {
        if (count > 0 && rows[(count - 1) * Metric.COLUMNS] >= row[0]) {
            // same step again (e.g. after Step D): replace the row, steps stay ascending
            if (rows[(count - 1) * Metric.COLUMNS] == row[0]) {
                count--;
            } else {
                return;
            }
        }
        if (count == MAX_ROWS) {
            System.arraycopy(rows, MAX_ROWS / 2 * Metric.COLUMNS, rows, 0, MAX_ROWS / 2 * Metric.COLUMNS);
            count = MAX_ROWS / 2;
        }
        if ((count + 1) * Metric.COLUMNS > rows.length) {
            rows = Arrays.copyOf(rows, rows.length * 2);
        }
        System.arraycopy(row, 0, rows, count * Metric.COLUMNS, Metric.COLUMNS);
        count++;
    }

    synchronized void clear() {
        count = 0;
    }

    /** Rows with step &gt; {@code afterStep}. */
    synchronized float[] after(long afterStep) {
        int first = count;
        while (first > 0 && rows[(first - 1) * Metric.COLUMNS] > afterStep) {
            first--;
        }
        return Arrays.copyOfRange(rows, first * Metric.COLUMNS, count * Metric.COLUMNS);
    }
}
