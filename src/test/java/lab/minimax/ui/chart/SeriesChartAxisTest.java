package lab.minimax.ui.chart;

import elemental.json.JsonObject;
import lab.minimax.gan.Metric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The y axis a chart over steps picks from its values, and the ∞ reasons it sends to the browser. */
class SeriesChartAxisTest {

    private static JsonObject config(SeriesChart c) {
        return (JsonObject) c.getElement().getPropertyRaw("config");
    }

    @Test
    void aNegativeBoundOnTheLogDivergencesChartTurnsItsAxisSymlog() {
        SeriesChart c = MetricChart.DIVERGENCES.newChart();
        assertEquals(AxisChoice.Axis.LOG, c.axis());
        c.append(1, 0.3, 0.2, 0.25, 0.1, 0.4);
        assertEquals(AxisChoice.Axis.LOG, c.axis());
        c.append(2, 0.3, 0.2, 0.25, -0.6, 0.4); // the f-GAN bound of gan/hinge can be negative
        assertEquals(AxisChoice.Axis.SYMLOG, c.axis());
        assertEquals("symlog", config(c).getString("axis"));
        assertTrue(config(c).getNumber("asinh") > 0);
        c.clear();
        assertEquals(AxisChoice.Axis.LOG, c.axis());
    }

    @Test
    void aSpikeManyDecadesAboveTheLossesTurnsTheLinearAxisSymlog() {
        SeriesChart c = MetricChart.LOSSES.newChart();
        for (int s = 0; s < 50; s++) {
            c.append(s, 1.3 - s * 0.01, 0.7 + s * 0.01);
        }
        assertEquals(AxisChoice.Axis.LINEAR, c.axis(), "losses around 1 stay linear");
        c.append(50, 1.0, 2.5e10); // neyman's G loss
        assertEquals(AxisChoice.Axis.SYMLOG, c.axis());
    }

    @Test
    void lossesThatCrossZeroWithoutASpikeStayLinear() {
        SeriesChart c = MetricChart.LOSSES.newChart();
        for (int s = 0; s < 20; s++) {
            c.append(s, -2 + s * 0.2, 1 - s * 0.1);
        }
        assertEquals(AxisChoice.Axis.LINEAR, c.axis());
    }

    @Test
    void infinityAndNaNDoNotChooseTheAxis() {
        SeriesChart c = MetricChart.DIVERGENCES.newChart();
        c.append(1, 0.3, Double.POSITIVE_INFINITY, 0.25, Double.NaN, 0.4);
        assertEquals(AxisChoice.Axis.LOG, c.axis());
    }

    @Test
    void aFixedRangeStaysLinear() {
        SeriesChart c = MetricChart.MODES.newChart();
        c.append(1, 0, 0);
        assertEquals(AxisChoice.Axis.LINEAR, c.axis());
    }

    @Test
    void klAndReverseKlCarryTheirInfinityReasonsToTheBrowserAndTheOthersNone() {
        SeriesChart c = MetricChart.DIVERGENCES.newChart();
        int kl = MetricChart.DIVERGENCES.metrics().indexOf(Metric.KL);
        int rkl = MetricChart.DIVERGENCES.metrics().indexOf(Metric.REVERSE_KL);
        var series = config(c).getArray("series");
        assertTrue(series.getObject(kl).getString("infinityReason").contains("a mode of p has no generated sample"),
                series.getObject(kl).getString("infinityReason"));
        assertTrue(series.getObject(rkl).getString("infinityReason").contains("mass where p = 0"),
                series.getObject(rkl).getString("infinityReason"));
        for (int i = 0; i < series.length(); i++) {
            if (i != kl && i != rkl) {
                assertFalse(series.getObject(i).hasKey("infinityReason"), "series " + i);
            }
        }
    }

    @Test
    void anInfinityReasonForAMissingSeriesNamesTheRange() {
        SeriesChart c = new SeriesChart("t", "y", false, List.of("a", "b"));
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> c.setInfinityReason(2, "x"));
        assertTrue(e.getMessage().contains("0..1"), e.getMessage());
    }
}
