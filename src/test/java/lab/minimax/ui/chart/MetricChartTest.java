package lab.minimax.ui.chart;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import lab.minimax.distribution.Target;
import lab.minimax.distribution.Targets;
import lab.minimax.experiment.TargetSpec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import lab.minimax.gan.Metric;

class MetricChartTest {

    /** A full metrics row whose value in column c is step * 100 + c. */
    private static float[] row(int step) {
        float[] r = new float[Metric.COLUMNS];
        r[0] = step;
        for (int c = 1; c < Metric.COLUMNS; c++) {
            r[c] = step * 100 + c;
        }
        return r;
    }

    @Test
    void picksTheStepAndTheChartsOwnColumnsInOrder() {
        float[] rows = new float[2 * Metric.COLUMNS];
        System.arraycopy(row(1), 0, rows, 0, Metric.COLUMNS);
        System.arraycopy(row(2), 0, rows, Metric.COLUMNS, Metric.COLUMNS);
        float[] got = MetricChart.GRADIENTS.select(rows);
        int gd = Metric.GRAD_D.column();
        int gg = Metric.GRAD_G.column();
        assertArrayEquals(new float[]{1, 100 + gd, 100 + gg, 2, 200 + gd, 200 + gg}, got);
    }

    @Test
    void rowsWithoutAnyValueOfTheChartAreLeftOut() {
        float[] a = row(1);
        float[] b = row(2);
        Arrays.fill(b, 1, Metric.COLUMNS, Float.NaN); // heavy metrics not computed at step 2
        float[] rows = new float[2 * Metric.COLUMNS];
        System.arraycopy(a, 0, rows, 0, Metric.COLUMNS);
        System.arraycopy(b, 0, rows, Metric.COLUMNS, Metric.COLUMNS);
        float[] got = MetricChart.DISTANCES.select(rows);
        assertArrayEquals(new float[]{1, 100 + Metric.WASSERSTEIN.column(), 100 + Metric.MMD2.column()}, got);
    }

    @Test
    void fractionsAreDrawnOnAFixedZeroToOneAxisAndTheOthersFollowTheirValues() {
        assertArrayEquals(new double[] {0, 1}, MetricChart.MODES.newChart().getFixedRange(), 1e-15);
        assertNull(MetricChart.LOSSES.newChart().getFixedRange());
        assertNull(MetricChart.GRADIENTS.newChart().getFixedRange());
    }

    /** The Modes chart is left out where mode coverage is undefined (it would stay empty); every other chart stays. */
    @Test
    void theModesChartIsOnlyForTargetsWithModes() {
        for (String name : List.of("ring8", "grid25", "mixture", "gaussian")) {
            Target t = Targets.create(TargetSpec.of(name));
            for (MetricChart c : MetricChart.lab()) {
                // the image charts are for image targets only
                assertEquals(!c.imageOnly(), c.drawsFor(t), name + ": " + c);
            }
        }
        for (String name : List.of("spiral", "moons", "swissroll", "uniform")) {
            Target t = Targets.create(TargetSpec.of(name));
            for (MetricChart c : MetricChart.lab()) {
                assertEquals(c != MetricChart.MODES && !c.imageOnly(), c.drawsFor(t), name + ": " + c);
            }
        }
    }
}
