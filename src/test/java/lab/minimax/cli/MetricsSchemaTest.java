package lab.minimax.cli;

import lab.minimax.gan.Metric;
import lab.minimax.ui.chart.MetricChart;
import lab.minimax.ui.lab.MetricsTable;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI's metrics.csv, the page's Metrics CSV and the charts take their columns from the one {@link Metric}. */
class MetricsSchemaTest {
    /** metrics.csv's columns before the schema was one (scripts may read them by position). */
    private static final List<String> CLI_COLUMNS = List.of("step", "lossD", "lossG", "bound", "penalty",
            "gradNormD", "gradNormG", "modesCovered", "highQualityFraction", "modeReverseKl", "w1", "slicedW", "mmd2",
            "js", "kl", "reverseKl", "fBound", "fPlugin", "samples");
    /** The page's columns that the CLI did not have. */
    private static final List<String> PAGE_COLUMNS = List.of("w1OrSlicedW", "modesCoveredFraction", "gameValue",
            "gameReference", "criticOverLipschitz", "lipschitz", "entropyKnn");

    @Test
    void bothCsvHeadersAreStepThenEveryMetricInDeclarationOrder() {
        List<String> cli = List.of(MetricsCsv.HEADER.split(",", -1));
        List<String> page = List.of(MetricsTable.header().split(",", -1));
        assertEquals(cli, page, "metrics.csv and the page's Metrics CSV have the same columns");
        assertEquals(Metric.COLUMNS, cli.size());
        assertEquals("step", cli.get(0));
        for (Metric m : Metric.values()) {
            assertEquals(m.csvName(), cli.get(m.column()), m.toString());
        }
    }

    @Test
    void theCliKeepsItsColumnsFirstAndInOrderAndGainsThePages() {
        List<String> cli = List.of(MetricsCsv.HEADER.split(",", -1));
        assertEquals(CLI_COLUMNS, cli.subList(0, CLI_COLUMNS.size()));
        assertTrue(cli.containsAll(PAGE_COLUMNS), cli.toString());
    }

    @Test
    void everyChartPlotsMetricsOfTheSchemaPickedByTheirColumn() {
        // a row whose value in column c is 1000 + c: a chart's points name the columns it took
        float[] row = new float[Metric.COLUMNS];
        row[0] = 7;
        for (int c = 1; c < Metric.COLUMNS; c++) {
            row[c] = 1000 + c;
        }
        for (MetricChart chart : MetricChart.values()) {
            List<Metric> ms = chart.metrics();
            assertFalse(ms.isEmpty(), chart + " plots something");
            float[] want = new float[ms.size() + 1];
            want[0] = 7;
            for (int i = 0; i < ms.size(); i++) {
                want[i + 1] = 1000 + Arrays.asList(Metric.values()).indexOf(ms.get(i)) + 1;
            }
            assertArrayEquals(want, chart.select(row), chart.toString());
        }
    }
}
