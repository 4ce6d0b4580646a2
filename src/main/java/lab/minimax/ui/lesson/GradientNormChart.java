package lab.minimax.ui.lesson;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import lab.minimax.metrics.Grid;

import java.util.List;
import java.util.Locale;
import lab.minimax.live.EngineLiveRun;
import lab.minimax.live.frame.Grid2d;
import lab.minimax.live.frame.HeatKind;
import lab.minimax.gan.LessonMetrics;
import lab.minimax.live.frame.PlaneFrame;
import lab.minimax.live.frame.ViewBox;
import lab.minimax.ui.chart.CurvesChart;
import lab.minimax.ui.chart.PlaneChart;
import lab.minimax.ui.run.RunPanel;

/**
 * Lesson 5's field chart: ‖∇ₓV(x)‖ of the critic on the heavy pass's grid (about once a second),
 * where the Lipschitz constraint binds. 1D: a curve against x with the line ‖∇ₓV‖ = 1 that the
 * gradient penalty asks for; 2D: a small heatmap (the plane component with only its heat layer,
 * coloured on the critic's sequential scale).
 */
final class GradientNormChart {
    private final RunPanel panel;
    private final Div box = new Div();
    private final Span summary = new Span();
    private CurvesChart curve;
    private PlaneChart heat;
    private LessonMetrics.Field shown;
    private long seq;

    GradientNormChart(RunPanel panel) {
        this.panel = panel;
        box.setId("gradient-norms");
        box.addClassName("mm-lesson-chart");
        summary.setId("gradient-norms-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        panel.addFrameListener(s -> update());
        update();
    }

    Component component() {
        return box;
    }

    /** The 1D curve (null in 2D or before the first heavy pass). */
    CurvesChart curve() {
        return curve;
    }

    /** The 2D heatmap (null in 1D or before the first heavy pass). */
    PlaneChart heat() {
        return heat;
    }

    String summary() {
        return summary.getText();
    }

    private void update() {
        if (!(panel.run() instanceof EngineLiveRun er)) {
            return;
        }
        LessonMetrics.Field f = er.gradField();
        if (f == null || f == shown) {
            return;
        }
        shown = f;
        Grid g = f.grid();
        double max = 0;
        for (double v : f.norms()) {
            max = Math.max(max, v);
        }
        if (g.dim() == 1) {
            drawCurve(g, f.norms());
        } else {
            drawHeat(g, f.norms());
        }
        summary.setText(String.format(Locale.ROOT,
                "‖∇ₓV‖ at step %d: at most %.3g on the grid (1 is the constraint).", f.step(), max));
    }

    private void drawCurve(Grid g, double[] norms) {
        if (curve == null) {
            box.removeAll();
            curve = new CurvesChart("Critic gradient norm ‖∇ₓV(x)‖", "x", "‖∇ₓV‖");
            box.add(curve, summary);
        }
        float[] xy = new float[2 * norms.length];
        for (int i = 0; i < norms.length; i++) {
            xy[2 * i] = (float) g.coord(0, i);
            xy[2 * i + 1] = (float) norms[i];
        }
        float[] one = {(float) g.box().lo()[0], 1f, (float) g.box().hi()[0], 1f};
        curve.setData(List.of(new CurvesChart.Layer("‖∇ₓV(x)‖", "#0072b2", "line", xy),
                new CurvesChart.Layer("‖∇ₓV‖ = 1", "#999999", "line", one)));
    }

    private void drawHeat(Grid g, double[] norms) {
        if (heat == null) {
            box.removeAll();
            heat = new PlaneChart();
            heat.setHeight("16em");
            heat.getElement().setAttribute("aria-label", "Heatmap of the critic gradient norm ‖∇ₓV‖");
            box.add(heat, summary);
        }
        float[] v = new float[norms.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) norms[i];
        }
        ViewBox b = new ViewBox(g.box().lo()[0], g.box().hi()[0], g.box().lo()[1], g.box().hi()[1]);
        float[] none = new float[0];
        heat.setFrame(++seq, new PlaneFrame(b, HeatKind.CRITIC, new Grid2d(g.n(), v), null, null,
                none, none, none, 0, 0, null, none, none));
    }
}
