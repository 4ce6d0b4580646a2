package lab.minimax.ui.lesson;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import lab.minimax.live.EngineLiveRun;
import lab.minimax.live.EngineLiveRunFactory;
import lab.minimax.live.FrameBuilder;
import lab.minimax.gan.Metric;
import lab.minimax.ui.chart.CurvesChart;
import lab.minimax.ui.chart.MetricChart;
import lab.minimax.ui.run.KaribuRunPanelTest;
import lab.minimax.ui.run.RunPanel;

/** The lesson-specific series of lessons 1, 5 and 7 on their pages, after a few steps (Karibu). */
class LessonSeriesTest extends KaribuRunPanelTest {

    private static LessonView open(String id) {
        UI.getCurrent().navigate("lesson/" + id);
        return _get(LessonView.class);
    }

    /** Three steps, then a heavy metrics pass; the rows of {@code chart} (step, then its series). */
    private static float[] stepAndMeasure(LessonView v, MetricChart chart) {
        for (int i = 0; i < 3; i++) {
            _click(_get(v.transport(), Button.class, s -> s.withText("Step")));
        }
        EngineLiveRun run = (EngineLiveRun) v.panel().run();
        run.measureNow();
        v.panel().redraw();
        return chart.select(run.metricsAfter(0)); // the steps made (step 0 has a row of its own)
    }

    private static void assertFinitePoints(float[] rows, int columns, String what) {
        assertTrue(rows.length >= columns, what + ": no points");
        assertEquals(0, rows.length % columns);
        for (int r = 0; r < rows.length; r += columns) {
            assertTrue(rows[r] > 0, what + ": step " + rows[r]);
            for (int c = 1; c < columns; c++) {
                assertTrue(Float.isFinite(rows[r + c]), what + ": value " + rows[r + c] + " at step " + rows[r]);
            }
        }
    }

    @Test
    void lessonOneDrawsTheGameValueAgainstMinusLog4PlusTwiceThePlugInJsd() {
        LessonView v = open("optimal-discriminator");
        assertEquals(MetricChart.GAME, v.panel().charts().keySet().iterator().next(), "the lesson's chart comes first");
        assertEquals(List.of(Metric.GAME_VALUE.label(), Metric.GAME_REFERENCE.label()),
                v.panel().charts().get(MetricChart.GAME).getLabels());
        float[] rows = stepAndMeasure(v, MetricChart.GAME);
        assertFinitePoints(rows, 3, "game value");
        // the reference is −log 4 + 2·JSD of the plug-in JSD of the same row
        float[] all = v.panel().run().metricsAfter(-1);
        int checked = 0;
        for (int r = 0; r < all.length; r += Metric.COLUMNS) {
            float ref = all[r + Metric.GAME_REFERENCE.column()];
            if (!Float.isNaN(ref)) {
                double js = all[r + Metric.JS.column()];
                assertTrue(js >= 0 && js <= Math.log(2) + 1e-6, "JSD in [0, log 2]: " + js);
                assertEquals(-Math.log(4) + 2 * js, ref, 1e-5);
                checked++;
            }
        }
        assertTrue(checked >= 1);
    }

    @Test
    void lessonFiveDrawsTheNormCurveAndTheEstimateOverLAgainstW1() {
        LessonView v = open("lipschitz");
        assertEquals(MetricChart.LIPSCHITZ, v.panel().charts().keySet().iterator().next());
        float[] rows = stepAndMeasure(v, MetricChart.LIPSCHITZ);
        assertFinitePoints(rows, 3, "estimate / L̂ and W1");
        for (int r = 0; r < rows.length; r += 3) {
            assertTrue(rows[r + 2] > 0, "W1 > 0 between the target and the frozen generator");
        }
        GradientNormChart g = v.charts().gradients();
        assertNotNull(g);
        CurvesChart curve = g.curve();
        assertNotNull(curve, "1D lesson: the ‖∇ₓV‖ curve");
        float[] xy = curve.getLayers().get(0).xy();
        assertEquals(2 * FrameBuilder.LINE_N, xy.length);
        for (int i = 0; i < xy.length / 2; i++) {
            assertTrue(Float.isFinite(xy[2 * i + 1]) && xy[2 * i + 1] >= 0, "norm " + xy[2 * i + 1]);
            if (i > 0) {
                assertTrue(xy[2 * i] > xy[2 * i - 2], "x ascending");
            }
        }
        assertFalse(g.summary().isEmpty());
        // L̂ is at least every norm drawn on the grid (it is their max, with the samples')
        float[] all = v.panel().run().metricsAfter(-1);
        float lHat = all[all.length - Metric.COLUMNS + Metric.LIPSCHITZ.column()];
        for (int i = 0; i < xy.length / 2; i++) {
            assertTrue(lHat >= xy[2 * i + 1] * (1 - 1e-6f), lHat + " < " + xy[2 * i + 1]);
        }
    }

    @Test
    void lessonSevenDrawsTheEntropyEstimate() {
        LessonView v = open("energy-based");
        assertEquals(MetricChart.ENTROPY, v.panel().charts().keySet().iterator().next());
        float[] rows = stepAndMeasure(v, MetricChart.ENTROPY);
        assertFinitePoints(rows, 2, "Ĥ(q)");
    }

    @Test
    void inTwoDimensionsTheNormsAreAHeatmapOverThePlane() {
        // the WGAN-GP run of lesson 4 (ring of 8): its first frame has the heavy pass
        lab.minimax.experiment.ExperimentConfig c = lab.minimax.lesson.Lessons.byId("mode-collapse")
                .orElseThrow().compareWith();
        RunPanel panel = new RunPanel(EngineLiveRunFactory.standalone(), c, List.of(MetricChart.LIPSCHITZ));
        try {
            GradientNormChart g = new GradientNormChart(panel);
            assertNotNull(g.heat(), "2D: a heatmap");
            assertEquals(null, g.curve());
            assertTrue(g.summary().startsWith("‖∇ₓV‖ at step 0"), g.summary());
        } finally {
            panel.run().close();
        }
    }

    @Test
    void theLabPageDoesNotShowTheLessonsOwnSeries() {
        assertFalse(MetricChart.lab().contains(MetricChart.GAME));
        assertFalse(MetricChart.lab().contains(MetricChart.LIPSCHITZ));
        assertFalse(MetricChart.lab().contains(MetricChart.ENTROPY));
        assertTrue(MetricChart.lab().contains(MetricChart.LOSSES));
    }
}
